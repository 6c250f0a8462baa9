/**
 * A portal outside the built-in hosts, enabled by the officer ("Dùng Nhắc Hạn trên trang này" in
 * the popup, "Thêm cổng này" in the settings): an optional host permission for its origin, the
 * bootstrap content script registered for it at runtime, and the origin kept in the settings.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import type { Send } from '../service/popup-data';
import { BOOTSTRAP_SCRIPT } from './bootstrap-script';

const BOOTSTRAP_FILE = `/${BOOTSTRAP_SCRIPT.file}` as const;
const scriptId = (origin: string) => `portal:${origin}`;
/** The match pattern an origin is granted and scripted with. */
const originPattern = (origin: string) => `${origin}/*`;

/**
 * Must be called straight from the click handler, before any `await`: `permissions.request`
 * needs the user gesture, and Firefox drops it after any `await`.
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
    { id, matches: [originPattern(origin)], js: [BOOTSTRAP_FILE], runAt: BOOTSTRAP_SCRIPT.runAt },
  ]);
}

/** The open tab gets the bootstrap now, without a reload (it loads the rest once it sees a list). */
export async function annotateTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [BOOTSTRAP_FILE] });
}

export async function releasePortal(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** The settings' list of enabled origins, changed through the worker (it validates and stores). */
export async function saveOrigins(send: Send, update: (origins: string[]) => string[]): Promise<Settings> {
  const { value } = await send({ type: 'get-settings' });
  const result = await send({ type: 'save-settings', patch: { portals: { extraOrigins: update(value.portals.extraOrigins) } } });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

export const addOrigin = (origin: string) => (list: string[]) => [...new Set([...list, origin])];
export const removeOrigin = (origin: string) => (list: string[]) => list.filter((o) => o !== origin);
