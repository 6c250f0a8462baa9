/**
 * What the officer is told about lists read only in part (one page of seven, 20 of 143 rows):
 * the badge and popup counts cover only the rows seen, never "0 overdue" for the rest.
 */
import { t, type Locale } from '../i18n';
import type { ListRow } from '../store';

export function partialLists<T extends Pick<ListRow, 'complete'>>(lists: readonly T[]): T[] {
  return lists.filter((l) => !l.complete);
}

/** `motcua.thanhhoa.gov.vn/ho-so/can-xu-ly` from the list key (origin + path). */
export function listPlace(list: string): string {
  const url = new URL(list);
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as the page wrote it.
  }
  return `${url.host}${path === '/' ? '' : path}`;
}

/** One line per list: "…: đã thấy 20/40 hồ sơ (trang 1/2) — số đếm chỉ gồm hồ sơ đã thấy". */
export function coverageLine(row: ListRow, locale: Locale): string {
  const seen = row.totalRows === null ? String(row.rowsSeen) : `${row.rowsSeen}/${row.totalRows}`;
  const page =
    row.page === null
      ? ''
      : row.pageCount === null
        ? t(locale, 'coverage.pageOnly', { page: row.page })
        : t(locale, 'coverage.page', { page: row.page, count: row.pageCount });
  return t(locale, 'coverage.line', { place: listPlace(row.list), seen, page });
}
