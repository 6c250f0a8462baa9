/** Which part of a list a page showed, as a content script reports it (untrusted numbers). */
import { type Guard, object, int, nullable, fail } from './guards';

export interface SeenPart {
  page: number | null;
  pageCount: number | null;
  rowsSeen: number;
  totalRows: number | null;
}

/** Far above any portal list; a bigger number is a misread pager or a hostile page. */
export const MAX_COUNT = 10_000_000;

export const SEEN_SHAPE = {
  page: nullable(int(1, MAX_COUNT)),
  pageCount: nullable(int(1, MAX_COUNT)),
  rowsSeen: int(0, MAX_COUNT),
  totalRows: nullable(int(0, MAX_COUNT)),
};

/** Page within the page count; the pager's total is not checked against rows seen (sticky or duplicated rows). */
export function checkPages(x: SeenPart, path: string): void {
  if (x.page !== null && x.pageCount !== null && x.page > x.pageCount) {
    fail(path ? `${path}.page` : 'page', `trang ${x.page} lớn hơn số trang ${x.pageCount}`);
  }
}

export const seenPart: Guard<SeenPart> = object<SeenPart>(SEEN_SHAPE, checkPages);
