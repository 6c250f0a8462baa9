/** Heaps after a 2,000-row list was annotated: the worker's, and the page's with vs without the extension. */
import type { Bench } from './browser';
import { pageHeap, workerHeap } from './browser';
import { listUrl } from './page-cost';
import { installProbe, settle } from './probe';
import { round, type Figure } from './stats';

const MB = 1024 * 1024;

export async function memory(withExt: Bench, without: Bench): Promise<Figure[]> {
  const rows = 2_000;
  const heaps: number[] = [];
  for (const [bench, chips] of [[withExt, rows], [without, 0]] as const) {
    const page = await bench.context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(listUrl(rows), { waitUntil: 'commit' });
    await settle(page, chips);
    heaps.push(await pageHeap(page));
    if (chips > 0) heaps.push(await workerHeap(page));
    await page.close();
  }
  const [withHeap, worker, withoutHeap] = heaps as [number, number, number];
  const g = `Memory after annotating ${rows} rows (after GC)`;
  return [
    { group: g, name: 'service worker heap', value: round(worker / MB, 1), unit: 'MB' },
    { group: g, name: 'page heap with / without extension', value: `${round(withHeap / MB, 1)} / ${round(withoutHeap / MB, 1)}`, unit: 'MB' },
    { group: g, name: 'content script + chips (difference)', value: round((withHeap - withoutHeap) / MB, 1), unit: 'MB' },
    { group: g, name: 'page heap with ÷ without', value: round(withHeap / withoutHeap), unit: '×' },
  ];
}
