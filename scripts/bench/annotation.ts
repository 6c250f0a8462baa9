/**
 * How annotation grows with the list: the extension's whole path (read the DOM, message the worker,
 * store, views on every row, chips on the rows in view) and the recognizer alone, at 100 / 500 /
 * 2,000 rows; then a re-render of the list.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Bench } from './browser';
import { listUrl, visit } from './page-cost';
import { atMost, median, round, type Figure } from './stats';

/** The content script's scan debounce (DEBOUNCE_MS in utils/annotate/annotate.ts). */
const DEBOUNCE_MS = 300;

const SIZES = [100, 500, 2_000] as const;

/** The recognizer as one script for the page (what the content script runs, without the rest). */
async function recognizerScript(): Promise<string> {
  const out = await build({ entryPoints: ['utils/portals/index.ts'], bundle: true, write: false, format: 'iife', globalName: '__nhPortals', logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

/**
 * A framework-style re-render: the list body rebuilt from markup, chips and marks gone. How long
 * the page's own re-render took, and from its end (the new rows are in the document; the time before
 * is the page's, with or without Nhắc Hạn) until the rows in view have their chips again, and until
 * every row has its mark (its view).
 */
async function reRender(page: Page): Promise<{ own: number; chips: number; marks: number }> {
  return page.evaluate(async () => {
    const probe = window.__bench;
    const tbody = document.querySelector('tbody')!;
    const clean = tbody.cloneNode(true) as HTMLTableSectionElement;
    clean.querySelectorAll('nhac-han-chip').forEach((c) => c.remove());
    clean.querySelectorAll('[data-nhac-han]').forEach((r) => r.removeAttribute('data-nhac-han'));
    const rows = clean.rows.length;
    probe.chipAt.clear();
    probe.markAt.clear();
    // Which rows are in view, measured once before (the same rows after): no layout per poll.
    const inView = [...tbody.rows].flatMap((row, i) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight ? [i] : [];
    });
    const before = performance.now();
    tbody.innerHTML = clean.innerHTML;
    const started = performance.now();
    for (;;) {
      const shown = inView.map((i) => tbody.rows[i]!);
      if (probe.markAt.size >= rows && shown.every((row) => probe.chipAt.has(row))) break;
      if (performance.now() - started > 30_000) throw new Error('re-render: chips did not come back');
      await new Promise((r) => setTimeout(r, 5));
    }
    const inViewChips = inView.map((i) => probe.chipAt.get(tbody.rows[i]!)!);
    return { own: started - before, chips: Math.max(...inViewChips) - started, marks: Math.max(...probe.markAt.values()) - started };
  });
}

export async function annotation(withExt: Bench, without: Bench, runs: number): Promise<Figure[]> {
  const script = await recognizerScript();
  const full = new Map<number, number>();
  const alone = new Map<number, number>();
  for (const rows of SIZES) {
    await visit(withExt, rows, rows); // warm-up; the worker also stores this size once
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await visit(withExt, rows, rows)).allViewsMs!);
    full.set(rows, median(times));

    const page = await without.context.newPage();
    await page.goto(listUrl(rows));
    await page.addScriptTag({ content: script });
    const reads = await page.evaluate((n) => {
      const recognize = (window as unknown as { __nhPortals: typeof import('../../utils/portals') }).__nhPortals.recognize;
      return Array.from({ length: n + 1 }, () => {
        const t = performance.now();
        recognize(document, location.href);
        return performance.now() - t;
      }).slice(1);
    }, runs);
    alone.set(rows, median(reads));
    await page.close();
  }
  const reRenders: Array<{ own: number; chips: number; marks: number }> = [];
  for (let i = 0; i < runs; i++) await visit(withExt, 500, 500, { after: async (page) => void reRenders.push(await reRender(page)) });

  const g = `Annotation (median of ${runs})`;
  const chipsBack = median(reRenders.map((r) => r.chips)) - DEBOUNCE_MS;
  const growth = (m: Map<number, number>) => round(m.get(2_000)! / m.get(100)! / 20);
  return [
    ...SIZES.map((rows): Figure => ({ group: g, name: `extension, ${rows} rows: DOMContentLoaded → every row annotated`, value: `${round(full.get(rows)!, 0)} ms (${round(full.get(rows)! / rows, 3)} ms/row)`, unit: '' })),
    { group: g, name: 'extension growth (t2000 ÷ t100) ÷ 20', value: growth(full), unit: '× linear', target: '≈ 1 or less', ok: growth(full) <= 1.5 },
    ...SIZES.map((rows): Figure => ({ group: g, name: `recognize() alone, ${rows} rows`, value: `${round(alone.get(rows)!, 1)} ms (${round(alone.get(rows)! / rows, 3)} ms/row)`, unit: '' })),
    { group: g, name: 'recognize() growth (t2000 ÷ t100) ÷ 20', value: growth(alone), unit: '× linear', target: '≈ 1 or less', ok: growth(alone) <= 1.5 },
    { group: g, name: "re-render of 500 rows: the page's own (innerHTML of the list body)", value: round(median(reRenders.map((r) => r.own)), 0), unit: 'ms' },
    { group: g, name: 'the page re-rendered 500 rows → every row marked again (incl. 300 ms debounce)', value: round(median(reRenders.map((r) => r.marks)), 0), unit: 'ms' },
    { group: g, name: 'the page re-rendered 500 rows → chips back on the rows in view (incl. 300 ms debounce)', value: round(median(reRenders.map((r) => r.chips)), 0), unit: 'ms' },
    { group: g, name: 'the page re-rendered 500 rows → chips back, beyond the debounce', value: round(chipsBack, 0), unit: 'ms', ...atMost(round(chipsBack, 0), 100) },
  ];
}
