/**
 * "Thêm cổng này": an optional host permission for one portal origin, and the portal content
 * script registered for it at runtime (the manifest's content_scripts only list the built-in hosts).
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../components/settings/draft';

// WXT's output path for entrypoints/portal.content.
const PORTAL_SCRIPT = 'content-scripts/portal.js';
const scriptId = (origin: string) => `portal:${origin}`;

/**
 * Must be called straight from the click handler: `permissions.request` needs the user gesture,
 * and Firefox drops it after any `await`.
 */
export function requestPortal(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
    if (granted) await registerPortalScript(origin);
    return granted;
  });
}

async function registerPortalScript(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [originPattern(origin)], js: [PORTAL_SCRIPT], runAt: 'document_start' },
  ]);
}

export async function releasePortal(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}
