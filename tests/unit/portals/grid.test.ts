/**
 * A grid's own rows and a row's own cells are found without a walk up from each of them when nothing
 * is nested, and header rows without a look at every row; on any nesting of grids, rows and cells
 * the answer is the plain definition's.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cellsOf, headerOf, isSummaryRow, ownRows, span } from '../../../utils/portals/generic/grid';

const GRID = 'table, [role=grid], [role=table], [role=treegrid], mat-table';
const ROW = 'tr, [role=row], mat-row, mat-header-row';
const CELL = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader], mat-cell, mat-header-cell';

/** The definitions the fast paths must agree with. */
const refOwnRows = (grid: Element) => [...grid.querySelectorAll(ROW)].filter((row) => row.parentElement?.closest(GRID) === grid);
const refCellsOf = (row: Element) => [...row.querySelectorAll(CELL)].filter((cell) => cell.closest(ROW) === row);
const HEADER_CELL = 'th, [role=columnheader], mat-header-cell';
const refHeaderRows = (grid: Element) =>
  refOwnRows(grid).filter((row) => refCellsOf(row).length > 0 && (row.parentElement?.tagName === 'THEAD' || refCellsOf(row).every((c) => c.matches(HEADER_CELL))));

/** Elements as portals nest them, valid HTML or not (div grids, cells that are rows, tables in cells). */
const OPEN = ['<table>', '<tbody>', '<tr>', '<td>', '<th>', '<div role="grid">', '<div role="row">', '<div role="cell">', '<span>', '<td role="row">', '<mat-row>', '<mat-cell>', '<td colspan="2">', '<thead>', '<div role="columnheader">', '<mat-header-row>', '<mat-header-cell>'];
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

describe('ownRows, cellsOf and header rows', () => {
  it('agree with the plain definitions on any nesting', () => {
    const { document } = new Window();
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.innerHTML = trees.map(html).join('');
        for (const grid of document.querySelectorAll(GRID)) {
          const el = grid as unknown as Element;
          expect(ownRows(el)).toEqual(refOwnRows(el));
          // Header rows, found from the few rows that hold a header cell: those of the definition.
          if (refHeaderRows(el).length > 0) expect(headerOf(el).rows).toEqual(refHeaderRows(el));
        }
        for (const row of document.querySelectorAll(`${ROW}, span`)) {
          const el = row as unknown as Element;
          expect(cellsOf(el)).toEqual(refCellsOf(el));
          expect(isSummaryRow(el)).toBe(cellsOf(el).some((c) => span(c) > 1) || (cellsOf(el).length > 1 && cellsOf(el).every((c) => /^\(\d{1,3}\)$/.test(c.textContent ?? ''))));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('find the header rows of the definition in any mix of header and data cells, in and out of <thead>', () => {
    const { document } = new Window();
    const cell = fc.constantFrom('<th>H</th>', '<td>1</td>', '<div role="columnheader">H</div>', '<mat-header-cell>H</mat-header-cell>', '<div role="cell">1</div>', '<span>x</span>');
    const row = fc.record({ tag: fc.constantFrom('tr', 'div role="row"', 'mat-header-row', 'mat-row'), cells: fc.array(cell, { maxLength: 4 }), inHead: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom('table', 'div role="grid"', 'mat-table'), fc.array(row, { minLength: 1, maxLength: 6 }), (grid, rows) => {
        const close = (tag: string) => `</${tag.split(' ')[0]}>`;
        const body = rows.map(({ tag, cells, inHead }) => {
          const r = `<${tag}>${cells.join('')}${close(tag)}`;
          return inHead ? `<thead>${r}</thead>` : r;
        });
        document.body.innerHTML = `<${grid}>${body.join('')}${close(grid)}`;
        const el = document.body.firstElementChild as unknown as Element;
        if (refHeaderRows(el).length > 0) expect(headerOf(el).rows).toEqual(refHeaderRows(el));
      }),
      // A <thead> row of plain <td>s is a header row, with no header cell to find it by.
      { numRuns: 300, examples: [['table', [{ tag: 'tr', cells: ['<td>1</td>'], inHead: true }, { tag: 'tr', cells: ['<th>H</th>'], inHead: false }]]] },
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
