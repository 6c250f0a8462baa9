/**
 * The recognizer that needs no adapter: a grid is a dossier list when its rows yield dossier codes,
 * read from a column headed like "Mã hồ sơ", a composite "Thông tin hồ sơ" cell, or the official code
 * shape anywhere in the row. Layout tables that merely contain such a list give way to the innermost.
 */
import type { ColumnMap } from './grid';
import { dataRows, findGridElements, headerOf } from './grid';

export interface FoundGrid {
  grid: Element;
  columns: ColumnMap;
  rows: Element[];
  /** Group/total/column-number rows: the grid is a report. */
  summaryRows: number;
}

export function findDossierGrids(doc: Document, hasCode: (row: Element, columns: ColumnMap) => boolean): FoundGrid[] {
  const found = findGridElements(doc)
    .map((grid): FoundGrid => {
      const header = headerOf(grid);
      return { grid, columns: header.columns, ...dataRows(grid, header) };
    })
    .filter((g) => g.rows.some((row) => hasCode(row, g.columns)));
  return found.filter((outer) => !found.some((inner) => inner !== outer && outer.grid.contains(inner.grid)));
}
