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
