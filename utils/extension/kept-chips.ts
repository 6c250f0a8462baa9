/**
 * A list's last chip context (utils/service/page-views.ts), kept so that the next visit of the list
 * draws its chips before the worker answers: on a reload, the answer is the longest wait after
 * reading the rows. The worker keeps each page's answer as it sends it, in `storage.local` (the
 * portal's own storage is the portal's to read), one key per list (origin and path of the page's
 * own address: `listKey`, no query string, so no token of the portal's); the page only reads it.
 *
 * Only while nothing a chip shows has changed since: every answer carries the store's *chips
 * version*, which the worker replaces on every such change (a confirmation, a letter, settings, an
 * import or an erase, a list whose reading changed a dossier) and then drops every kept context. A
 * context answered before the change carries the old version and is not used, so a reload never
 * shows a chip the officer has already changed (a late dossier whose letter went out).
 */
import { browser } from 'wxt/browser';
import type { MessageType } from '../messaging';
import { listKey } from '../portals/list-key';
import type { ChipContext } from '../service/page-views';
import { VIEW_CHANGES } from '../service/changes';
import type { RecognizedResponse } from '../service/responses';
import { currentTime } from './clock';

const VERSION_KEY = 'nhacHan:chipsVersion';
const LIST_PREFIX = 'nhacHan:chips:';
/** Rows kept of one list (its pages add up): the newest first. */
const KEPT_ROWS = 2_000;

export type KeptChips = Omit<ChipContext, 'now'> & { version: string };

/** Whether a message answered so changed what a chip shows (a `recognized` when it changed a dossier). */
export function changesChips(type: unknown, reply: { ok: boolean; value?: unknown }): boolean {
  if (!reply.ok) return false;
  if (type === 'recognized') {
    const { inserted, updated } = reply.value as RecognizedResponse;
    return inserted + updated > 0;
  }
  return VIEW_CHANGES.has(type as MessageType);
}

const keyOf = (url: string) => {
  const list = listKey(url);
  return list === null ? null : LIST_PREFIX + list;
};

// ── The worker's side ──

let version: Promise<string> | undefined;

/** The version the store's chips are at (kept across the worker's restarts). */
export function chipsVersion(): Promise<string> {
  version ??= browser.storage.local.get(VERSION_KEY).then(async (stored) => {
    const kept = stored[VERSION_KEY];
    return typeof kept === 'string' ? kept : newChipsVersion();
  });
  return version;
}

/** After a change a chip may show: a new version, and no list's context kept from before it. */
export function newChipsVersion(): Promise<string> {
  const next = crypto.randomUUID();
  version = (async () => {
    const all = await browser.storage.local.get(null);
    await browser.storage.local.remove(Object.keys(all).filter((key) => key.startsWith(LIST_PREFIX)));
    await browser.storage.local.set({ [VERSION_KEY]: next });
    return next;
  })();
  return version;
}

/**
 * Keeps an answer for the list of the page at `url` (the sender's own address, not what the page
 * says it is), with the rows its other pages had if of the same version. The worker's work.
 */
export async function keepChips(url: string, answer: RecognizedResponse): Promise<void> {
  const key = keyOf(url);
  if (!key || !answer.chipsVersion) return;
  const before = (await browser.storage.local.get(key))[key] as KeptChips | undefined;
  const same = before?.version === answer.chipsVersion && typeof before.stored === 'object' && before.stored !== null;
  const earlier = same ? Object.entries(before.stored).filter(([k]) => !(k in answer.stored)) : [];
  const stored = Object.fromEntries([...Object.entries(answer.stored), ...earlier].slice(0, KEPT_ROWS));
  const kept: KeptChips = { version: answer.chipsVersion, rules: answer.rules, locale: answer.locale, stored };
  await browser.storage.local.set({ [key]: kept });
}

// ── The page's side ──

/** The context kept for this page's list, at the current time; null when none is current. */
export async function keptChips(url: string): Promise<ChipContext | null> {
  const key = keyOf(url);
  if (!key) return null;
  const stored = await browser.storage.local.get([VERSION_KEY, key]);
  const kept = stored[key] as Partial<KeptChips> | undefined;
  // A damaged copy is no context: the page waits for the answer as on a first visit.
  const object = (value: unknown) => typeof value === 'object' && value !== null;
  if (!kept || kept.version !== stored[VERSION_KEY] || !object(kept.stored) || !object(kept.rules) || (kept.locale !== 'vi' && kept.locale !== 'en')) return null;
  return { rules: kept.rules!, locale: kept.locale, stored: kept.stored!, now: await currentTime() };
}
