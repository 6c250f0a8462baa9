/**
 * `npx tsx scripts/bench/pages-trace.ts [--popup 5000] [--dashboard 10000]`: where the time of the
 * popup's and the dashboard's first rows goes with a large store. The worker's own answer to each
 * message the page sends (timed from an extension page), then one visit of each page under V8 CPU
 * profiles of the page and of the service worker, printed by function (self time). For
 * docs/performance.md; not part of `npm run bench`. Uses the build in BENCH_BUILD (unminified reads best).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { InPage } from '../browser';
import { launch, type Bench } from './browser';
import { seed } from './pages';
import { round } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Self and inclusive sample time (ms) per function. */
function buckets(profile: Profile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const key = name(byId.get(n)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  return { self, inclusive };
}

const top = (m: Map<string, number>, n: number) =>
  [...m]
    .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${round(v, 1).toString().padStart(7)} ms  ${k}`)
    .join('\n');

/** A CDP session on the service worker through a page's session (non-flattened target). */
async function workerSession(session: CDPSession) {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker');
  if (!target) throw new Error('service worker not running');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 1;
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const id = next++;
      const reply = new Promise<T>((resolve, reject) => {
        const onMessage = (event: { sessionId?: string; message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
          if (event.sessionId !== sessionId || message.id !== id) return;
          session.off('Target.receivedMessageFromTarget', onMessage);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result as T);
        };
        session.on('Target.receivedMessageFromTarget', onMessage);
      });
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return reply;
    },
    detach: () => session.send('Target.detachFromTarget', { sessionId }),
  };
}

/** Each message the page sends, answered by the worker, timed from an extension page (median of 3). */
async function roundTrips(control: Page, types: string[]): Promise<string> {
  const lines: string[] = [];
  for (const type of types) {
    const out = await control.evaluate(async (t) => {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const reply = (await (globalThis as InPage).chrome.runtime.sendMessage({ type: t })) as { ok: boolean; value: unknown };
        times.push(performance.now() - start);
        if (!reply.ok) throw new Error(`${t} refused`);
        size = JSON.stringify(reply.value).length;
      }
      return { ms: times.sort((a, b) => a - b)[1]!, size };
    }, type);
    lines.push(`  ${round(out.ms, 1).toString().padStart(7)} ms  ${type} (${round(out.size / 1024, 0)} KB as JSON)`);
  }
  return lines.join('\n');
}

/** One visit of `path` until `selector` appears, under CPU profiles of the page and the worker. */
async function profiled(bench: Bench, path: string, selector: string) {
  const page = await bench.context.newPage();
  const session = await bench.context.newCDPSession(page);
  const worker = await workerSession(session);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await worker.send('Profiler.enable');
  await worker.send('Profiler.setSamplingInterval', { interval: 100 });
  await worker.send('Profiler.start');
  await session.send('Profiler.start');
  const start = Date.now();
  await page.goto(`chrome-extension://${bench.extensionId}/${path}`, { waitUntil: 'commit' });
  // A string: tsx would wrap a named inner function in a helper the page does not have.
  const first = (await page.evaluate(
    `new Promise((resolve) => { const check = () => (document.querySelector(${JSON.stringify(selector)}) ? resolve(performance.now()) : requestAnimationFrame(check)); check(); })`,
  )) as number;
  const wall = Date.now() - start;
  const { profile: pageProfile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  const { profile: workerProfile } = await worker.send<{ profile: Profile }>('Profiler.stop');
  await worker.detach();
  await page.close();
  const p = buckets(pageProfile);
  const w = buckets(workerProfile);
  return [
    `${path}: first ${selector} at ${round(first, 0)} ms after navigation start (${wall} ms wall from goto)`,
    `Page, inclusive:\n${top(p.inclusive, 25)}`,
    `Page, self:\n${top(p.self, 15)}`,
    `Worker, inclusive:\n${top(w.inclusive, 20)}`,
    `Worker, self:\n${top(w.self, 12)}`,
  ].join('\n\n');
}

const popupCount = arg('popup', 5_000);
const dashCount = arg('dashboard', 10_000);
const bench = await launch({ port: 9, extension: true });
try {
  const control = await bench.context.newPage();
  await control.goto(`chrome-extension://${bench.extensionId}/popup.html`);
  const now = Date.now();
  await seed(control, 'bench-a', popupCount, now);
  console.log(`\n${popupCount} dossiers: worker answers\n${await roundTrips(control, ['get-dossiers', 'get-settings', 'get-recent-lists'])}`);
  await profiled(bench, 'popup.html', '.nh-item'); // warm-up
  console.log(`\n${await profiled(bench, 'popup.html', '.nh-item')}`);
  await seed(control, 'bench-b', dashCount - popupCount, now);
  await profiled(bench, 'dashboard.html', '.nh-row');
  console.log(`\n${dashCount} dossiers\n${await profiled(bench, 'dashboard.html', '.nh-row')}`);
} finally {
  await bench.close();
}
