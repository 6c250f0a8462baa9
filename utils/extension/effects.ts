import { browser } from 'wxt/browser';
import { applyBadge } from './badge';
import { letterPageUrl } from '../service/letter-page';
import { loadMemory, saveMemory, showNotifications } from './notifications';
import type { Effects } from '../service/service';
import { openUrl } from './tabs';

/**
 * The extension's refresh results: toolbar badge, `notifications` API, memory in storage.local.
 * The letter page is opened here, not by the portal page: a page may only open an extension URL
 * listed as web-accessible for its origin, and portals added at runtime are not listed.
 */
export const browserEffects: Effects = {
  applyBadge,
  loadMemory,
  saveMemory,
  showNotifications,
  openLetter: ([portal, code]) => openUrl(letterPageUrl(browser.runtime.getURL('/letter.html'), { portal, code })),
};
