/**
 * Which part of a list is on screen ("page 2 of 7, 20 of 143 rows"), read from the pager's own
 * words. Unknown stays null and `complete` stays false: never "0 overdue" for rows not seen.
 */
import { elementText, foldText } from './parse/text';

export interface Coverage {
  page: number | null;
  pageCount: number | null;
  rowsSeen: number;
  totalRows: number | null;
  /** True only when every row of the list is known to be on screen. */
  complete: boolean;
}

const PAGER_SELECTOR =
  'mat-paginator, [class*="paginat"], [class*="Paginat"], [class*="pager"], [class*="Pager"], [aria-label*="pagination"], .dataTables_info';

const NUM = '(\\d{1,3}(?:[.,]\\d{3})+|\\d+)';
const PAGE_RE = new RegExp(`\\btrang\\s*${NUM}\\s*(?:/|tren|cua|of)\\s*${NUM}`);
const RANGE_RE = new RegExp(`${NUM}\\s*[-–]\\s*${NUM}\\s*(?:/|tren|cua|of|trong)\\s*(?:tong\\s*(?:so\\s*)?)?${NUM}`);
// "24 trên 40 hồ sơ": shown of total, no range.
const SHOWN_RE = new RegExp(`${NUM}\\s*(?:/|tren|cua)\\s*(?:tong\\s*(?:so\\s*)?)?${NUM}\\s*(?:ho so|ban ghi|ket qua)`);
const TOTAL_RE = new RegExp(
  `\\btong(?:\\s*so)?(?:\\s*(?:ho so|ban ghi|ket qua))?\\s*:?\\s*${NUM}\\s*(?:ho so|ban ghi|ket qua|muc|dong)?\\b`,
);

const num = (text: string | undefined) => (text === undefined ? NaN : Number(text.replace(/[.,]/g, '')));

/** Pager facts in folded text; each part only when the text says it. */
export function parsePagerText(text: string): Partial<Coverage> {
  const folded = foldText(text);
  const out: Partial<Coverage> = {};
  const range = RANGE_RE.exec(folded);
  if (range) {
    const [start, end, total] = [num(range[1]), num(range[2]), num(range[3])];
    if (start >= 1 && end >= start && total >= end) {
      out.totalRows = total;
      const size = end - start + 1;
      // Page size is only certain on a full page.
      if (start === 1 || end < total) {
        out.page = Math.floor((start - 1) / size) + 1;
        out.pageCount = Math.ceil(total / size);
      }
    }
  }
  const page = PAGE_RE.exec(folded);
  if (page && num(page[1]) >= 1 && num(page[2]) >= num(page[1])) {
    out.page = num(page[1]);
    out.pageCount = num(page[2]);
  }
  const shown = out.totalRows === undefined ? SHOWN_RE.exec(folded) : null;
  if (shown && num(shown[2]) >= num(shown[1])) out.totalRows = num(shown[2]);
  const total = out.totalRows === undefined ? TOTAL_RE.exec(folded) : null;
  if (total) out.totalRows = num(total[1]);
  return out;
}

/** Pager text near the list: pager-like elements, else the whole page's text. */
/** `read`: the dossier rows already read, left out of a page-wide search for the pager text (their text is most of the page). */
export function readCoverage(doc: Document, rowsSeen: number, own?: Partial<Coverage>, read?: ReadonlySet<Element>): Coverage {
  const pagers = Array.from(doc.querySelectorAll(PAGER_SELECTOR));
  // elementText keeps cell and line boundaries, so "Chờ bổ sung" + "Tổng số" do not run together.
  const text = (pagers.length > 0 ? pagers : doc.body ? [doc.body] : []).map((el) => elementText(el, read)).join('\n');
  return coverageFrom({ ...parsePagerText(text), ...own }, rowsSeen);
}

/** Coverage from the facts found; complete only when they prove every row is seen. */
export function coverageFrom(found: Partial<Coverage>, rowsSeen: number): Coverage {
  const page = found.page ?? null;
  const pageCount = found.pageCount ?? null;
  const totalRows = found.totalRows ?? null;
  const complete = totalRows !== null ? rowsSeen >= totalRows : pageCount === 1 && page === 1;
  return { page, pageCount, rowsSeen, totalRows, complete };
}
