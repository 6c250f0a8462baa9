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
import type { DossierView } from '../../utils/service/views';
import { welcomeUrl } from '../../utils/extension/welcome';

const load = (): Promise<PopupData> => loadPopupData(send, currentTime);

const openAndClose = (url: string) => void openUrl(url).then(() => window.close());

/**
 * The tab the popup was opened on. Its id needs no permission; its address is readable on hosts
 * we hold, and on any tab once the toolbar button was clicked (`activeTab`).
 */
const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];

async function loadThisTab(): Promise<ThisTabState> {
  const tab = await activeTab();
  if (tab?.id === undefined) return { kind: 'none' };
  const [report, settings] = await Promise.all([
    browser.runtime.sendMessage({ type: GET_TAB_REPORT, tabId: tab.id }) as Promise<unknown>,
    send({ type: 'get-settings' }),
  ]);
  return thisTab({
    url: tab.url,
    report: isTabReport(report) ? report : null,
    extraOrigins: settings.value.portals.extraOrigins,
  });
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

/** Reports of the annotator land in `storage.session` (utils/extension/tab-state.ts). */
function subscribe(changed: () => void): () => void {
  const listener = () => changed();
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}
const links: PopupLinks = { ...pageLinks(), printToday: browser.runtime.getURL('/dashboard.html?print=today' as '/popup.html') };

render(
  <PopupApp
    load={load}
    top={(locale) => (
      <ThisTab locale={locale} load={loadThisTab} subscribe={subscribe} enable={enable} onGuide={(section) => openAndClose(welcomeUrl(section))} />
    )}
    links={links}
    onNavigate={openAndClose}
    onOpen={(view: DossierView) => openAndClose(view.url)}
    onConfirm={(view, confirmed) => send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed }).then(() => undefined)}
    onLetter={(view) => openAndClose(letterPageUrl(browser.runtime.getURL('/letter.html'), view))}
  />,
  document.getElementById('app')!,
);
