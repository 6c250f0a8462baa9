/**
 * What the extension costs a portal page: the same demo list loaded in three browsers (Nhắc Hạn,
 * the dummy annotator that is the floor, no extension), runs interleaved (the order rotates so
 * no side always goes first).
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

export interface VisitOptions {
  /** CDP CPU throttling rate (4: an old office PC). */
  throttle?: number;
  after?: (page: Page) => Promise<void>;
}

/** One visit of a list page in a fresh tab; `rows` marked rows are awaited (0 without an annotator). */
export async function visit(bench: Bench, rows: number, marks: number, options: VisitOptions = {}): Promise<Visit> {
  const page = await bench.context.newPage();
  await page.addInitScript(installProbe);
  const session = await bench.context.newCDPSession(page);
  await session.send('Performance.enable');
  if (options.throttle) await session.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
  const before = await taskMs(session);
  await page.goto(listUrl(rows), { waitUntil: 'commit' });
  const settled = await settle(page, marks);
  const busyMs = (await taskMs(session)) - before;
  await options.after?.(page);
  await page.close();
  return { ...settled, busyMs };
}

export interface Sides {
  /** Nhắc Hạn's production build. */
  ext: Bench;
  /** The dummy annotator. */
  floor: Bench;
  /** No extension. */
  bare: Bench;
}

type Side = keyof Sides;
const SIDES: Side[] = ['ext', 'floor', 'bare'];

/** `runs` visits per side after a warm-up each, the order rotated every run; medians per figure. */
export async function sideBySide(sides: Sides, rows: number, runs: number, throttle?: number) {
  const visits: Record<Side, Visit[]> = { ext: [], floor: [], bare: [] };
  const go = (side: Side) => visit(sides[side], rows, side === 'bare' ? 0 : rows, { throttle });
  for (const side of SIDES) await go(side); // HTTP cache, JIT, the worker's first database open
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < SIDES.length; j++) {
      const side = SIDES[(i + j) % SIDES.length]!;
      visits[side].push(await go(side));
    }
  }
  return (side: Side, key: keyof Visit) => median(visits[side].map((v) => v[key] as number));
}

export async function pageCost(sides: Sides, runs: number, rows = 500, throttle?: number): Promise<Figure[]> {
  const m = await sideBySide(sides, rows, runs, throttle);
  const extra = (side: Side) => m(side, 'busyMs') - m('bare', 'busyMs');
  const loadRatio = m('ext', 'loadMs') / m('bare', 'loadMs');
  const afterParse = m('ext', 'afterParseMs');
  const g = `Page cost, ${rows}-row list${throttle ? `, CPU ${throttle}× slower` : ''} (median of ${runs}, interleaved; floor = dummy annotator)`;
  const ms = (side: Side, key: keyof Visit) => round(m(side, key), 0);
  return [
    { group: g, name: 'main-thread CPU: Nhắc Hạn / floor / none', value: `${ms('ext', 'busyMs')} / ${ms('floor', 'busyMs')} / ${ms('bare', 'busyMs')}`, unit: 'ms' },
    { group: g, name: 'extra main-thread time: Nhắc Hạn (floor)', value: `${round(extra('ext'), 0)} (${round(extra('floor'), 0)})`, unit: 'ms', ...(throttle ? {} : atMost(round(extra('ext'), 0), 60)) },
    { group: g, name: 'main-thread CPU, Nhắc Hạn ÷ none (floor ÷ none)', value: `${round(m('ext', 'busyMs') / m('bare', 'busyMs'))} (${round(m('floor', 'busyMs') / m('bare', 'busyMs'))})`, unit: '×' },
    { group: g, name: 'load event: Nhắc Hạn / floor / none', value: `${ms('ext', 'loadMs')} / ${ms('floor', 'loadMs')} / ${ms('bare', 'loadMs')}`, unit: 'ms' },
    { group: g, name: 'load event, Nhắc Hạn ÷ none (floor ÷ none)', value: `${round(loadRatio)} (${round(m('floor', 'loadMs') / m('bare', 'loadMs'))})`, unit: '×', ...(throttle ? {} : atMost(round(loadRatio), 1.05)) },
    { group: g, name: 'load-to-idle: Nhắc Hạn / floor / none', value: `${ms('ext', 'idleMs')} / ${ms('floor', 'idleMs')} / ${ms('bare', 'idleMs')}`, unit: 'ms' },
    { group: g, name: 'visible rows parsed → their chips: Nhắc Hạn (floor)', value: `${round(afterParse, 0)} (${ms('floor', 'afterParseMs')})`, unit: 'ms', ...(throttle ? {} : atMost(round(afterParse, 0), 50)) },
    { group: g, name: 'table appears → chips on all visible rows: Nhắc Hạn (floor)', value: `${ms('ext', 'visibleChipsMs')} (${ms('floor', 'visibleChipsMs')})`, unit: 'ms' },
    { group: g, name: 'longest task: Nhắc Hạn / floor / none', value: `${ms('ext', 'longestTaskMs')} / ${ms('floor', 'longestTaskMs')} / ${ms('bare', 'longestTaskMs')}`, unit: 'ms' },
  ];
}

/** Long lists: the extra main-thread time per row should stay flat, and no task of ours pass 50 ms. */
export async function scale(sides: Sides, runs: number): Promise<Figure[]> {
  const g = `Long lists (median of ${runs}, interleaved)`;
  const figures: Figure[] = [];
  const perRow: number[] = [];
  for (const rows of [500, 2_000, 20_000]) {
    const m = await sideBySide(sides, rows, runs);
    const extra = m('ext', 'busyMs') - m('bare', 'busyMs');
    perRow.push(extra / rows);
    const longest = m('ext', 'longestTaskMs');
    const own = Math.max(m('bare', 'longestTaskMs'), 50);
    figures.push(
      { group: g, name: `${rows} rows: extra main-thread time, Nhắc Hạn (floor)`, value: `${round(extra, 0)} (${round(m('floor', 'busyMs') - m('bare', 'busyMs'), 0)})`, unit: `ms, ${round(extra / rows, 3)} ms/row` },
      {
        group: g,
        name: `${rows} rows: longest task, Nhắc Hạn / floor / none`,
        value: `${round(longest, 0)} / ${round(m('floor', 'longestTaskMs'), 0)} / ${round(m('bare', 'longestTaskMs'), 0)}`,
        unit: 'ms',
        ...(rows > 500 ? { target: '≤ max(none, 50)', ok: longest <= own * 1.1 } : {}),
      },
    );
  }
  const growth = round(perRow[2]! / perRow[0]!);
  figures.push({ group: g, name: 'extra ms/row at 20,000 ÷ at 500', value: growth, unit: '× (1 = linear)', target: '≤ 1.5', ok: growth <= 1.5 });
  return figures;
}
