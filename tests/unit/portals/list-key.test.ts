import { describe, expect, it } from 'vitest';
import { listKey } from '../../../utils/portals/list-key';

describe('listKey', () => {
  it.each([
    ['https://motcua.hagiang.vnptigate.vn/vi/dossier/processing?page=2&size=20', 'https://motcua.hagiang.vnptigate.vn/vi/dossier/processing'],
    ['http://egov.danang.gov.vn/motcua/hoso_danhsach.php?trang=3#top', 'http://egov.danang.gov.vn/motcua/hoso_danhsach.php'],
    ['https://motcua.thanhhoa.gov.vn/ho-so-can-xu-ly', 'https://motcua.thanhhoa.gov.vn/ho-so-can-xu-ly'],
  ])('keeps origin and path of %s', (url, key) => {
    expect(listKey(url)).toBe(key);
  });

  it.each(['', 'not a url', 'chrome-extension://abc/popup.html', 'file:///tmp/page.html'])('has no list for %j', (url) => {
    expect(listKey(url)).toBeNull();
  });

  it('tells the tabs of one portal apart', () => {
    expect(listKey('https://x.vnptigate.vn/vi/dossier/processing')).not.toBe(listKey('https://x.vnptigate.vn/vi/dossier/supplement'));
  });
});
