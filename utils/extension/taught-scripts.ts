/**
 * Taught portals (issue 18) in the browser: a page the officer taught shows neither a national
 * dossier code nor a known header, so the bootstrap's cheap check (utils/annotate/detect.ts) calls
 * it "not a list". Instead of making every gov.vn page ask, the worker registers the annotator as a
 * content script for exactly the taught addresses (`scripting`, held already for the bootstrap):
 * other pages pay nothing, and a taught page needs no message before its chips.
 */
import { browser } from 'wxt/browser';
import type { TaughtAdapter } from '../portals/taught/types';
import { ANNOTATOR_FILE } from './tab-state';

const PREFIX = 'taught:';
const scriptId = (a: TaughtAdapter) => `${PREFIX}${a.origin}${a.path}`;

/**
 * The match pattern of a taught list: its host without the port (match patterns in Firefox have
 * none) and its path with anything after it (a query, a page number). Broader than the taught path
 * (`*` there is one segment): the annotator matches the address exactly itself.
 */
export function taughtMatchPattern(a: TaughtAdapter): string {
  const { protocol, hostname } = new URL(a.origin);
  return `${protocol}//${hostname}${a.path}*`;
}

/** Registers the annotator for every taught list and drops the scripts of lists no longer taught. */
export async function syncTaughtScripts(taught: readonly TaughtAdapter[]): Promise<void> {
  const wanted = new Map(taught.map((a) => [scriptId(a), taughtMatchPattern(a)]));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const stale = registered.filter((s) => s.matches?.[0] !== wanted.get(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  for (const [id, match] of wanted) {
    if (kept.has(id)) continue;
    // One by one: a portal whose host permission was taken back must not cost the others.
    await browser.scripting
      .registerContentScripts([{ id, matches: [match], js: [ANNOTATOR_FILE], runAt: 'document_idle' }])
      .catch((e: unknown) => console.warn('[Nhắc Hạn]', id, e));
  }
}
