import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GivenUpTries, gridSignature, keptPlacementFrom, type KeptPlacement, type PlacementMemory, type Tried } from '../../../utils/annotate/given-up-tries';

/** A list's table as the portal renders it: a new element each visit, the same markup. */
function grid(classes = 'ant-table-tbody', cells = 5, tableClass = 'ant-table') {
  const table = document.createElement('table');
  table.className = tableClass;
  const body = document.createElement('tbody');
  body.className = classes;
  const row = document.createElement('tr');
  for (let i = 0; i < cells; i++) row.append(Object.assign(document.createElement('td'), { textContent: `ô ${i}` }));
  body.append(row);
  table.append(body);
  document.createElement('div').append(table);
  return { grid: body, row };
}

/** A memory in a variable, as storage.local or the manager's values keep it (structured clone). */
function memory(initial?: unknown) {
  const state = { value: initial, writes: 0, reads: 0 };
  const store: PlacementMemory = {
    read: async () => {
      state.reads++;
      return structuredClone(state.value);
    },
    write: async (kept) => {
      state.writes++;
      state.value = structuredClone(kept);
    },
  };
  return { state, store };
}

const tried = (g: { grid: Element; row: Element }, kind: string, kept: boolean): Tried => ({ ...g, kind, kept });
const WIDTH = 1366;
const at = (tries: GivenUpTries, g: { grid: Element; row: Element }, width = WIDTH) => [...tries.at(g.grid, g.row, width)].sort();

describe('GivenUpTries (placements that failed for a whole grid)', () => {
  it('gives up a kind only when no row of the grid kept it, on that grid and at that width only', () => {
    const tries = new GivenUpTries(undefined, () => '/ho-so');
    const list = grid();
    const other = grid('other', 5);
    // Another row of the same grid.
    const second = { grid: list.grid, row: list.row.cloneNode(true) as Element };
    tries.learn([tried(list, '2', false), tried(second, '2', false), tried(list, '3 wrapped', false), tried(second, '3 wrapped', true), tried(other, '2', true)], WIDTH);
    expect(at(tries, list)).toEqual(['2']);
    expect(at(tries, other)).toEqual([]);
    expect(at(tries, list, 1280)).toEqual([]);
    expect([...tries.at(null, list.row, WIDTH)]).toEqual([]);
  });

  it('forgets what was given up at another width once it learns at a new one', () => {
    const tries = new GivenUpTries(undefined, () => '/ho-so');
    const list = grid();
    tries.learn([tried(list, '2', false)], 1280);
    tries.learn([tried(list, '4', false)], WIDTH);
    expect(at(tries, list, 1280)).toEqual([]);
    expect(at(tries, list)).toEqual(['4']);
  });

  it('keeps what it learnt, and the next visit gives up the same kinds on the same list rendered anew', async () => {
    const { state, store } = memory();
    const first = new GivenUpTries(store, () => '/ho-so/dang-xu-ly');
    await first.loaded();
    first.learn([tried(grid(), '2', false), tried(grid(), '4 wrapped', false)], WIDTH);
    await Promise.resolve();
    expect(state.writes).toBe(1);
    expect(state.value).toEqual({ width: WIDTH, grids: { [gridSignature(grid().grid, grid().row, '/ho-so/dang-xu-ly')]: ['2', '4 wrapped'] } });
    // Nothing new: nothing written.
    first.learn([tried(grid(), '2', false)], WIDTH);
    await Promise.resolve();
    expect(state.writes).toBe(1);

    const next = new GivenUpTries(store, () => '/ho-so/dang-xu-ly');
    expect(at(next, grid())).toEqual([]);
    await next.loaded();
    expect(at(next, grid())).toEqual(['2', '4 wrapped']);
    // Another width, another list of the portal, another table, another row shape: tried again.
    expect(at(next, grid(), 1280)).toEqual([]);
    expect(at(new GivenUpTries(store, () => '/ho-so/cho-bo-sung'), grid())).toEqual([]);
    expect(at(next, grid('ant-table-tbody', 7))).toEqual([]);
    expect(at(next, grid('ant-table-tbody', 5, 'ant-table ant-table-small'))).toEqual([]);
  });

  it('reads the memory once, when the first placement asks, not when it is made', async () => {
    const { state, store } = memory({ width: WIDTH, grids: {} });
    const tries = new GivenUpTries(store, () => '/ho-so');
    expect(state.reads).toBe(0);
    await Promise.all([tries.loaded(), tries.loaded()]);
    await tries.loaded();
    expect(state.reads).toBe(1);
  });

  it('does not let an earlier visit overwrite what this one learnt before the memory answered', async () => {
    const { store } = memory({ width: 1280, grids: {} });
    const tries = new GivenUpTries(store, () => '/ho-so');
    const list = grid();
    tries.learn([tried(list, '1', false)], WIDTH);
    await tries.loaded();
    expect(at(tries, list)).toEqual(['1']);
  });

  it('remembers the 20 grids learnt last, the oldest forgotten', async () => {
    const { state, store } = memory();
    const tries = new GivenUpTries(store, () => '/ho-so');
    await tries.loaded();
    const grids = Array.from({ length: 25 }, (_, i) => grid(`list-${i}`));
    for (const g of grids) tries.learn([tried(g, '2', false)], WIDTH);
    await Promise.resolve();
    const kept = state.value as KeptPlacement;
    expect(Object.keys(kept.grids)).toHaveLength(20);
    const next = new GivenUpTries(store, () => '/ho-so');
    await next.loaded();
    expect(at(next, grids[4]!)).toEqual([]);
    expect(at(next, grids[5]!)).toEqual(['2']);
    expect(at(next, grids[24]!)).toEqual(['2']);
  });

  it('tries everything again when the memory is damaged or cannot be read, and still learns', async () => {
    for (const damaged of [undefined, null, 'x', 42, [], { width: 'wide', grids: {} }, { width: Number.NaN, grids: {} }, { width: -1, grids: {} }, { width: WIDTH }, { width: WIDTH, grids: null }]) {
      const { store } = memory(damaged);
      const tries = new GivenUpTries(store, () => '/ho-so');
      await tries.loaded();
      const list = grid();
      expect(at(tries, list), JSON.stringify(damaged)).toEqual([]);
      tries.learn([tried(list, '2', false)], WIDTH);
      expect(at(tries, list)).toEqual(['2']);
    }
    const failing = new GivenUpTries({ read: () => Promise.reject(new Error('storage')), write: () => Promise.reject(new Error('quota')) }, () => '/ho-so');
    await failing.loaded();
    const list = grid();
    failing.learn([tried(list, '2', false)], WIDTH);
    expect(at(failing, list)).toEqual(['2']);
  });
});

