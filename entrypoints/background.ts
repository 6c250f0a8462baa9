import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureTick, TICK_ALARM } from '../utils/extension/alarms';
import { currentTime } from '../utils/extension/clock';
import { browserEffects } from '../utils/extension/effects';
import { onNotificationClicked } from '../utils/extension/notifications';
import { handleMessage, refresh, tick, type Service } from '../utils/service/service';
import { openNhacHanDb } from '../utils/store';

export default defineBackground(() => {
  // Opening the database is lazy in Dexie; the worker may be stopped and restarted at any time.
  const service: Service = { db: openNhacHanDb(), now: currentTime, effects: browserEffects };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Listeners first and synchronously, so an event that woke the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const fromPage = sender.tab !== undefined && !sender.url?.startsWith(extensionOrigin);
    void handleMessage(service, message, fromPage).then(({ reply, settled }) => {
      sendResponse(reply);
      return settled.catch((e: unknown) => console.warn('[Nhắc Hạn]', e));
    });
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void tick(service, browser.storage.local);
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  // The badge is not kept across browser restarts; recompute it when the profile starts.
  browser.runtime.onInstalled.addListener(() => void refresh(service));
  browser.runtime.onStartup.addListener(() => void refresh(service));

  void ensureTick();
});
