/**
 * `npx tsx scripts/bench/trace.ts [--rows 500] [--extension|--floor|--none]`: where the main-thread time of
 * one list visit goes. A CDP trace (devtools.timeline, thread CPU time) of the whole visit, plus a
 * V8 CPU profile of the page's isolate (the content script's isolated world included), printed as
 * buckets. For docs/performance.md; not part of `npm run bench`. Uses the build in BENCH_BUILD.
 */
import { rmSync } from 'node:fs';
import { DEMO_HOSTS, startDemoPortal } from '../demo-portal';
import { manyDossiers } from '../demo-portal/dossiers';
import type { InPage } from '../browser';
import { launch } from './browser';
import { dummyExtension } from './dummy';
import { listUrl } from './page-cost';
import { installProbe, settle } from './probe';
import { round } from './stats';
import { traced, type TraceEvent } from './tracing';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

const arg = (name: string) => process.argv.indexOf(`--${name}`);
const rows = arg('rows') >= 0 ? Number(process.argv[arg('rows') + 1]) : 500;
const extension = arg('none') < 0;
/** `--floor`: the dummy annotator of dummy.ts instead of the build (its chips and layouts beside ours). */
const floorDir = arg('floor') >= 0 ? dummyExtension() : null;

/** Self thread time (ms) per event name on one thread: an event's own time minus its children's. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const complete = events.filter((e) => e.ph === 'X' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const own = new Map<TraceEvent, number>();
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) own.set(parent, own.get(parent)! - e.tdur!);
    own.set(e, e.tdur!);
    stack.push(e);
  }
  for (const [e, t] of own) {
    const ext = e.args?.data?.url?.startsWith('chrome-extension://') ? ' (extension)' : '';
    out.set(e.name + ext, (out.get(e.name + ext) ?? 0) + t / 1000);
  }
  return out;
}

/** Self sample time (ms) per function of the content script, and inclusive per named entry point. */
function jsBuckets(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\//, '')}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const name = f.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  });
  return { self, inclusive };
}

const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${round(v, 1).toString().padStart(7)} ms  ${k}`).join('\n');

/**
 * Each layout of the page's main thread: when (from the first parse), its CPU, and whether a script
 * forced it (a geometry read inside that script's event) or the frame's own lifecycle ran it.
 */
function layouts(events: TraceEvent[], origin: number): string {
  const list = events.filter((e) => e.ph === 'X' && e.name === 'Layout').sort((a, b) => a.ts - b.ts);
  const scripts = events.filter((e) => e.ph === 'X' && /^(FunctionCall|EvaluateScript|v8\.callFunction|TimerFire|FireIdleCallback|FireAnimationFrame|RunMicrotasks)$/.test(e.name));
  const lines = list.map((e) => {
    // A layout inside a script's event was forced by it (a geometry read); the others are the frame's.
    const inside = scripts.filter((s) => s.ts <= e.ts && s.ts + (s.dur ?? 0) >= e.ts + (e.dur ?? 0)).at(-1);
    const url = inside?.args?.data?.url?.replace(/^.*\//, '') ?? '';
    const by = inside ? `forced in ${inside.name}${url ? ` (${url})` : ''}` : 'lifecycle';
    return `  ${round((e.ts - origin) / 1000, 1).toString().padStart(8)} ms  ${round((e.tdur ?? 0) / 1000, 1).toString().padStart(6)} ms CPU  ${by}`;
  });
  const total = list.reduce((n, e) => n + (e.tdur ?? 0) / 1000, 0);
  return `${lines.join('\n')}\n  ${list.length} layouts, ${round(total, 1)} ms of CPU`;
}

/** The worker's share: store write, views and reply for `rows` records, new and then unchanged. */
async function workerRoundTrip(): Promise<string> {
  const page = await bench.context.newPage();
  await page.goto(`chrome-extension://${bench.extensionId}/popup.html`);
  const records = manyDossiers({ now: Date.now(), count: rows }).map(({ id: _id, ...d }) => ({ ...d, url: `http://${DEMO_HOSTS.plain}/ho-so/${d.code}`, portal: 'trace' }));
  const message = { type: 'recognized', portal: 'trace', url: `http://${DEMO_HOSTS.plain}/ho-so/`, coverage: 'partial', records };
  const times: string[] = [];
  for (const label of ['new rows', 'unchanged', 'unchanged']) {
    const ms = await page.evaluate(async (m) => {
      const t = performance.now();
      const reply = (await (globalThis as InPage).chrome.runtime.sendMessage(m)) as { ok: boolean };
      if (!reply.ok) throw new Error('refused');
      return performance.now() - t;
    }, message);
    times.push(`  ${round(ms, 1).toString().padStart(7)} ms  ${label}`);
  }
  await page.close();
  return times.join('\n');
}

const portal = await startDemoPortal({ port: 0 });
const bench = await launch({ port: portal.port, extension: floorDir ?? extension });
try {
  // Warm-up visit: HTTP cache, the worker's database.
  const warm = await bench.context.newPage();
  await warm.goto(listUrl(rows));
  await settle(warm, extension ? rows : 0).catch(() => undefined);
  await warm.close();

  const page = await bench.context.newPage();
  await page.addInitScript(installProbe);
  const session = await bench.context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  const events = await traced(session, async () => {
    await page.goto(listUrl(rows), { waitUntil: 'commit' });
    console.log(JSON.stringify(await settle(page, extension ? rows : 0)));
  });
  const { profile } = await session.send('Profiler.stop');
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = parse ? `${parse.pid}:${parse.tid}` : '';
  const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const total = mainEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask').reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  console.log(`\n${floorDir ? 'With the floor (dummy annotator)' : extension ? 'With the extension' : 'Without the extension'}, ${rows} rows: page main thread ${round(total, 1)} ms of CPU in tasks\n`);
  console.log(`Self thread time by trace event (page main thread):\n${top(selfTimes(mainEvents), 25)}`);
  console.log(`\nLayouts (page main thread):\n${layouts(mainEvents, parse?.ts ?? 0)}`);
  for (const [key, name] of threads) {
    if (key === main || !/ServiceWorker|CrRendererMain/.test(name)) continue;
    const t = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.name === 'RunTask').reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
    if (t > 1) console.log(`\nOther thread ${name} (${key}): ${round(t, 1)} ms in tasks\n${top(selfTimes(events.filter((e) => `${e.pid}:${e.tid}` === key)), 12)}`);
  }
  const js = jsBuckets(profile as never);
  console.log(`\nContent script, inclusive sample time by function:\n${top(js.inclusive, 40)}`);
  console.log(`\nSelf sample time by function (all scripts):\n${top(js.self, 30)}`);
  if (extension && !floorDir) console.log(`\nWorker round trip of one 'recognized' message, ${rows} records (from an extension page):\n${await workerRoundTrip()}`);
} finally {
  await bench.close();
  await portal.close();
  if (floorDir) rmSync(floorDir, { recursive: true, force: true });
}
