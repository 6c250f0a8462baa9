import { browser } from 'wxt/browser';

/** Focuses a tab already showing the URL, otherwise opens it. */
export async function openUrl(url: string): Promise<void> {
  const [existing] = await browser.tabs.query({ url });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows?.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/**
 * The portal tab the popup speaks of: the active tab of its window; when the popup was opened as a
 * tab itself (keyboard users, tests), the tab used just before it.
 */
export async function portalTab(): Promise<{ id: number; url?: string } | null> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== undefined && t.id !== self?.id);
  const tab = self ? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] : tabs.find((t) => t.active);
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}
