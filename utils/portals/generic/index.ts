/**
 * The recognizer that needs no adapter: a grid is a dossier list when its rows yield dossier codes,
 * read from a column headed like "Mã hồ sơ", a composite "Thông tin hồ sơ" cell, or the official code
 * shape anywhere in the row. Layout tables that merely contain such a list give way to the innermost.
 */
import type { ColumnMap, GridHeader } from './grid';
import { dataRows, findGridElements, headerOf } from './grid';

export interface FoundGrid {
  grid: Element;
  header: GridHeader;
}

/** True when some data row of the grid yields a code: usually the first, so the others wait for the reading. */
const hasCodeRow = (grid: Element, header: GridHeader, hasCode: (row: Element, columns: ColumnMap) => boolean) => {
  for (const row of dataRows(grid, header)) if (hasCode(row, header.columns)) return true;
  return false;
};

export function findDossierGrids(doc: Document, hasCode: (row: Element, columns: ColumnMap) => boolean): FoundGrid[] {
  const found = findGridElements(doc)
    .map((grid): FoundGrid => ({ grid, header: headerOf(grid) }))
    .filter(({ grid, header }) => hasCodeRow(grid, header, hasCode));
  return found.filter((outer) => !found.some((inner) => inner !== outer && outer.grid.contains(inner.grid)));
}
