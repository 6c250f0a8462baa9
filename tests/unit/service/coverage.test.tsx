import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupData } from '../../../components/PopupApp';
import { coverageLine, listPlace, partialLists } from '../../../utils/service/coverage';
import type { Locale } from '../../../utils/i18n';
import type { ListRow } from '../../../utils/store';
import { view } from './fixtures';

const row = (patch: Partial<ListRow> = {}): ListRow => ({
  list: 'https://motcua.thanhhoa.gov.vn/ho-so-can-xu-ly',
  portal: 'antd',
  page: 1,
  pageCount: 2,
  rowsSeen: 20,
  totalRows: 40,
  complete: false,
  seenAt: '2026-11-18T09:00:00+07:00',
  ...patch,
});

describe('coverageLine', () => {
  it.each<[string, Partial<ListRow>, Locale, string]>([
    ['rows and pages known', {}, 'vi', 'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: đã thấy 20/40 hồ sơ (trang 1/2) — số đếm chỉ gồm hồ sơ đã thấy'],
    ['in English', { page: 2, pageCount: 7, totalRows: 143 }, 'en', 'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: saw 20/143 dossiers (page 2/7) — counts include only dossiers seen'],
    ['total unknown', { totalRows: null }, 'vi', 'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: đã thấy 20 hồ sơ (trang 1/2) — số đếm chỉ gồm hồ sơ đã thấy'],
    ['page count unknown', { pageCount: null, totalRows: null }, 'vi', 'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: đã thấy 20 hồ sơ (trang 1) — số đếm chỉ gồm hồ sơ đã thấy'],
    ['pager not read', { page: null, pageCount: null, totalRows: null }, 'en', 'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: saw 20 dossiers — counts include only dossiers seen'],
  ])('%s', (_name, patch, locale, expected) => {
    expect(coverageLine(row(patch), locale)).toBe(expected);
  });
});

describe('listPlace', () => {
  it.each([
    ['http://dichvucong.hanoi.gov.vn/', 'dichvucong.hanoi.gov.vn'],
    ['http://egov.danang.gov.vn:8080/motcua/hoso_danhsach.php', 'egov.danang.gov.vn:8080/motcua/hoso_danhsach.php'],
    ['https://x.gov.vn/h%E1%BB%93-s%C6%A1', 'x.gov.vn/hồ-sơ'],
    ['https://x.gov.vn/bad%E0', 'x.gov.vn/bad%E0'],
  ])('%s is shown as %s', (list, expected) => {
    expect(listPlace(list)).toBe(expected);
  });
});

describe('partialLists', () => {
  it('keeps only the lists not seen whole', () => {
    expect(partialLists([row(), row({ list: 'https://a.gov.vn/b', complete: true })])).toEqual([row()]);
  });
});

describe('the popup', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function popup(data: PopupData) {
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp load={async () => data} onOpen={() => {}} onConfirm={async () => {}} onLetter={() => {}} />, root);
    await expect.poll(() => root.querySelector('.nh-search')).not.toBeNull();
    return root;
  }

  it('says above the list which lists were seen only in part', async () => {
    const el = await popup({ views: [view()], locale: 'vi', partialLists: [row()] });
    const note = el.querySelector('section.nh-coverage');
    expect(note?.getAttribute('aria-label')).toBe('Danh sách chưa xem hết');
    expect([...note!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'motcua.thanhhoa.gov.vn/ho-so-can-xu-ly: đã thấy 20/40 hồ sơ (trang 1/2) — số đếm chỉ gồm hồ sơ đã thấy',
    ]);
    expect(note!.querySelector('details')).toBeNull();
    // Above the dossier list, not below it.
    expect(note!.compareDocumentPosition(el.querySelector('.nh-search')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('folds more than three lists into one line the officer can open', async () => {
    const lists = [1, 2, 3, 4].map((i) => row({ list: `https://motcua.thanhhoa.gov.vn/tab-${i}` }));
    const el = await popup({ views: [view()], locale: 'en', partialLists: lists });
    const details = el.querySelector('section.nh-coverage details');
    expect(details?.querySelector('summary')?.textContent).toBe('4 lists not fully seen — counts include only dossiers seen');
    expect(details?.querySelectorAll('li')).toHaveLength(4);
    expect(details?.hasAttribute('open')).toBe(false);
  });

  it.each([
    ['every list was seen whole', []],
    ['lists are not tracked here (the userscript panel)', undefined],
  ])('shows no note when %s', async (_name, partial) => {
    const el = await popup({ views: [view()], locale: 'vi', ...(partial ? { partialLists: partial } : {}) });
    expect(el.querySelector('.nh-coverage')).toBeNull();
  });

  it('renders page text as text, never as markup', async () => {
    const el = await popup({ views: [view()], locale: 'vi', partialLists: [row({ list: 'https://x.gov.vn/%3Cimg%20src=x%20onerror=alert(1)%3E' })] });
    expect(el.querySelector('.nh-coverage img')).toBeNull();
    expect(el.querySelector('.nh-coverage li')?.textContent).toContain('x.gov.vn/<img src=x onerror=alert(1)>');
  });
});