describe('keptPlacementFrom (a kept placement read back)', () => {
  it('keeps the grids whose kinds are kinds of try, and drops the others', () => {
    const signature = gridSignature(grid().grid, grid().row, '/ho-so');
    expect(keptPlacementFrom({ width: WIDTH, grids: { [signature]: ['2', '3 wrapped'], bad: ['<img onerror=x>'], worse: 'x', other: ['1'], ['x'.repeat(401)]: ['1'] } })).toEqual({
      width: WIDTH,
      grids: { [signature]: ['2', '3 wrapped'], other: ['1'] },
    });
  });

  // Two names × nine cell counts: fewer grids than are remembered.
  it('reads back whatever a GivenUpTries wrote (property)', async () => {
    const kinds = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()).map(([c, w]) => `${c}${w ? ' wrapped' : ''}`), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 1, max: 9 }), kinds), { maxLength: 30 }), fc.integer({ min: 320, max: 3840 }), async (learnt, width) => {
        const { state, store } = memory();
        const tries = new GivenUpTries(store, () => '/ho-so');
        const grids = new Map<string, ReturnType<typeof grid>>();
        for (const [name, cells, ks] of learnt) {
          const g = grids.get(`${name}${cells}`) ?? grid(name, cells);
          grids.set(`${name}${cells}`, g);
          tries.learn(ks.map((k) => tried(g, k, false)), width);
        }
        await Promise.resolve();
        const next = new GivenUpTries(store, () => '/ho-so');
        await next.loaded();
        expect(state.value === undefined || keptPlacementFrom(state.value) !== null).toBe(true);
        for (const g of grids.values()) expect(at(next, g, width)).toEqual(at(tries, g, width));
      }),
      { numRuns: 60 },
    );
  });
});

describe('gridSignature', () => {
  it('names the path, the chain of tags and classes (in any order) and the cell count, never what the cells say', () => {
    const { grid: body, row } = grid('b a', 3);
    expect(gridSignature(body, row, '/ho-so')).toBe('/ho-so|tbody.a.b<table.ant-table<div|3');
    row.firstElementChild!.textContent = 'G01.123-260101-0001 Nguyễn Văn A';
    expect(gridSignature(body, row, '/ho-so')).toBe('/ho-so|tbody.a.b<table.ant-table<div|3');
  });
});
