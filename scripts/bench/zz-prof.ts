import { startDemoPortal } from '../demo-portal';
import { launch } from './browser';
import { listUrl } from './page-cost';
import { installProbe, settle } from './probe';

const portal = await startDemoPortal({ port: 0 });
const bench = await launch({ port: portal.port, extension: true, build: process.env.PROF_BUILD! });
const totals = new Map<string, number>();
for (let run = 0; run < 6; run++) {
  const page = await bench.context.newPage();
  await page.addInitScript(installProbe);
  const s = await bench.context.newCDPSession(page);
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: 100 });
  await s.send('Profiler.start');
  await page.goto(listUrl(500), { waitUntil: 'commit' });
  await settle(page, 500);
  const { profile } = (await s.send('Profiler.stop')) as { profile: any };
  await page.close();
  if (run === 0) continue;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dts: number[] = profile.timeDeltas;
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id);
    const url = String(n.callFrame.url);
    const key = (url.includes('chrome-extension') ? 'EXT ' : url ? 'PAGE ' : '') + n.callFrame.functionName + ' ' + url.split('/').pop() + ':' + n.callFrame.lineNumber;
    totals.set(key, (totals.get(key) ?? 0) + (dts[i + 1] ?? 0) / 1000);
  });
}
const sorted = [...totals].sort((a, b) => b[1] - a[1]);
const ext = sorted.filter(([k]) => k.startsWith('EXT')).reduce((s, [, v]) => s + v, 0) / 5;
console.log('ext self ms/visit', ext.toFixed(1));
for (const [k, v] of sorted.filter(([k]) => k.startsWith('EXT')).slice(0, 45)) console.log((v / 5).toFixed(2), k);
await bench.close?.();
process.exit(0);
