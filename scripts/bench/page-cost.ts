/**
 * What the extension costs a portal page: the same demo list loaded in several browsers (Nhắc Hạn,
 * the dummy annotator that is the floor, the same dummy reading every cell, no extension), runs
 * interleaved (the order rotates so no side always goes first).
 */
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../demo-portal';
import type { Bench } from './browser';
import { installProbe, settle, taskMs, type Settled } from './probe';
import { atMost, interleaved, median, round, type Figure } from './stats';

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
  /** Optionally an earlier build (BENCH_BEFORE), measured in the same run for a fair before/after. */
  before?: Bench;
  /** The dummy annotator. */
  floor: Bench;
  /** The dummy annotator that also reads every cell of every row (the reading floor). */
  reader?: Bench;
  /** No extension. */
  bare: Bench;
}

type Side = keyof Sides;
const LABELS: Record<Side, string> = { ext: 'Nhắc Hạn', before: 'before', floor: 'floor', reader: 'reading floor', bare: 'none' };
const present = (sides: Sides) => (Object.keys(LABELS) as Side[]).filter((s) => sides[s]);

/** `runs` visits per side after a warm-up each, the order rotated every run; medians per figure. */
export async function sideBySide(sides: Sides, rows: number, runs: number, throttle?: number) {
  const order = present(sides);
  const results = await interleaved(order, runs, (side) => visit(sides[side]!, rows, side === 'bare' ? 0 : rows, { throttle }));
  const visits = new Map(order.map((s, i) => [s, results[i]!]));
  return (side: Side, key: keyof Visit) => median(visits.get(side)!.map((v) => v[key] as number));
}

/** "a / b / c" over the sides present, and the matching label. */
function across(sides: Sides, of: (side: Side) => number, digits = 0, skip: Side[] = []) {
  const order = present(sides).filter((s) => !skip.includes(s));
  return { label: order.map((s) => LABELS[s]).join(' / '), value: order.map((s) => round(of(s), digits)).join(' / ') };
}

export async function pageCost(sides: Sides, runs: number, rows = 500, throttle?: number): Promise<Figure[]> {
  const m = await sideBySide(sides, rows, runs, throttle);
  const extra = (side: Side) => m(side, 'busyMs') - m('bare', 'busyMs');
  const ratio = (key: keyof Visit) => (side: Side) => m(side, key) / m('bare', key);
  const g = `Page cost, ${rows}-row list${throttle ? `, CPU ${throttle}× slower` : ''} (median of ${runs}, interleaved; floor = dummy annotator; reading floor = the same reading every cell)`;
  const target = (value: number, limit: number) => (throttle ? {} : atMost(value, limit));
  const figure = (name: string, of: (side: Side) => number, unit: string, digits = 0, limit?: number, skip: Side[] = []): Figure => {
    const { label, value } = across(sides, of, digits, skip);
    return { group: g, name: `${name}: ${label}`, value, unit, ...(limit === undefined ? {} : target(round(of('ext'), digits), limit)) };
  };
  return [
    figure('main-thread CPU', (s) => m(s, 'busyMs'), 'ms'),
    figure('extra main-thread CPU', extra, 'ms', 0, 60, ['bare']),
    figure('main-thread CPU ÷ none', ratio('busyMs'), '×', 2, undefined, ['bare']),
    figure('load event', (s) => m(s, 'loadMs'), 'ms'),
    figure('load event ÷ none', ratio('loadMs'), '×', 2, 1.05, ['bare']),
    figure('load-to-idle', (s) => m(s, 'idleMs'), 'ms'),
    figure('visible rows parsed → their chips', (s) => m(s, 'afterParseMs'), 'ms', 0, 50, ['bare']),
    figure('table appears → chips on all visible rows', (s) => m(s, 'visibleChipsMs'), 'ms', 0, undefined, ['bare']),
    figure('longest task', (s) => m(s, 'longestTaskMs'), 'ms'),
  ];
}

/** Long lists: the extra main-thread time per row should stay flat, and no task of ours pass 50 ms. */
export async function scale(sides: Sides, runs: number): Promise<Figure[]> {
  const g = `Long lists (median of ${runs}, interleaved)`;
  const figures: Figure[] = [];
  const perRow: number[] = [];
  for (const rows of [500, 2_000, 20_000]) {
    const m = await sideBySide(sides, rows, runs);
    const extra = (side: Side) => m(side, 'busyMs') - m('bare', 'busyMs');
    perRow.push(extra('ext') / rows);
    const longest = m('ext', 'longestTaskMs');
    const own = Math.max(m('bare', 'longestTaskMs'), 50);
    const cpu = across(sides, extra, 0, ['bare']);
    const tasks = across(sides, (s) => m(s, 'longestTaskMs'));
    figures.push(
      { group: g, name: `${rows} rows: extra main-thread CPU: ${cpu.label}`, value: cpu.value, unit: `ms (Nhắc Hạn ${round(extra('ext') / rows, 3)} ms/row)` },
      { group: g, name: `${rows} rows: longest task: ${tasks.label}`, value: tasks.value, unit: 'ms', ...(rows > 500 ? { target: '≤ max(none, 50)', ok: longest <= own * 1.1 } : {}) },
    );
  }
  const growth = round(perRow[2]! / perRow[0]!);
  figures.push({ group: g, name: 'Nhắc Hạn extra ms/row at 20,000 ÷ at 500', value: growth, unit: '× (1 = linear)', target: '≤ 1.5', ok: growth <= 1.5 });
  return figures;
}
