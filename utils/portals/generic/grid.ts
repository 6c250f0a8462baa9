/**
 * Grids as portals build them: `<table>` (header in `<thead>`, in a row of `<th>`, or in a row of
 * `<td>`; antd's fixed header even sits in a separate table), ARIA grids and Angular Material
 * `mat-table`. Only standard DOM, read-only.
 */
import { matchHeaderKinds, type ColumnKind } from '../parse/headers';
import { elementText } from '../parse/text';

const GRID_SELECTOR = 'table, [role=grid], [role=table], [role=treegrid], mat-table';
const ROW_SELECTOR = 'tr, [role=row], mat-row, mat-header-row';
const CELL_SELECTOR =
  'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader], mat-cell, mat-header-cell';
const HEADER_CELL_SELECTOR = 'th, [role=columnheader], mat-header-cell';

export type ColumnMap = ReadonlyMap<ColumnKind, number>;

/**
 * Rows by grid and cells by row while one reading of the page runs (the DOM does not change
 * within it): the recognizer asks for the same cells once per field, and the same rows for the
 * header and the data. Outside `withGridCache` nothing is kept.
 */
export interface GridCache {
  rows: WeakMap<Element, Element[]>;
  cells: WeakMap<Element, Element[]>;
}

let cache: GridCache | null = null;

export const gridCache = (): GridCache => ({ rows: new WeakMap(), cells: new WeakMap() });

/** Runs `read` with `store` (a fresh one by default) as the cache; a reading in steps passes its own to each step. */
export function withGridCache<T>(read: () => T, store: GridCache = cache ?? gridCache()): T {
  const outer = cache;
  cache = store;
  try {
    return read();
  } finally {
    cache = outer;
  }
}

function cached(map: keyof GridCache, key: Element, compute: (key: Element) => Element[]): Element[] {
  const store = cache?.[map];
  if (!store) return compute(key);
  let value = store.get(key);
  if (!value) store.set(key, (value = compute(key)));
  return value;
}

export function gridOf(row: Element): Element | null {
  return row.parentElement?.closest(GRID_SELECTOR) ?? null;
}

export function findGridElements(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(GRID_SELECTOR));
}

/**
 * The grid's own rows, not those of grids nested inside it. Without a nested grid every row is its
 * own: one query instead of a walk up from each of 500 rows (each a call into the page's DOM).
 */
export function ownRows(grid: Element): Element[] {
  return cached('rows', grid, () => {
    const rows = Array.from(grid.querySelectorAll(ROW_SELECTOR));
    return grid.querySelector(GRID_SELECTOR) === null ? rows : rows.filter((row) => gridOf(row) === grid);
  });
}

/** The row's own cells, not those of rows nested inside it (none nested: all of them, as above). */
export function cellsOf(row: Element): Element[] {
  return cached('cells', row, () => {
    const cells = Array.from(row.querySelectorAll(CELL_SELECTOR));
    const alone = row.matches(ROW_SELECTOR) && row.querySelector(ROW_SELECTOR) === null;
    return alone ? cells : cells.filter((cell) => cell.closest(ROW_SELECTOR) === row);
  });
}

