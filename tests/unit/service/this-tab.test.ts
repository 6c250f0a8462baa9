import { describe, expect, it } from 'vitest';
import { isTabReport, type TabReport } from '../../../utils/messaging/tab-report';
import { teachOffer, thisTab, thisTabLine, type TabFacts, type TeachOffer } from '../../../utils/service/this-tab';
import { isBuiltInHost, PORTAL_HOST_PATTERNS } from '../../../utils/portals/hosts';
import { matchesUrl } from '../../../utils/userscript/metadata';

const report = (over: Partial<TabReport> = {}): TabReport => ({
  url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly',
  portal: 'igate',
  rows: 20,
  page: 1,
  pageCount: 3,
  dueMissing: false,
  taught: null,
  ...over,
});
const CARDS = 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan';
const taughtReport = (state: 'ok' | 'changed' | 'dates', over: Partial<TabReport> = {}) =>
  report({ url: CARDS, portal: state === 'ok' ? 'taught-motcua-tphcm-gov-vn' : null, rows: state === 'ok' ? 15 : 0, page: null, pageCount: null, taught: { state, label: 'Cổng motcua.tphcm.gov.vn', untrusted: state === 'dates' ? 3 : 0 }, ...over });
const facts = (over: Partial<TabFacts>): TabFacts => ({ url: undefined, report: null, extraOrigins: [], ...over });

