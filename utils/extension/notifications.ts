import { browser } from 'wxt/browser';
import type { NotifyMemory, PlannedNotification } from '../service/notify-plan';
import { EMPTY_MEMORY } from '../service/notify-plan';
import { openUrl } from './tabs';

const MEMORY_KEY = 'nhacHan:notified';
const TARGETS_KEY = 'nhacHan:notificationTargets';
const MAX_TARGETS = 200;

// The worker may stop between showing a notification and its click, so the target lives in storage.
type Targets = Record<string, string>;

export async function loadMemory(): Promise<NotifyMemory> {
  const value = (await browser.storage.local.get(MEMORY_KEY))[MEMORY_KEY] as NotifyMemory | undefined;
  return value && Array.isArray(value.fired) ? value : EMPTY_MEMORY;
}

export async function saveMemory(memory: NotifyMemory): Promise<void> {
  await browser.storage.local.set({ [MEMORY_KEY]: memory });
}

export async function showNotifications(list: readonly PlannedNotification[]): Promise<void> {
  if (list.length === 0) return;
  const targets = ((await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY] ?? {}) as Targets;
  for (const n of list) {
    await browser.notifications.create(n.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
    });
    if (n.url) targets[n.id] = n.url;
  }
  const kept = Object.fromEntries(Object.entries(targets).slice(-MAX_TARGETS));
  await browser.storage.local.set({ [TARGETS_KEY]: kept });
}

/** Click: open the dossier's page in the portal (the digest has no single target). */
export async function onNotificationClicked(id: string): Promise<void> {
  const targets = ((await browser.storage.local.get(TARGETS_KEY))[TARGETS_KEY] ?? {}) as Targets;
  const url = targets[id];
  if (url) await openUrl(url);
  await browser.notifications.clear(id);
}
