import { browser } from 'wxt/browser';
import type { BadgeState } from '../service/badge-state';

export async function applyBadge(state: BadgeState): Promise<void> {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const button = browser.action ?? browser.browserAction;
  await Promise.all([
    button.setBadgeText({ text: state.text }),
    button.setBadgeBackgroundColor({ color: state.color }),
    button.setTitle({ title: state.title }),
  ]);
}
