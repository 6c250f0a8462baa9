import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupData } from '../../components/PopupApp';
import { currentTime } from '../../utils/extension/clock';
import { partialLists } from '../../utils/extension/coverage';
import { letterPageUrl } from '../../utils/extension/letter-page';
import { send } from '../../utils/extension/messages';
import { openUrl } from '../../utils/extension/tabs';
import { compareViews, dossierView, type DossierView } from '../../utils/extension/views';

async function load(): Promise<PopupData> {
  const [dossiers, settings, lists, now] = await Promise.all([
    send({ type: 'get-dossiers' }),
    send({ type: 'get-settings' }),
    send({ type: 'get-recent-lists' }),
    currentTime(),
  ]);
  const { rules, locale } = settings.value;
  const views = dossiers.map((d) => dossierView(d, now, rules, locale)).sort(compareViews);
  return { views, locale, partialLists: partialLists(lists) };
}

const openAndClose = (url: string) => void openUrl(url).then(() => window.close());

render(
  <PopupApp
    load={load}
    onOpen={(view: DossierView) => openAndClose(view.url)}
    onConfirm={(view) => send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed: true }).then(() => undefined)}
    onLetter={(view) => openAndClose(letterPageUrl(browser.runtime.getURL('/letter.html'), view))}
  />,
  document.getElementById('app')!,
);
