/**
 * No outbound requests from any extension context: every request the browser context sees (pages,
 * extension pages, the service worker) must go to a portal host, the extension itself, or data:/blob:.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { vnEpoch } from '../../utils/time/vn-time';
import { DEMO_HOSTS, DEMO_PAGES } from '../../scripts/demo-portal';
import { TICK_ALARM } from '../../utils/extension/alarms';
import { codesOnPage, openLookedAt, startHarness, type Harness, type InPage } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
/** Written by the worker's tick when it has finished (PURGE_DAY_KEY in utils/extension/service.ts). */
const TICK_DONE_KEY = 'nhacHan:lastPurgeDay';
const PORTAL_HOSTS = new Set<string>(Object.values(DEMO_HOSTS));

let h: Harness;
const seen: Array<{ url: string; from: string }> = [];

/** Where a request came from: the worker, the page it was made by, or the page a navigation opens. */
function origin(request: Request): string {
  if (request.serviceWorker()) return 'service worker';
  // A navigation to a page still being created (a new tab) has no frame yet: Playwright throws.
  if (request.isNavigationRequest()) return `navigation to ${request.url()}`;
  return request.frame().page()?.url() ?? '?';
}

function record(request: Request) {
  seen.push({ url: request.url(), from: origin(request) });
}

/**
 * The only extension loaded is ours (`--disable-extensions-except`); its host is the id, or a
 * per-session GUID for resources marked `use_dynamic_url` (the chip stylesheet).
 */
function allowed(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'chrome-extension:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:') && PORTAL_HOSTS.has(u.hostname);
}

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  h.session.context.on('request', record);
});
afterAll(async () => {
  await h?.close();
});

describe('network traffic of the extension', () => {
  it('is recorded from the service worker too (control)', async () => {
    const worker = await h.session.worker();
    await worker.evaluate(() => fetch((globalThis as InPage).chrome.runtime.getURL('/popup.html')).then((r) => r.text()));
    await expect.poll(() => seen.some((r) => r.from === 'service worker' && r.url.endsWith('/popup.html'))).toBe(true);
  });

  it('goes nowhere but the portal hosts and the extension across portal pages and every extension page', async () => {
    const id = h.session.extensionId;
    let plainCode = '';
    for (const [url] of DEMO_PAGES) {
      // The bootstrap's verdict on a page that is no list, or a whole scan with its message answered.
      const page = await openLookedAt(h.session.context, url);
      if (url === `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`) plainCode = [...(await codesOnPage(page))][0]!;
      await page.close();
    }
    expect(plainCode).not.toBe('');
    // Each extension page has rendered what it shows (a positive sign that its code ran).
    const pages: Array<[string, string]> = [
      ['popup.html', '.nh-item'],
      ['options.html', 'button[data-action="save"]'],
      ['dashboard.html', 'tr[data-code]'],
      // A dossier of the plain list read above, so the letter page has a letter to show.
      [`letter.html?portal=generic&code=${encodeURIComponent(plainCode)}`, 'button:has-text("Tải DOCX")'],
    ];
    for (const [path, shown] of pages) {
      const page = await h.session.open(`chrome-extension://${id}/${path}`);
      await page.locator(shown).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    // A tick of the worker (badge, notifications, purge) is part of its normal life too: fire it
    // now and wait until it has finished (it writes the day of its purge last).
    const worker = await h.session.worker();
    await worker.evaluate(async ([name, key]) => {
      await (globalThis as InPage).chrome.storage.local.remove(key!);
      await (globalThis as InPage).chrome.alarms.create(name!, { when: Date.now() + 10, periodInMinutes: 1 });
    }, [TICK_ALARM, TICK_DONE_KEY]);
    await expect
      .poll(async () => (await h.session.worker()).evaluate(async (key) => (await (globalThis as InPage).chrome.storage.local.get(key))[key], TICK_DONE_KEY))
      .toBe('2026-11-18');

    expect(seen.length).toBeGreaterThan(DEMO_PAGES.length);
    // Extension pages' own requests are seen (their scripts and styles).
    expect(seen.some((r) => r.from.startsWith(`chrome-extension://${id}/popup.html`) && r.url.endsWith('.js'))).toBe(true);
    expect(seen.filter((r) => !allowed(r.url))).toEqual([]);
  });
});
