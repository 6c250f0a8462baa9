/**
 * The e2e harness: the demo portal on a random port, Chromium with the e2e build of the extension
 * (launcher in scripts/browser.ts) and a throwaway profile that survives `restart`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openBrowser, scrollThrough } from '../../scripts/browser';
import { startDemoPortal } from '../../scripts/demo-portal';
import { DOSSIER_CODE_RE } from '../../utils/portals/generic/extract';
import { SCAN_MARK } from '../../utils/annotate/scan-mark';

export { browserArgs, findChromium, openBrowser, scrollThrough, type InPage, type Session } from '../../scripts/browser';

/** `wxt build --mode e2e`; NHAC_HAN_E2E_BUILD points at a copy when other builds share `.output/`. */
export const E2E_BUILD = resolve(process.env.NHAC_HAN_E2E_BUILD ?? '.output/chrome-mv3-e2e');

/** Demo portal + browser + a throwaway profile directory; `restart` keeps the profile. */
export async function startHarness(options: { now: number; extensionDir?: string }) {
  const portal = await startDemoPortal({ port: 0, now: options.now });
  const userDataDir = mkdtempSync(join(tmpdir(), 'nhac-han-e2e-'));
  const launch = () =>
    openBrowser({ extensionDir: options.extensionDir ?? E2E_BUILD, port: portal.port, userDataDir, now: options.now });
  let session = await launch();
  return {
    get session() {
      return session;
    },
    async restart() {
      await session.close();
      session = await launch();
      return session;
    },
    async close() {
      await session.close();
      await portal.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** Code of each marked row with the texts of the chips inside it (exactly one expected). */
export async function chipsByRow(page: Page): Promise<Map<string, string[]>> {
  await scrollThrough(page);
  const rows = await page.locator('[data-nhac-han]').evaluateAll((els) =>
    els.map((row) => [
      row.getAttribute('data-nhac-han')!.split('|')[1]!,
      [...row.querySelectorAll('nhac-han-chip')].map((host) => host.shadowRoot?.querySelector('.nh-chip')?.textContent ?? ''),
    ]),
  );
  return new Map(rows as [string, string[]][]);
}

/** Dossier codes in the page's visible text (docs/domain.md §7); our chips and panels sit in shadow roots, which innerText does not enter. */
export async function codesOnPage(page: Page): Promise<Set<string>> {
  return new Set((await page.locator('body').innerText()).match(new RegExp(DOSSIER_CODE_RE.source, 'g')) ?? []);
}

/** Layouts the page has done so far (CDP `Performance.getMetrics`; the session must have `Performance.enable`d). */
export async function layoutCount(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'LayoutCount')!.value;
}

/** Scans the annotator (extension or userscript) has finished on the page. */
export async function scansDone(page: Page): Promise<number> {
  return page.evaluate((mark) => Number(document.documentElement.getAttribute(mark) ?? 0), SCAN_MARK);
}

/**
 * Waits until the page has been scanned more than `after` times: the positive sign that the code
 * ran (and, for a page with rows, that the worker answered), before a test asserts that nothing came of it.
 */
export async function waitForScan(page: Page, after = 0): Promise<void> {
  await expect.poll(() => scansDone(page), { timeout: 15_000 }).toBeGreaterThan(after);
}

/** What the e2e build's bootstrap logs when its check found no dossier list (entrypoints/portal.content). */
export const BOOTSTRAP_NOT_A_LIST = '[Nhắc Hạn] bootstrap: not a dossier list';

/**
 * Opens `url` and waits for the positive sign that the extension looked at it: the bootstrap's
 * "not a list" verdict (then nothing else loads), or a finished scan of the annotator.
 */
export async function openLookedAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const verdict = new Promise<void>((resolve) => page.on('console', (m) => m.text() === BOOTSTRAP_NOT_A_LIST && resolve()));
  await page.goto(url);
  const scanned = waitForScan(page);
  scanned.catch(() => undefined);
  await Promise.race([verdict, scanned]);
  return page;
}
