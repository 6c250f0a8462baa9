/**
 * The worker's side of utils/extension/tab-messages: it injects the annotator where the bootstrap
 * saw a list, keeps each tab's last report in `storage.session` (the worker keeps no memory), and
 * puts the "this tab" line into that tab's toolbar tooltip.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Locale } from '../i18n';
import { GET_TAB_REPORT, isTabReport, START_ANNOTATOR, TAB_REPORT, TEACH_START, type TabReport } from '../messaging/tab-report';
import { thisTab, thisTabLine } from '../service/this-tab';

/** WXT's output paths of entrypoints/igate-listener.ts and entrypoints/annotator.ts. */
const LISTENER_FILE = '/igate-listener.js';
export const ANNOTATOR_FILE = '/annotator.js';
const key = (tabId: number) => `tab:${tabId}`;
/** Whether a `storage.session` key is a tab's report (the worker also keeps the pages' first screens there). */
export const isTabKey = (k: string) => k.startsWith('tab:');

type Sender = Browser.runtime.MessageSender;

type Injection = Parameters<typeof browser.scripting.executeScript>[0];

/**
 * At once, not at the page's document_idle (the default, after its load event): the list is there
 * already. A browser whose scripting API does not know the option gets the default.
 */
const injectNow = (injection: Injection) =>
  browser.scripting.executeScript({ ...injection, injectImmediately: true }).catch(() => browser.scripting.executeScript(injection));

/**
 * The page-world iGate listener and the annotator, into the frame that asked, side by side: one
 * round trip to the page, not two. Their order does not matter: a listener injected now has seen no
 * response to replay; the one that has (iGate hosts, from document_start) is there before either.
 */
export async function startAnnotator(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await Promise.all([
    // Firefox before 128 has no MAIN world here: the DOM rows are read anyway.
    injectNow({ target, files: [LISTENER_FILE], world: 'MAIN' }).catch(() => undefined),
    injectNow({ target, files: [ANNOTATOR_FILE] }),
  ]);
}

/**
 * "Chỉ cho Nhắc Hạn cách đọc trang này", from the popup: the annotator into the tab's top frame
 * (where the bootstrap saw no list it is not there yet; it loads once per frame), then teach mode.
 * False when the tab did not take it (a page we may not script, a tab closed meanwhile).
 */
export async function startTeachingTab(tabId: number, locale: Locale): Promise<boolean> {
  try {
    await startAnnotator(tabId, 0);
    return (await browser.tabs.sendMessage(tabId, { type: TEACH_START, locale }, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}

export async function tabReport(tabId: number): Promise<TabReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return isTabReport(stored) ? stored : null;
}

async function saveReport(tabId: number, report: TabReport, locale: Locale, extraOrigins: readonly string[]): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
  const button = browser.action ?? browser.browserAction;
  const line = thisTabLine(thisTab({ url: report.url, report, extraOrigins }), locale);
  // The tab's own tooltip: its line above the global breakdown (a refresh rewrites only the global one).
  const overall = await button.getTitle({});
  await button.setTitle({ tabId, title: `${line}\n${overall}` });
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}

/**
 * Answers a tab message, or returns null for any other message (the store's handler takes those).
 * Only the sender's own tab is ever written: a page cannot report for another tab.
 */
export function tabMessage(
  raw: unknown,
  sender: Sender,
  settings: () => Promise<{ locale: Locale; extraOrigins: readonly string[] }>,
): Promise<unknown> | null {
  const message = raw as { type?: unknown; report?: unknown; tabId?: unknown } | null;
  const tabId = sender.tab?.id;
  switch (message?.type) {
    case START_ANNOTATOR:
      return tabId === undefined ? Promise.resolve(false) : startAnnotator(tabId, sender.frameId ?? 0).then(() => true);
    case TAB_REPORT:
      // Top frame only: the line is about the page the officer sees.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0 || !isTabReport(message.report)) return Promise.resolve(false);
      return settings().then((s) => saveReport(tabId, message.report as TabReport, s.locale, s.extraOrigins)).then(() => true);
    case GET_TAB_REPORT:
      // From the popup (an extension page), never from a portal page.
      if (sender.tab !== undefined && sender.url?.startsWith('http')) return Promise.resolve(null);
      return typeof message.tabId === 'number' ? tabReport(message.tabId) : Promise.resolve(null);
    default:
      return null;
  }
}
