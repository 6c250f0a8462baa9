import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome), opened once on install and from the popup's "Hướng dẫn". */
export const welcomeUrl = (hash = '') => browser.runtime.getURL(`/welcome.html${hash}`);

export async function openWelcome(hash = ''): Promise<void> {
  await browser.tabs.create({ url: welcomeUrl(hash) });
}
