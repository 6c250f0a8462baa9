import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DossierList } from '../../../components/DossierList';
import fc from 'fast-check';
import { hostOf, portalSource } from '../../../utils/service/portal-label';
import type { Locale } from '../../../utils/i18n';
import { view } from './fixtures';

describe('portalSource', () => {
  it.each<[string, string, Locale, string]>([
    ['igate', 'http://motcua-hagiang.vnptigate.vn/vi/dossier/processing/1', 'vi', 'VNPT iGate · motcua-hagiang.vnptigate.vn'],
    ['antd', 'https://motcua.thanhhoa.gov.vn/ho-so/1', 'en', 'Cổng một cửa .NET/React · motcua.thanhhoa.gov.vn'],
    ['generic', 'http://dichvucong.hanoi.gov.vn/ho-so/1', 'vi', 'Bảng hồ sơ (nhận dạng chung) · dichvucong.hanoi.gov.vn'],
    ['generic', 'http://thunghiem.dichvucong.gov.vn/ho-so/1', 'en', 'Dossier table (generic) · thunghiem.dichvucong.gov.vn'],
    ['added-portal', 'http://motcua.example.gov.vn:8080/x', 'vi', 'added-portal · motcua.example.gov.vn:8080'],
    ['epar', 'not a url', 'vi', 'Cổng một cửa e-PAR (PHP)'],
    ['taught-motcua-tphcm-gov-vn', 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan', 'vi', 'Cách đọc đã dạy · motcua.tphcm.gov.vn'],
    ['taught-motcua-tphcm-gov-vn', 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan', 'en', 'Taught reading · motcua.tphcm.gov.vn'],
  ])('%s at %s (%s) is shown as "%s"', (portal, url, locale, expected) => {
    expect(portalSource(portal, url, locale)).toBe(expected);
  });

  it('names the host the URL parser gives, though it parses each scheme and authority once', () => {
    const parsed = (url: string) => {
      try {
        return new URL(url).host || null;
      } catch {
        return null;
      }
    };
    const odd = ['HTTPS://MotCua.GOV.vn:443/x', 'http://user:pw@motcua.gov.vn/x', 'http://motcua.gov.vn\\ho-so', 'http://motcua.gov.vn?x=1', 'http://motcua.gov.vn#a', 'http://[::1]:8080/x', 'http:///x', 'http://us\\er@motcua.gov.vn/', 'foo://a\\b/x', 'mailto:a@b.vn', ''];
    for (const url of odd) expect([url, hostOf(url)]).toEqual([url, parsed(url)]);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(hostOf(url)).toBe(parsed(url));
      }),
      { numRuns: 500 },
    );
  });
});

describe('popup rows', () => {
  it('tell the same code on two portals apart', () => {
    const code = '000.00.31.H48-261110-0001';
    const views = [
      view({ code, portal: 'generic', url: 'http://dichvucong.hanoi.gov.vn/ho-so/1' }),
      view({ code, portal: 'igate', url: 'http://motcua-hagiang.vnptigate.vn/vi/dossier/processing/1' }),
    ];
    const root = document.createElement('div');
    document.body.append(root);
    render(<DossierList views={views} locale="vi" selected={0} onSelect={() => {}} onOpen={() => {}} />, root);
    const rows = [...root.querySelectorAll('.nh-item')].map((e) => [e.querySelector('.nh-code')!.textContent, e.querySelector('.nh-source')!.textContent]);
    expect(rows).toEqual([
      [code, 'Bảng hồ sơ (nhận dạng chung) · dichvucong.hanoi.gov.vn'],
      [code, 'VNPT iGate · motcua-hagiang.vnptigate.vn'],
    ]);
    render(null, root);
    root.remove();
  });

  // A taught portal may read neither (issue 18): the line then starts with the date, not with " · ".
  it.each([
    ['applicant and procedure', { applicant: 'Ngô Hữu Quân', procedure: 'Đăng ký kinh doanh' }, 'Ngô Hữu Quân · Đăng ký kinh doanh · Hẹn trả 20/11/2026'],
    ['neither applicant nor procedure', { applicant: null, procedure: null }, 'Hẹn trả 20/11/2026'],
    ['a procedure only', { applicant: null, procedure: 'Cấp phiếu lý lịch tư pháp' }, 'Cấp phiếu lý lịch tư pháp · Hẹn trả 20/11/2026'],
  ])('join what a row has, %s, with no stray separator', (_name, over, expected) => {
    const root = document.createElement('div');
    render(<DossierList views={[view({ ...over, dueAt: '2026-11-20T17:00:00+07:00' })]} locale="vi" selected={0} onSelect={() => {}} onOpen={() => {}} />, root);
    expect(root.querySelector('.nh-sub')!.textContent).toBe(expected);
    render(null, root);
  });
});
