import type { DossierRecord } from '../portals/types';

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
