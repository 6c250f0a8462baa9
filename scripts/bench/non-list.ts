/**
 * What Nhắc Hạn costs a gov.vn page that is not a dossier list (a 3,000-element news front page):
 * main-thread time with the extension, with an empty content script on the same hosts (the floor:
 * Chromium's own cost of injecting any content script), and without any extension, runs interleaved;
 * and the bytes of script the extension loads there.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_GOV_HOST } from '../demo-portal';
import { matchesUrl } from '../../utils/userscript/metadata';
import { BUILD, launch, type Bench } from './browser';
import { unpackedExtension } from './dummy';
import type { CDPSession } from 'playwright-core';
import { atMost, interleaved, median, round, type Figure } from './stats';
import { extensionScriptCpu, traced } from './tracing';

const NEWS_URL = `http://${NEWS_GOV_HOST}/`;
/** After load: the bootstrap runs at document_idle, and a throttled check would follow within 0.5 s. */
const SETTLE_MS = 800;

/** An extension with one empty content script on the same hosts, at the same time of the load. */
const emptyExtension = (): string => unpackedExtension('empty content script', '', 'document_idle');
/**
 * The least a bootstrap that finds lists can do: look at the page's tables once and watch the
 * document for more (a portal's list comes later than its page). What it costs above the empty
 * script is Chromium's price of touching a page's DOM from a content script at all.
 */
const WATCH = `(() => {
  const tables = document.getElementsByTagName('table').length;
  new MutationObserver(() => undefined).observe(document.documentElement, { childList: true, subtree: true });
  return tables;
})();`;
const watchingExtension = (): string => unpackedExtension('watching floor', WATCH, 'document_idle');
/**
 * The least a bootstrap that recognises lists on pages it has never seen can do: one observer, as
 * the watching floor's, and one read of the page's words (the body's text, lower-cased, searched for a code). No list can be told
 * from a layout table without reading some text; this is the cheapest way to read it.
 */
const READ = `(() => {
  new MutationObserver(() => undefined).observe(document.documentElement, { childList: true, subtree: true });
  return /\\d-\\d{6}-\\d{4}/.test((document.body?.textContent ?? "").toLowerCase());
})();`;
const readingExtension = (): string => unpackedExtension('reading floor', READ, 'document_idle');

interface Cost {
  /** Main-thread CPU of the page's renderer (parse, style, layout, every script world): CPU, not wall time, so a busy machine's preemption is not counted. */
  task: number;
  /** Of which script: the page has none, so this is what content scripts ran. */
  script: number;
}

async function metrics(session: CDPSession): Promise<Cost> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  const ms = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: ms('ThreadTime'), script: ms('ScriptDuration') };
}

async function visit(bench: Bench): Promise<Cost> {
  const page = await bench.context.newPage();
  const session = await bench.context.newCDPSession(page);
  await session.send('Performance.enable');
  const before = await metrics(session);
  await page.goto(NEWS_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(session);
  await page.close();
  return { task: after.task - before.task, script: after.script - before.script };
}

/** Thread CPU of the extension's own script events in one traced visit (robust under load; see tracing.ts). */
async function tracedVisit(bench: Bench): Promise<number> {
  const page = await bench.context.newPage();
  const session = await bench.context.newCDPSession(page);
  const events = await traced(session, async () => {
    await page.goto(NEWS_URL, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  await page.close();
  return extensionScriptCpu(events, NEWS_URL);
}

/** Script files of the build's manifest whose content script matches the news page. */
function bytesLoaded(): { files: string[]; bytes: number } {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[]; js?: string[] }> };
  const files = manifest.content_scripts.filter((c) => c.matches.some((m) => matchesUrl(m, NEWS_URL))).flatMap((c) => c.js ?? []);
  return { files, bytes: files.reduce((n, f) => n + readFileSync(join(BUILD, f)).length, 0) };
}

/** `before`: BENCH_BEFORE's build, measured in the same run (its bootstrap's cost beside this one's). */
export async function nonListCost(withExt: Bench, without: Bench, port: number, runs: number, before?: Bench | null): Promise<Figure[]> {
  const dir = emptyExtension();
  const watchDir = watchingExtension();
  const readDir = readingExtension();
  const empty = await launch({ port, extension: dir });
  const watching = await launch({ port, extension: watchDir });
  const reading = await launch({ port, extension: readDir });
  try {
    const costs = await interleaved([withExt, empty, without], runs, visit);
    const med = (key: keyof Cost) => costs.map((list) => median(list.map((c) => c[key]))) as [number, number, number];
    const [ext, floor, none] = med('task');
    const [extScript, floorScript] = med('script');
    const tracedSides = before ? [withExt, before, reading, watching, empty] : [withExt, reading, watching, empty];
    const cpu = (await interleaved(tracedSides, runs, tracedVisit)).map((list) => round(median(list), 2));
    const watchAbove = round(cpu.at(-2)! - cpu.at(-1)!, 2);
    const readAbove = round(cpu.at(-3)! - cpu.at(-1)!, 2);
    // The target is judged on the traced figure: the whole thread's CPU swings by ±20 ms between
    // visits of the same page (its own parse and layout), ten times the 2 ms to be judged.
    const above = round(cpu[0]! - cpu.at(-1)!, 2);
    const { files, bytes } = bytesLoaded();
    const g = `Gov.vn page that is not a list (news, ~3,000 elements; median of ${runs}, interleaved)`;
    return [
      { group: g, name: 'main-thread CPU: Nhắc Hạn / empty content script / no extension', value: `${round(ext, 1)} / ${round(floor, 1)} / ${round(none, 1)}`, unit: 'ms' },
      { group: g, name: 'extra main-thread CPU with Nhắc Hạn', value: round(ext - none, 1), unit: 'ms' },
      { group: g, name: 'extra with an empty content script (the floor)', value: round(floor - none, 1), unit: 'ms' },
      { group: g, name: 'Nhắc Hạn above the floor (whole thread: noise of the page at this size)', value: round(ext - floor, 1), unit: 'ms' },
      { group: g, name: 'script time alone: Nhắc Hạn / empty content script', value: `${round(extScript, 2)} / ${round(floorScript, 2)}`, unit: 'ms' },
      {
        group: g,
        name: `thread CPU of the content scripts' own events (trace): Nhắc Hạn${before ? ' / before' : ''} / reading floor / watching floor / empty content script`,
        value: cpu.join(' / '),
        unit: 'ms',
      },
      { group: g, name: 'Nhắc Hạn above the empty content script (trace)', value: above, unit: 'ms', ...atMost(above, 2) },
      { group: g, name: 'watching floor above the empty content script (trace: one look at the tables, one observer)', value: watchAbove, unit: 'ms' },
      { group: g, name: 'reading floor above the empty content script (trace: one observer, one read of the body text and one pattern)', value: readAbove, unit: 'ms' },
      { group: g, name: `script loaded there (${files.join(', ')})`, value: round(bytes / 1024, 1), unit: 'KB' },
    ];
  } finally {
    await empty.close();
    await watching.close();
    await reading.close();
    for (const d of [dir, watchDir, readDir]) rmSync(d, { recursive: true, force: true });
  }
}
