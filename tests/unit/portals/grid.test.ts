/**
 * A grid's own rows and a row's own cells are found without a walk up from each of them when nothing
 * is nested; on any nesting of grids, rows and cells the answer is the plain definition's.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cellsOf, isSummaryRow, ownRows, span } from '../../../utils/portals/generic/grid';

const GRID = 'table, [role=grid], [role=table], [role=treegrid], mat-table';
const ROW = 'tr, [role=row], mat-row, mat-header-row';
const CELL = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader], mat-cell, mat-header-cell';

/** The definitions the fast paths must agree with. */
const refOwnRows = (grid: Element) => [...grid.querySelectorAll(ROW)].filter((row) => row.parentElement?.closest(GRID) === grid);
const refCellsOf = (row: Element) => [...row.querySelectorAll(CELL)].filter((cell) => cell.closest(ROW) === row);

/** Elements as portals nest them, valid HTML or not (div grids, cells that are rows, tables in cells). */
const OPEN = ['<table>', '<tbody>', '<tr>', '<td>', '<th>', '<div role="grid">', '<div role="row">', '<div role="cell">', '<span>', '<td role="row">', '<mat-row>', '<mat-cell>', '<td colspan="2">'];
const closeOf = (open: string) => `</${/^<([\w-]+)/.exec(open)![1]}>`;

type Tree = { open: number; children: Tree[] } | string;
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', '12/11/2026', '(1)'),
    fc.record({ open: fc.nat(OPEN.length - 1), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
})).node;
const html = (t: Tree): string => (typeof t === 'string' ? t : `${OPEN[t.open]}${t.children.map(html).join('')}${closeOf(OPEN[t.open]!)}`);

describe('ownRows and cellsOf', () => {
  it('agree with the plain definitions on any nesting', () => {
    const { document } = new Window();
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.innerHTML = trees.map(html).join('');
        for (const grid of document.querySelectorAll(GRID)) expect(ownRows(grid as unknown as Element)).toEqual(refOwnRows(grid as unknown as Element));
        for (const row of document.querySelectorAll(`${ROW}, span`)) {
          const el = row as unknown as Element;
          expect(cellsOf(el)).toEqual(refCellsOf(el));
          expect(isSummaryRow(el)).toBe(cellsOf(el).some((c) => span(c) > 1) || (cellsOf(el).length > 1 && cellsOf(el).every((c) => /^\(\d{1,3}\)$/.test(c.textContent ?? ''))));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave out the rows of a table nested in a cell, and the cells of a row nested in a cell', () => {
    const { document } = new Window();
    document.body.innerHTML = '<table id="outer"><tr id="a"><td>1</td><td><table><tr id="inner"><td>2</td></tr></table></td></tr></table>';
    const outer = document.getElementById('outer') as unknown as Element;
    expect(ownRows(outer).map((r) => r.id)).toEqual(['a']);
    expect(cellsOf(document.getElementById('a') as unknown as Element).map((c) => c.textContent)).toEqual(['1', '2']);
    // A grid of another kind nested in a cell keeps its rows too.
    document.body.innerHTML = '<table id="outer"><tr id="a"><td><div role="grid"><div role="row" id="inner"><span role="cell">2</span></div></div></td></tr></table>';
    expect(ownRows(document.getElementById('outer') as unknown as Element).map((r) => r.id)).toEqual(['a']);
  });
});
