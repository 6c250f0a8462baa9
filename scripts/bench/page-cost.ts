/**
 * What the extension costs a portal page: the same demo list loaded in two browsers, with and
 * without the extension, runs interleaved (the order alternates so neither side always goes first).
 */
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../demo-portal';
import type { Bench } from './browser';
import { installProbe, settle, taskMs, type Settled } from './probe';
import { atMost, median, round, type Figure } from './stats';

export const listUrl = (rows: number) => `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly?rows=${rows}`;

export interface Visit extends Settled {
  busyMs: number;
}

/** One visit of a list page in a fresh tab; `rows` chips are awaited (0 without the extension). */
export async function visit(bench: Bench, rows: number, chips: number, after?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await bench.context.newPage();
  await page.addInitScript(installProbe);
  const session = await bench.context.newCDPSession(page);
  await session.send('Performance.enable');
  const before = await taskMs(session);
  await page.goto(listUrl(rows), { waitUntil: 'commit' });
  const settled = await settle(page, chips);
  const busyMs = (await taskMs(session)) - before;
  await after?.(page);
  await page.close();
  return { ...settled, busyMs };
}

export async function pageCost(withExt: Bench, without: Bench, runs: number): Promise<Figure[]> {
  const rows = 500;
  // Warm-up: HTTP cache, JIT, the worker's first database open.
  await visit(withExt, rows, rows);
  await visit(without, rows, 0);
  const a: Visit[] = [];
  const b: Visit[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(await visit(withExt, rows, rows));
      b.push(await visit(without, rows, 0));
    } else {
      b.push(await visit(without, rows, 0));
      a.push(await visit(withExt, rows, rows));
    }
  }
  const m = (list: Visit[], key: keyof Visit) => median(list.map((v) => v[key] as number));
  const idleRatio = m(a, 'idleMs') / m(b, 'idleMs');
  const loadRatio = m(a, 'loadMs') / m(b, 'loadMs');
  const busyRatio = m(a, 'busyMs') / m(b, 'busyMs');
  const visible = m(a, 'visibleChipsMs');
  const g = `Page cost, ${rows}-row list (median of ${runs}, interleaved)`;
  return [
    { group: g, name: 'load event, with ÷ without', value: round(loadRatio), unit: '×' },
    { group: g, name: 'load-to-idle, with ÷ without', value: round(idleRatio), unit: '×', ...atMost(round(idleRatio), 1.1) },
    { group: g, name: 'load-to-idle with / without', value: `${round(m(a, 'idleMs'), 0)} / ${round(m(b, 'idleMs'), 0)}`, unit: 'ms' },
    { group: g, name: 'main-thread busy, with ÷ without', value: round(busyRatio), unit: '×' },
    { group: g, name: 'main-thread busy with / without', value: `${round(m(a, 'busyMs'), 0)} / ${round(m(b, 'busyMs'), 0)}`, unit: 'ms' },
    { group: g, name: 'table appears → chips on all visible rows', value: round(visible, 0), unit: 'ms', ...atMost(round(visible, 0), 150) },
  ];
}
