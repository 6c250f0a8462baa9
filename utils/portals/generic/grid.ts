/**
 * Grids as portals build them: `<table>` (header in `<thead>`, in a row of `<th>`, or in a row of
 * `<td>`; antd's fixed header even sits in a separate table), ARIA grids and Angular Material
 * `mat-table`. Only standard DOM, read-only.
 */
import { matchHeader, type ColumnKind } from '../parse/headers';
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

/** The grid's own rows, not those of grids nested inside it. */
export function ownRows(grid: Element): Element[] {
  return cached('rows', grid, () => Array.from(grid.querySelectorAll(ROW_SELECTOR)).filter((row) => gridOf(row) === grid));
}

export function cellsOf(row: Element): Element[] {
  return cached('cells', row, () => Array.from(row.querySelectorAll(CELL_SELECTOR)).filter((cell) => cell.closest(ROW_SELECTOR) === row));
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

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

function columnsOfRow(row: Element): Map<ColumnKind, number> {
  const map = new Map<ColumnKind, number>();
  let pos = 0;
  for (const cell of cellsOf(row)) {
    // Not textContent: a header cell's inline script or style would hide its title.
    const kind = matchHeader(elementText(cell));
    if (kind && !map.has(kind)) map.set(kind, pos);
    pos += span(cell);
  }
  return map;
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

export function headerOf(grid: Element): GridHeader {
  const rows = ownRows(grid);
  let headerRows = rows.filter(isHeaderRow);
  // A header made of plain <td>: the first row naming at least two known columns.
  if (headerRows.length === 0) {
    const tdHeader = rows.slice(0, 3).find((row) => columnsOfRow(row).size >= 2);
    if (tdHeader) headerRows = [tdHeader];
  }
  const candidates = headerRows.length > 0 ? headerRows : detachedHeader(grid);
  let columns = new Map<ColumnKind, number>();
  for (const row of candidates) {
    const found = columnsOfRow(row);
    if (found.size > columns.size) columns = found;
  }
  return { columns, rows: headerRows };
}

/** Data rows: the grid's own rows minus its header rows and rows with no cells. */
export function dataRows(grid: Element, header: GridHeader): Element[] {
  const skip = new Set(header.rows);
  return ownRows(grid).filter((row) => !skip.has(row) && cellsOf(row).length > 0);
}
