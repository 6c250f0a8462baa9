import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupData } from '../../components/PopupApp';
import { currentTime } from '../../utils/extension/clock';
import { letterPageUrl } from '../../utils/service/letter-page';
import { send } from '../../utils/extension/messages';
import { loadPopupData } from '../../utils/service/popup-data';
import { openUrl } from '../../utils/extension/tabs';
import type { DossierView } from '../../utils/service/views';

const load = (): Promise<PopupData> => loadPopupData(send, currentTime);

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
