import { browser } from 'wxt/browser';

export const E2E_NOW_KEY = 'nhacHan:e2eNow';

/**
 * The extension's "now". End-to-end tests freeze it (Playwright's clock does not reach the
 * service worker); the branch is compiled only into `wxt build --mode e2e`, so production
 * builds carry no override at all.
 */
export async function currentTime(): Promise<number> {
  if (import.meta.env.MODE === 'e2e') {
    const stored = (await browser.storage.local.get(E2E_NOW_KEY))[E2E_NOW_KEY];
    if (typeof stored === 'number' && Number.isFinite(stored)) return stored;
  }
  return Date.now();
}
