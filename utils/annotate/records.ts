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
 * Whether two `recognized` messages carry the same reading of the page, compared field by field:
 * the same rows again need no round trip, and a 20,000-row list is not turned into one long
 * string (a long task of its own) to find that out.
 */
export function sameReading(a: Recognized, b: Recognized): boolean {
  if (a.portal !== b.portal || a.url !== b.url || a.coverage !== b.coverage || a.records.length !== b.records.length) return false;
  if (JSON.stringify(a.seen) !== JSON.stringify(b.seen) || JSON.stringify(a.listedBefore) !== JSON.stringify(b.listedBefore)) return false;
  return a.records.every((r, i) => sameRecord(r, b.records[i]!));
}

function sameRecord(a: DossierRecord, b: DossierRecord): boolean {
  const keys = Object.keys(a) as (keyof DossierRecord)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
