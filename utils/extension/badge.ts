import { browser } from 'wxt/browser';
import type { BadgeState } from './badge-state';

export async function applyBadge(state: BadgeState): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setTitle({ title: state.title }),
  ]);
}
