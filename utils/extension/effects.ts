import { browser } from 'wxt/browser';
import { applyBadge } from './badge';
import { letterPageUrl } from '../service/letter-page';
import { loadMemory, saveMemory, showNotifications } from './notifications';
import type { Effects, FirstScreens } from '../service/service';
import { openUrl } from './tabs';

/**
 * The extension's refresh results: toolbar badge, `notifications` API, memory in storage.local.
 * The letter page is opened here, not by the portal page: a page may only open an extension URL
 * listed as web-accessible for its origin, and portals added at runtime are not listed.
 * The pages' first screens go to `storage.session`: kept while the worker sleeps, gone with the
 * browser session, never on disk.
 */
const FIRST_SCREENS_KEY = 'nhacHan:firstScreens';

export const browserEffects: Effects = {
  applyBadge,
  loadMemory,
  saveMemory,
  showNotifications,
  openLetter: ([portal, code]) => openUrl(letterPageUrl(browser.runtime.getURL('/letter.html'), { portal, code })),
  keepFirstScreens: (screens) => browser.storage.session.set({ [FIRST_SCREENS_KEY]: screens }),
  loadFirstScreens: async () => {
    const stored = (await browser.storage.session.get(FIRST_SCREENS_KEY))[FIRST_SCREENS_KEY] as FirstScreens | undefined;
    // Written only by this worker; a shape from an older version is simply not used.
    return stored && Array.isArray(stored.popup?.views) && Array.isArray(stored.table?.keys) ? stored : null;
  },
};
