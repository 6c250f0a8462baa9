import type { DossierRecord } from '../portals/types';
import type { MessageOf } from '../messaging';

/**
 * A row read from the DOM, completed by the same dossier from the page's own search response
 * (exact times, both deadlines, status code), which is more precise than the cell text. The
 * row's own link is kept when it points at the dossier.
 */
export function mergeRecord(dom: DossierRecord, api: DossierRecord | undefined, pageUrl: string): DossierRecord {
  if (!api) return dom;
  const merged: DossierRecord = { ...dom };
  for (const key of Object.keys(api) as (keyof DossierRecord)[]) {
    if (api[key] !== null && api[key] !== 'unknown') Object.assign(merged, { [key]: api[key] });
  }
  if (dom.url !== pageUrl) merged.url = dom.url;
  merged.portal = dom.portal;
  return merged;
}

type Recognized = MessageOf<'recognized'>;

/**
 * Whether two `recognized` messages carry the same reading of the page, compared value by value
 * (every field, present and future, arrays such as `dateOnly` included): the same rows again need
 * no round trip, and a 20,000-row list is not turned into one long string (a long task of its own)
 * to find that out.
 */
export function sameReading(a: Recognized, b: Recognized): boolean {
  return sameValue(a, b);
}

/** Whether two readings of a row are the same, value by value. */
export const sameRecord = (a: DossierRecord, b: DossierRecord): boolean => sameValue(a, b);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
