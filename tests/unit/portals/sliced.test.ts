import { describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../../../scripts/regen-fixtures';
import { recognize, recognizeInSlices, toInspectJson, type RecognizedRow } from '../../../utils/portals/index';
import type { TaughtAdapter } from '../../../utils/portals/taught/types';
import { vnEpoch } from '../../../utils/time/vn-time';
import { bigTable, codeOf } from '../../fixtures/hostile';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const noBudget = { budgetMs: 0 };

describe('recognizeInSlices (the content script reads long lists in slices)', () => {
  it.each(listFixtures().map((f) => [f.name, f] as const))('%s: the same reading as recognize(), pausing between slices', async (_name, f) => {
    const doc = parse(f.html);
    const pause = vi.fn(async () => undefined);
    const sliced = await recognizeInSlices(doc, f.url, pause, { now: f.now, ...noBudget });
    expect(toInspectJson(sliced)).toEqual(toInspectJson(recognize(doc, f.url, { now: f.now })));
    // Rows and anchors are the document's own elements, as recognize() gives them.
    expect(sliced.rows.map((r) => r.anchor)).toEqual(recognize(doc, f.url, { now: f.now }).rows.map((r) => r.anchor));
  });

  it('gives the page its thread back every 50 rows of a 300-row list, and still reads every row', async () => {
    const doc = parse(bigTable(300));
    const pause = vi.fn(async () => undefined);
    const url = 'https://dichvucong.hanoi.gov.vn/ho-so';
    const { rows } = await recognizeInSlices(doc, url, pause, { now: vnEpoch(2026, 11, 25, 9, 0), ...noBudget });
    expect(rows).toHaveLength(300);
    expect(rows.at(-1)?.record.code).toBe(codeOf(299));
    expect(pause).toHaveBeenCalledTimes(5);
  });

  it('tells the rows read so far at each pause, each once and in order, before the reading ends', async () => {
    const doc = parse(bigTable(300));
    const told: string[][] = [];
    const pauses: number[] = [];
    const pause = vi.fn(async () => void pauses.push(told.flat().length));
    const onRows = (rows: readonly RecognizedRow[]) => told.push(rows.map((r) => r.record.code));
    const { rows } = await recognizeInSlices(doc, 'https://dichvucong.hanoi.gov.vn/ho-so', pause, { now: vnEpoch(2026, 11, 25, 9, 0), ...noBudget, onRows });
    // 50 rows before each of the five pauses; the last 50 come with the reading itself.
    expect(told.map((batch) => batch.length)).toEqual([50, 50, 50, 50, 50]);
    expect(pauses).toEqual([50, 100, 150, 200, 250]);
    expect(told.flat()).toEqual(rows.slice(0, 250).map((r) => r.record.code));
  });

  it('tells no row early of a taught portal: its dates are checked only once all are read', async () => {
    const url = 'https://motcua.example.gov.vn/ho-so';
    const taught: TaughtAdapter = {
      origin: 'https://motcua.example.gov.vn',
      path: '/ho-so',
      label: 'Cổng motcua.example.gov.vn',
      rows: 'tbody tr',
      fields: { code: { selector: 'td:nth-child(2)' }, dueAt: { selector: 'td:nth-child(6)' } },
      dateFormat: 'dd/MM/yyyy',
      taughtAt: '2026-11-24T10:00:00+07:00',
    };
    const onRows = vi.fn();
    const read = await recognizeInSlices(parse(bigTable(300)), url, vi.fn(async () => undefined), { now: vnEpoch(2026, 11, 25, 9, 0), ...noBudget, taught: [taught], onRows });
    expect([read.taught?.state, read.rows.length]).toEqual(['ok', 300]);
    expect(onRows).not.toHaveBeenCalled();
  });
});
