import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DossierList } from '../../../components/DossierList';
import { portalSource } from '../../../utils/service/portal-label';
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
  ])('%s at %s (%s) is shown as "%s"', (portal, url, locale, expected) => {
    expect(portalSource(portal, url, locale)).toBe(expected);
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
});
