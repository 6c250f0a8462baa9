import { describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../../../scripts/regen-fixtures';
import { recognize, recognizeInSlices, toInspectJson } from '../../../utils/portals/index';
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
});