function spanOf(cell: Element, attr: 'colspan' | 'rowspan'): number {
  const n = Number(cell.getAttribute(attr) ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
export const span = (cell: Element) => spanOf(cell, 'colspan');

/** The cell covering column `col`, counting colspans. */
export function cellAt(row: Element, col: number): Element | null {
  let pos = 0;
  for (const cell of cellsOf(row)) {
    const next = pos + span(cell);
    if (col >= pos && col < next) return cell;
    pos = next;
  }
  return null;
}

/**
 * "Mã hồ sơ: | TN05-CX-HU9OOS": a label with its colon followed by a value that is no header is a
 * label/value layout (a single-dossier page), not a header row. A header cell may end in a colon too
 * ("Người nộp:" | "Ngày tiếp nhận").
 */
function isLabelValueRow(texts: string[]): boolean {
  return texts.some((text, i) => {
    const next = texts[i + 1]?.trim();
    return /:\s*$/.test(text) && !!next && matchHeaderKinds(next).length === 0;
  });
}

function columnsOfRow(row: Element): Map<ColumnKind, number> {
  const map = new Map<ColumnKind, number>();
  const cells = cellsOf(row);
  // Not textContent: a header cell's inline script or style would hide its title.
  const texts = cells.map((cell) => elementText(cell));
  if (isLabelValueRow(texts)) return map;
  let pos = 0;
  cells.forEach((cell, i) => {
    for (const kind of matchHeaderKinds(texts[i] ?? '')) if (!map.has(kind)) map.set(kind, pos);
    pos += span(cell);
  });
  return map;
}

/**
 * Rows of a report that are not records: a group or total row merges cells (a dossier row has one
 * cell per column), and a report's column-number row reads "(1) (2) (3) …".
 */
export function isSummaryRow(row: Element): boolean {
  const cells = cellsOf(row);
  // One query for the row, not one attribute read per cell, when nothing in it spans columns.
  if (row.querySelector('[colspan]') !== null && cells.some((cell) => span(cell) > 1)) return true;
  return cells.length > 1 && cells.every((cell) => /^\(\d{1,3}\)$/.test(elementText(cell)));
}

function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  if (cells.length === 0) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  return cells.every((cell) => cell.matches(HEADER_CELL_SELECTOR));
}

export interface GridHeader {
  columns: ColumnMap;
  /** Header rows inside the grid itself (skipped when reading data rows). */
  rows: Element[];
}

/** A `<td>` header with `rowspan` continues on the rows it spans ("Trả kết quả" over "Trước hạn | Quá hạn"). */
function withSpannedRows(rows: Element[], first: Element): Element[] {
  const at = rows.indexOf(first);
  const depth = Math.max(1, ...cellsOf(first).map((cell) => spanOf(cell, 'rowspan')));
  return rows.slice(at, at + depth);
}

/** antd with a fixed header renders the header as a separate table just before the body's. */
function detachedHeader(grid: Element): Element[] {
  let node: Element | null = grid;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const prev = node.previousElementSibling;
    const headerGrid = prev?.matches(GRID_SELECTOR) ? prev : prev?.querySelector(GRID_SELECTOR);
    if (headerGrid) {
      const rows = ownRows(headerGrid);
      if (rows.length > 0 && rows.every(isHeaderRow)) return rows;
    }
  }
  return [];
}

/**
 * The grid's own rows that are header rows. Only rows in a `<thead>` or holding a header cell can
 * be (a header row's cells all are header cells, and a row's own cells have it as closest row):
 * two queries, then a look at those few rows, not at the cells of all 500.
 */
function headerRowsOf(grid: Element, rows: readonly Element[]): Element[] {
  const maybe = new Set<Element | null>(grid.querySelectorAll('thead > *'));
  for (const cell of grid.querySelectorAll(HEADER_CELL_SELECTOR)) maybe.add(cell.closest(ROW_SELECTOR));
  return maybe.size === 0 ? [] : rows.filter((row) => maybe.has(row) && isHeaderRow(row));
}

export function headerOf(grid: Element): GridHeader {
  const rows = ownRows(grid);
  let headerRows = headerRowsOf(grid, rows);
  // A header made of plain <td>: the first row naming at least two known columns.
  if (headerRows.length === 0) {
    const tdHeader = rows.slice(0, 3).find((row) => columnsOfRow(row).size >= 2);
    if (tdHeader) headerRows = withSpannedRows(rows, tdHeader);
  }
  const candidates = headerRows.length > 0 ? headerRows : detachedHeader(grid);
  let columns = new Map<ColumnKind, number>();
  for (const row of candidates) {
    const found = columnsOfRow(row);
    if (found.size > columns.size) columns = found;
  }
  return { columns, rows: headerRows };
}

/** Group, total and column-number rows passed over so far: a grid that has any is a report. */
export interface SummaryTally {
  summaryRows: number;
}

/**
 * Data rows, as they are asked for: the grid's own rows minus its header rows, summary rows (counted
 * in `tally`) and rows with no cells. Lazily, so the first rows are read before the last are looked at.
 */
export function* dataRows(grid: Element, header: GridHeader, tally: SummaryTally = { summaryRows: 0 }): Generator<Element, void, undefined> {
  const skip = new Set(header.rows);
  for (const row of ownRows(grid)) {
    if (skip.has(row) || cellsOf(row).length === 0) continue;
    if (isSummaryRow(row)) tally.summaryRows++;
    else yield row;
  }
}
