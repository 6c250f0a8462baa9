/**
 * Where the chip placements given up on a portal (utils/annotate/given-up-tries.ts) are kept for
 * the next visit: storage.local, one key per portal origin, written by the portal page's annotator
 * itself (a layout fact of the page, no dossier in it; not worth a message to the worker). The
 * origin alone names the key: no path, no query string, so no token of the portal's.
 */
import { browser } from 'wxt/browser';
import type { PlacementMemory } from '../annotate/given-up-tries';

const PLACEMENT_PREFIX = 'nhacHan:placement:';

export function keptPlacement(origin: string): PlacementMemory {
  const key = PLACEMENT_PREFIX + origin;
  return {
    read: async () => (await browser.storage.local.get(key))[key],
    write: (kept) => browser.storage.local.set({ [key]: kept }),
  };
}
