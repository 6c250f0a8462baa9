import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureTick, TICK_ALARM } from '../utils/extension/alarms';
import { currentTime } from '../utils/extension/clock';
import { browserEffects } from '../utils/extension/effects';
import { changesChips, chipsVersion, keepChips, newChipsVersion } from '../utils/extension/kept-chips';
import { onNotificationClicked } from '../utils/extension/notifications';
import type { RecognizedResponse } from '../utils/service/responses';
import { handleMessage, refresh, tick, type Service } from '../utils/service/service';
import { getSettings, openNhacHanDb } from '../utils/store';
import { forgetTab, tabMessage } from '../utils/extension/tab-state';
import { openWelcome } from '../utils/extension/welcome';
import { syncTaughtScripts } from '../utils/extension/taught-scripts';

const warn = (e: unknown) => console.warn('[Nhắc Hạn]', e);

/** Messages after which the taught portals may have changed (a backup restored through data-changed). */
const TAUGHT_CHANGES: ReadonlySet<unknown> = new Set(['save-taught', 'save-settings', 'data-changed']);

export default defineBackground(() => {
  // Opening the database is lazy in Dexie; the worker may be stopped and restarted at any time.
  const service: Service = { db: openNhacHanDb(), now: currentTime, effects: browserEffects };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Listeners first and synchronously, so an event that woke the worker is not missed.
  const syncTaught = () =>
    getSettings(service.db)
      .then(({ value }) => syncTaughtScripts(value.portals.taught))
      .catch(warn);
  const tabSettings = async () => {
    const { value } = await getSettings(service.db);
    return { locale: value.locale, extraOrigins: value.portals.extraOrigins };
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // The tab's own business (annotator, "this tab" line) is not the store's.
    const forTab = tabMessage(message, sender, tabSettings);
    if (forTab) {
      void forTab.then(sendResponse, (e: unknown) => (warn(e), sendResponse(null)));
      return true;
    }
    const fromPage = sender.tab !== undefined && !sender.url?.startsWith(extensionOrigin);
    const type = (message as { type?: unknown } | null)?.type;
    void handleMessage(service, message, fromPage, sender.url).then(async ({ reply, settled }) => {
      // A list keeps its chips' context while their version stays (utils/extension/kept-chips.ts).
      const recognized = type === 'recognized' && reply.ok;
      const version = changesChips(type, reply) ? newChipsVersion() : recognized ? chipsVersion() : null;
      const current = await version?.catch(warn);
      if (current && recognized) {
        const answer = { ...(reply.value as RecognizedResponse), chipsVersion: current };
        sendResponse({ ok: true, value: answer });
        // Kept here, not by the page: no work on the portal's thread, and under the page's real address.
        if (fromPage && sender.url) void keepChips(sender.url, answer).catch(warn);
      } else sendResponse(reply);
      if (reply.ok && TAUGHT_CHANGES.has(type)) void syncTaught();
      return settled.catch(warn);
    });
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void tick(service, browser.storage.local);
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  // The badge is not kept across browser restarts; recompute it when the profile starts.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void refresh(service);
    // An update may rename the annotator's file; the registrations follow the stored list.
    void syncTaught();
    if (reason === 'install') void openWelcome();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onStartup.addListener(() => void refresh(service));

  void ensureTick();
});