describe('the popup’s "this tab" line', () => {
  it.each<[string, Partial<TabFacts>, string, string]>([
    ['an iGate list, page 1 of 3', { url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly#top', report: report() }, 'Trang này: 20 hồ sơ (VNPT iGate), đã thấy trang 1/3', 'This page: 20 dossiers (VNPT iGate), seen page 1/3'],
    ['a list without a pager', { url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly', report: report({ portal: 'generic', page: null, pageCount: null, rows: 40 }) }, 'Trang này: 40 hồ sơ (Bảng hồ sơ)', 'This page: 40 dossiers (Dossier table)'],
    ['an antd list, page 2 of unknown', { url: 'https://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly', report: report({ url: 'https://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly', portal: 'antd', page: 2, pageCount: null }) }, 'Trang này: 20 hồ sơ (Cổng một cửa .NET/React), đã thấy trang 2', 'This page: 20 dossiers (Cổng một cửa .NET/React), seen page 2'],
    ['rows without an appointment date', { url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly', report: report({ dueMissing: true }) }, 'Thấy 20 hồ sơ nhưng không đọc được cột ngày hẹn trả', 'Found 20 dossiers but could not read the appointment date column'],
    ['a gov.vn news page (no report)', { url: 'https://baochinhphu.gov.vn/' }, 'Trang này không có danh sách hồ sơ', 'This page has no dossier list'],
    ['a list page whose scan found nothing', { url: 'https://x.gov.vn/thong-ke', report: report({ url: 'https://x.gov.vn/thong-ke', portal: null, rows: 0 }) }, 'Trang này không có danh sách hồ sơ', 'This page has no dossier list'],
    ['a stale report of the previous page of the tab', { url: 'https://dichvucong.camau.gov.vn/tin-tuc', report: report() }, 'Trang này không có danh sách hồ sơ', 'This page has no dossier list'],
    ['a taught list that reads', { url: CARDS, report: taughtReport('ok') }, 'Trang này: 15 hồ sơ (Cách đọc đã dạy)', 'This page: 15 dossiers (Taught reading)'],
    ['a taught list whose portal changed its markup (no rows left)', { url: `${CARDS}?giao-dien=2`, report: taughtReport('changed', { url: `${CARDS}?giao-dien=2` }) }, 'Cổng đã đổi giao diện: cách đọc đã dạy cho Cổng motcua.tphcm.gov.vn không còn khớp với trang này.', 'The portal changed its layout: what you taught for Cổng motcua.tphcm.gov.vn no longer matches this page.'],
    ['a taught list changed, the generic recognizer reading some rows', { url: CARDS, report: taughtReport('changed', { rows: 4, portal: 'generic' }) }, 'Cổng đã đổi giao diện: cách đọc đã dạy cho Cổng motcua.tphcm.gov.vn không còn khớp với trang này.', 'The portal changed its layout: what you taught for Cổng motcua.tphcm.gov.vn no longer matches this page.'],
    ['a taught list whose dates no longer read', { url: CARDS, report: taughtReport('dates') }, '3 hồ sơ có ô ngày không còn đọc được theo cách đã dạy: Nhắc Hạn tạm dừng nhắc hạn cho danh sách này.', '3 dossiers have date cells that no longer read as taught: reminders for this list are paused.'],
    ['a portal outside gov.vn', { url: 'https://motcua.demo-ngoai.vn/ho-so' }, 'Chưa bật trên trang này:', 'Not enabled on this page:'],
    ['a portal outside gov.vn the officer enabled', { url: 'https://motcua.demo-ngoai.vn/ho-so', extraOrigins: ['https://motcua.demo-ngoai.vn'] }, 'Trang này không có danh sách hồ sơ', 'This page has no dossier list'],
    ['a look-alike of gov.vn', { url: 'https://dichvucong.camau.gov.vn.example.com/' }, 'Chưa bật trên trang này:', 'Not enabled on this page:'],
    ['the browser’s new tab page', { url: 'chrome://newtab/' }, 'Trang này không phải trang web của cổng một cửa.', 'This is not a one-stop portal web page.'],
    ['a tab whose address we may not see', {}, 'Trang này không phải trang web của cổng một cửa.', 'This is not a one-stop portal web page.'],
  ])('%s', (_name, over, vi, en) => {
    const state = thisTab(facts(over));
    expect(thisTabLine(state, 'vi')).toBe(vi);
    expect(thisTabLine(state, 'en')).toBe(en);
  });

  it.each<[string, Partial<TabFacts>, TeachOffer]>([
    ['a page with no list read: teach it', { url: 'https://dichvucong.camau.gov.vn/ho-so/the' }, 'teach'],
    ['rows without appointment dates: teach it', { url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly', report: report({ dueMissing: true }) }, 'teach'],
    ['a list read in full: nothing to teach', { url: 'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly', report: report() }, null],
    ['a taught list that reads: share it', { url: CARDS, report: taughtReport('ok') }, 'share'],
    ['a taught list changed: teach again', { url: CARDS, report: taughtReport('changed') }, 'again'],
    ['a taught list with unreadable dates: teach again', { url: CARDS, report: taughtReport('dates') }, 'again'],
    ['a portal not enabled: enable first, nothing to teach', { url: 'https://motcua.demo-ngoai.vn/ho-so' }, null],
    ['not a web page', { url: 'chrome://newtab/' }, null],
  ])('teach offer: %s', (_name, over, offer) => {
    expect(teachOffer(thisTab(facts(over)))).toBe(offer);
  });

  it('offers "Bật" for the page’s origin only, never for its path', () => {
    expect(thisTab(facts({ url: 'http://motcua.demo-ngoai.vn:8080/ho-so/dang-xu-ly?x=1' }))).toEqual({ kind: 'off', origin: 'http://motcua.demo-ngoai.vn:8080' });
  });
});

describe('isTabReport (a page’s report is untrusted)', () => {
  it.each<[string, unknown, boolean]>([
    ['a report', report(), true],
    ['no list', report({ portal: null, rows: 0, page: null, pageCount: null }), true],
    ['null', null, false],
    ['a javascript: address', report({ url: 'javascript:alert(1)' }), false],
    ['a negative row count', report({ rows: -1 }), false],
    ['a fractional page', report({ page: 1.5 }), false],
    ['a huge portal id', report({ portal: 'x'.repeat(100) }), false],
    ['a missing flag', { ...report(), dueMissing: undefined }, false],
    ['a taught report', taughtReport('dates'), true],
    ['no taught field at all', { ...report(), taught: undefined }, false],
    ['a taught state it does not know', report({ taught: { state: 'maybe', label: 'x', untrusted: 0 } as never }), false],
    ['a huge taught label', report({ taught: { state: 'ok', label: 'x'.repeat(500), untrusted: 0 } }), false],
    ['a negative untrusted count', report({ taught: { state: 'dates', label: 'x', untrusted: -2 } }), false],
  ])('%s → %s', (_name, value, ok) => {
    expect(isTabReport(value)).toBe(ok);
  });
});

describe('isBuiltInHost', () => {
  // The manifest's match patterns decide where the bootstrap runs; the popup's reading must agree.
  it.each([
    'https://dichvucong.camau.gov.vn/ho-so',
    'http://gov.vn/',
    'https://motcua-hagiang.vnptigate.vn:8443/vi/dossier',
    'https://dichvucong.camau.gov.vn.example.com/',
    'https://evilgov.vn/',
    'https://vnptigate.vn.evil.example/',
    'ftp://motcua.thanhhoa.gov.vn/',
    'https://example.com/gov.vn/',
    'https://MOTCUA.THANHHOA.GOV.VN/',
  ])('agrees with the match patterns on %s', (url) => {
    expect(isBuiltInHost(new URL(url))).toBe(PORTAL_HOST_PATTERNS.some((p) => matchesUrl(p, url)));
  });
});
