/**
 * `npm run bench`: measures the production build side by side on this machine, prints a table and
 * writes bench/results.json. Every figure is a ratio of two runs made in the same session, or a size.
 * See bench/README.md for what each figure means. `--runs N` (default 5).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { startDemoPortal } from '../demo-portal';
import { annotation } from './annotation';
import { BUILD, launch } from './browser';
import { bundles } from './bundles';
import { engine } from './engine';
import { memory } from './memory';
import { dummyExtension, pageFloorExtension, readerExtension } from './dummy';
import { nonListCost } from './non-list';
import { pageCost, scale, type Sides } from './page-cost';
import { extensionPages } from './pages';
import type { Figure } from './stats';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} phải là số nguyên dương`);
  return n;
}

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.name, `${f.value}${f.unit ? ` ${f.unit}` : ''}`, f.target ? `${f.target} ${f.ok ? '✓' : '✗'}` : '']);
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines: string[] = [];
  let group = '';
  figures.forEach((f, i) => {
    if (f.group !== group) lines.push('', `## ${(group = f.group)}`);
    lines.push(rows[i]!.map((cell, c) => cell.padEnd(width[c]!)).join('  ').trimEnd());
  });
  return lines.join('\n');
}

const runs = option('runs', 5);
/** `--only page,nonlist,long,annotation,memory,pages`: a subset of the browser steps (bundles and engine always run). */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1]!.split(',')) : null;
const wanted = (name: string) => only === null || only.has(name);
if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('Chưa có bản build: chạy `npx wxt build` trước');
const now = Date.now();
const portal = await startDemoPortal({ port: 0 });
const withExt = await launch({ port: portal.port, extension: true });
const without = await launch({ port: portal.port, extension: false });
const floor = await launch({ port: portal.port, extension: dummyExtension() });
const reader = wanted('page') ? await launch({ port: portal.port, extension: readerExtension() }) : null;
// BENCH_BEFORE: an earlier build measured in the same run, interleaved (before/after on a shared machine).
const before = process.env.BENCH_BEFORE ? await launch({ port: portal.port, extension: true, build: process.env.BENCH_BEFORE }) : null;
const sides: Sides = { ext: withExt, ...(before ? { before } : {}), floor, bare: without };
/** The 500-row page also against the reading floor; long lists without it (a 20,000-row visit takes minutes). */
const withReader: Sides = { ...sides, ...(reader ? { reader } : {}) };
const chromium = await (async () => {
  // The user agent string is reduced to 156.0.0.0; CDP has the full version.
  const page = await without.context.newPage();
  const { product } = await (await without.context.newCDPSession(page)).send('Browser.getVersion');
  await page.close();
  return product.replace(/^\D+\//, '');
})();
const figures: Figure[] = [];
const step = async (label: string, fn: () => Promise<Figure[]> | Figure[], name?: string) => {
  if (name && !wanted(name)) return;
  process.stderr.write(`… ${label}\n`);
  const found = await fn();
  figures.push(...found);
  // Printed as they come, so a step that fails later does not cost the figures already measured.
  process.stderr.write(`${table(found)}\n`);
};
try {
  await step('bundles', bundles);
  await step('deadline engine', engine);
  await step('page cost', () => pageCost(withReader, runs), 'page');
  await step('page cost, CPU 4× slower', () => pageCost(withReader, runs, 500, 4), 'page');
  await step('gov.vn page that is not a list', () => nonListCost(withExt, without, portal.port, Math.max(7, runs), before), 'nonlist');
  await step('long lists', () => scale(sides, Math.max(3, Math.ceil(runs / 2))), 'long');
  await step('annotation', () => annotation(withExt, without, Math.max(3, Math.ceil(runs / 2))), 'annotation');
  await step('memory', () => memory(withExt, without), 'memory');
  if (wanted('pages')) {
    // Fresh profiles (the stores are seeded there); BENCH_BEFORE's build alongside, visits alternating.
    const pagesSides = [await launch({ port: portal.port, extension: true })];
    if (process.env.BENCH_BEFORE) pagesSides.push(await launch({ port: portal.port, extension: true, build: process.env.BENCH_BEFORE }));
    const floorPage = pageFloorExtension();
    const pageFloor = { ...(await launch({ port: portal.port, extension: floorPage.dir })), extensionId: floorPage.id };
    try {
      await step('extension pages', async () => (await extensionPages(pagesSides, Math.max(3, Math.ceil(runs / 2)), now, existsSync(join(BUILD, 'dashboard.html')), pageFloor)).flat());
    } finally {
      for (const side of pagesSides) await side.close();
      await pageFloor.close();
      rmSync(floorPage.dir, { recursive: true, force: true });
    }
  }
} finally {
  await withExt.close();
  await without.close();
  await floor.close();
  await reader?.close();
  await before?.close();
  await portal.close();
}

const results = {
  measuredAt: new Date(now).toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, chromium },
  runs,
  figures,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`Nhắc Hạn bench — ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}, Chromium ${chromium}${table(figures)}\n\nbench/results.json written.`);
const missed = figures.filter((f) => f.ok === false);
if (missed.length) console.log(`Targets missed: ${missed.map((f) => f.name).join('; ')}`);
