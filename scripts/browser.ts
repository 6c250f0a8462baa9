/**
 * Chromium with a built Nhắc Hạn extension, for `npm start` and the e2e tests: production host
 * names resolve to the local demo server, so the manifest's real host permissions and
 * content-script matches apply unchanged. A persistent profile directory keeps IndexedDB across
 * restarts; an e2e build reads its frozen clock from `storage.local`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { E2E_NOW_KEY } from '../utils/extension/clock';

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // Not on PATH: try the Debian location below.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('Không tìm thấy Chromium: đặt CHROMIUM_PATH hoặc chạy `node scripts/ensure-chromium.mjs`');
}

export function browserArgs(extensionDir: string, port: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** `chrome` inside `evaluate` callbacks, which run in the worker or an extension page. */
export type InPage = typeof globalThis & { chrome: typeof browser };

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** The worker handle goes stale after a restart of the worker: always fetch it again. */
  worker(): Promise<Worker>;
  /** Freezes the extension's clock (e2e builds only; production builds ignore it). */
  setNow(epochMs: number): Promise<void>;
  badgeText(): Promise<string>;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowser(options: { extensionDir: string; port: number; userDataDir: string; now?: number; headless?: boolean }): Promise<Session> {
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: browserArgs(options.extensionDir, options.port),
    viewport: { width: 1280, height: 900 },
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const session: Session = {
    context,
    extensionId,
    worker,
    setNow: async (epochMs) => {
      await (await worker()).evaluate(([key, ms]) => (globalThis as InPage).chrome.storage.local.set({ [key]: ms }), [E2E_NOW_KEY, epochMs] as const);
    },
    badgeText: async () => (await worker()).evaluate(() => (globalThis as InPage).chrome.action.getBadgeText({})),
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    close: () => context.close(),
  };
  if (options.now !== undefined) await session.setNow(options.now);
  return session;
}

/**
 * Chips are mounted as their rows come near the viewport: bring each annotated row still without
 * a chip into view (both axes, inner scroll boxes too), as an officer scrolling through would,
 * then go back, so that every row's chip can be checked.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const back = [scrollX, scrollY] as const;
    for (const row of document.querySelectorAll('[data-nhac-han]')) {
      if (row.querySelector('nhac-han-chip')) continue;
      row.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise((r) => setTimeout(r, 30));
    }
    scrollTo(...back);
  });
}
