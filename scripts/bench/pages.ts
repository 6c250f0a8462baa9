/**
 * Extension pages with a large store: the popup's first rows and the dashboard's first table rows,
 * with a few dozen dossiers and with thousands, in the same browser.
 */
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../demo-portal';
import { manyDossiers } from '../demo-portal/dossiers';
import type { InPage } from '../browser';
import type { Bench } from './browser';
import { atMost, median, round, type Figure } from './stats';

const PER_MESSAGE = 5_000; // MAX_RECORDS of one `recognized` message

/** Stores `count` dossiers through the worker, as content scripts do, under `portal`. */
export async function seed(page: Page, portal: string, count: number, now: number) {
  const records = manyDossiers({ now, count }).map(({ id: _id, ...d }) => ({ ...d, url: `http://${DEMO_HOSTS.plain}/ho-so/${d.code}`, portal }));
  for (let i = 0; i < records.length; i += PER_MESSAGE) {
    const reply = await page.evaluate(
      (message) => (globalThis as InPage).chrome.runtime.sendMessage(message) as Promise<{ ok: boolean; error?: string }>,
      { type: 'recognized', portal, url: `http://${DEMO_HOSTS.plain}/ho-so/`, coverage: 'partial', records: records.slice(i, i + PER_MESSAGE) },
    );
    if (!reply.ok) throw new Error(`seeding failed: ${reply.error}`);
  }
}

/** Navigation start → first element matching `selector`, seen by a MutationObserver in the page. */
async function firstRender(bench: Bench, path: string, selector: string): Promise<number> {
  const page = await bench.context.newPage();
  await page.goto(`chrome-extension://${bench.extensionId}/${path}`, { waitUntil: 'commit' });
  const ms = await page.evaluate(
    (sel) =>
      new Promise<number>((resolve, reject) => {
        if (document.querySelector(sel)) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (!document.querySelector(sel)) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`${sel} did not appear`)), 60_000);
      }),
    selector,
  );
  await page.close();
  return ms;
}

/**
 * Each build's store seeded alike; the visits of `sides` alternate, so the machine's load hits them
 * alike. `floor` (dummy.ts's page floor, its own browser) is visited between them, beside each popup figure.
 */
export async function extensionPages(sides: Bench[], runs: number, now: number, hasDashboard: boolean, floor?: Bench): Promise<Figure[][]> {
  const controls = await Promise.all(
    sides.map(async (bench) => {
      const control = await bench.context.newPage();
      await control.goto(`chrome-extension://${bench.extensionId}/popup.html`);
      return control;
    }),
  );
  const floorTimes: number[] = [];
  const measure = async (path: string, selector: string) => {
    for (const bench of sides) await firstRender(bench, path, selector);
    const times: number[][] = sides.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [s, bench] of sides.entries()) times[s]!.push(await firstRender(bench, path, selector));
      if (floor) floorTimes.push(await firstRender(floor, 'floor.html', '.nh-item'));
    }
    return times.map(median);
  };
  const seedAll = (portal: string, count: number) => Promise.all(controls.map((c) => seed(c, portal, count, now)));
  await seedAll('bench-a', 50);
  const popupSmall = await measure('popup.html', '.nh-item');
  const dashSmall = hasDashboard ? await measure('dashboard.html', '.nh-row') : sides.map(() => NaN);
  await seedAll('bench-a', 5_000);
  const popupBig = await measure('popup.html', '.nh-item');
  await seedAll('bench-b', 5_000);
  const dashBig = hasDashboard ? await measure('dashboard.html', '.nh-row') : sides.map(() => NaN);
  await Promise.all(controls.map((c) => c.close()));

  return sides.map((_, s) => {
    const g = `Extension pages${s > 0 ? ', before' : ''} (median of ${runs})`;
    const dash = (v: number) => (hasDashboard ? round(v, 0) : 'n/a');
    const floorFigure: Figure[] =
      s === 0 && floorTimes.length > 0
        ? [{ group: g, name: 'floor: an extension page whose script puts 20 rows in at once (no store, no framework)', value: round(median(floorTimes), 0), unit: 'ms' }]
        : [];
    return [
      ...floorFigure,
      { group: g, name: 'popup first rows, 50 / 5,000 dossiers', value: `${round(popupSmall[s]!, 0)} / ${round(popupBig[s]!, 0)}`, unit: 'ms' },
      { group: g, name: 'popup first rows, 5,000 dossiers', value: round(popupBig[s]!, 0), unit: 'ms', ...atMost(round(popupBig[s]!, 0), 100) },
      { group: g, name: 'popup 5,000 ÷ 50', value: round(popupBig[s]! / popupSmall[s]!), unit: '×' },
      { group: g, name: 'dashboard first rows, 50 / 10,000 dossiers', value: hasDashboard ? `${dash(dashSmall[s]!)} / ${dash(dashBig[s]!)}` : 'n/a', unit: 'ms' },
      ...(hasDashboard ? [{ group: g, name: 'dashboard first rows, 10,000 dossiers', value: round(dashBig[s]!, 0), unit: 'ms', ...atMost(round(dashBig[s]!, 0), 200) }] : []),
      { group: g, name: 'dashboard 10,000 ÷ 50', value: hasDashboard ? round(dashBig[s]! / dashSmall[s]!) : 'n/a', unit: '×' },
    ];
  });
}
