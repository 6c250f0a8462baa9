import { browser } from 'wxt/browser';

export const TICK_ALARM = 'nhac-han-tick';

/** Alarms may not survive a browser restart (before Chrome 150), so the worker re-creates it on start. */
export async function ensureTick(): Promise<void> {
  if (await browser.alarms.get(TICK_ALARM)) return;
  await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
}
