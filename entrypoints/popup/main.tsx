import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, ThisTab, type PopupData, type PopupLinks } from '../../components/PopupApp';
import { currentTime } from '../../utils/extension/clock';
import { pageLinks } from '../../utils/extension/page-links';
import { letterPageUrl } from '../../utils/service/letter-page';
import { send } from '../../utils/extension/messages';
import { loadPopupData } from '../../utils/service/popup-data';
import { addOrigin, annotateTab, requestPortal, saveOrigins } from '../../utils/extension/portal-access';
import { GET_TAB_REPORT, isTabReport } from '../../utils/messaging/tab-report';
import { thisTab, type ThisTab as ThisTabState } from '../../utils/service/this-tab';
import { openUrl } from '../../utils/extension/tabs';
import type { ListedView } from '../../utils/service/views';
import { welcomeUrl } from '../../utils/extension/welcome';
import { downloadText } from '../../components/dashboard/download';
import { isTabKey, startTeachingTab } from '../../utils/extension/tab-state';
import type { Locale } from '../../utils/i18n';
import { taughtFileName, taughtFileText } from '../../utils/portals/taught/file';
import { taughtFor } from '../../utils/portals/taught/guard';
import type { TaughtAdapter } from '../../utils/portals/taught/types';

const load = (early?: (first: PopupData) => void): Promise<PopupData> => loadPopupData(send, currentTime, early);

const openAndClose = (url: string) => void openUrl(url).then(() => window.close());

/**
 * The tab the popup was opened on. Its id needs no permission; its address is readable on hosts
 * we hold, and on any tab once the toolbar button was clicked (`activeTab`).
 */
const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];

/** The taught portal of the tab's page, kept when the line loads: "share" must not wait (the click's gesture). */
let taughtHere: TaughtAdapter | undefined;

async function loadThisTab(): Promise<ThisTabState> {
  const tab = await activeTab();
  if (tab?.id === undefined) return { kind: 'none' };
  const [raw, settings] = await Promise.all([
    browser.runtime.sendMessage({ type: GET_TAB_REPORT, tabId: tab.id }) as Promise<unknown>,
    send({ type: 'get-settings' }),
  ]);
  const report = isTabReport(raw) ? raw : null;
  const url = tab.url ?? report?.url;
  taughtHere = url ? taughtFor(settings.value.portals.taught, url)[0] : undefined;
  return thisTab({ url: tab.url, report, extraOrigins: settings.value.portals.extraOrigins });
}

/** Teach mode in the tab; the popup closes so the officer can click on the page. */
async function teach(locale: Locale): Promise<boolean> {
  const tab = await activeTab();
  const started = tab?.id !== undefined && (await startTeachingTab(tab.id, locale));
  if (started) window.close();
  return started;
}

function share(): string | null {
  if (!taughtHere) return null;
  const name = taughtFileName(taughtHere);
  downloadText(name, taughtFileText([taughtHere]), 'application/json');
  return name;
}

/** "Bật": permission (asked first, inside the click), the origin kept, the open tab annotated now. */
function enable(origin: string): Promise<boolean> {
  const asked = requestPortal(origin);
  return asked.then(async (granted) => {
    if (!granted) return false;
    await saveOrigins(send, addOrigin(origin));
    const tab = await activeTab();
    if (tab?.id !== undefined) await annotateTab(tab.id);
    return true;
  });
}

/** Reports of the annotator land in `storage.session` (utils/extension/tab-state.ts); every refresh's first screens too, not the line's business. */
function subscribe(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some(isTabKey)) changed();
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}
const links: PopupLinks = { ...pageLinks(), printToday: browser.runtime.getURL('/dashboard.html?print=today' as '/popup.html') };

render(
  <PopupApp
    load={load}
    top={(locale) => (
      <ThisTab
        locale={locale}
        load={loadThisTab}
        subscribe={subscribe}
        enable={enable}
        onGuide={(section) => openAndClose(welcomeUrl(section))}
        onTeach={() => teach(locale)}
        onShare={share}
      />
    )}
    links={links}
    onNavigate={openAndClose}
    onOpen={(view: ListedView) => openAndClose(view.url)}
    onConfirm={(view, confirmed) => send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed }).then(() => undefined)}
    onLetter={(view) => openAndClose(letterPageUrl(browser.runtime.getURL('/letter.html'), view))}
  />,
  document.getElementById('app')!,
);
