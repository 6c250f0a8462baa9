/** What the popup list shows, for the extension's popup and the userscript's panel alike. */
import type { MessageOf, MessageType } from '../messaging';
import { partialLists } from './coverage';
import type { ServiceResponseMap } from './responses';
import { compareViews, dossierView } from './views';

export type Send = <T extends MessageType>(message: MessageOf<T>) => Promise<ServiceResponseMap[T]>;

export async function loadPopupData(send: Send, now: () => Promise<number>) {
  const [dossiers, settings, lists, at] = await Promise.all([
    send({ type: 'get-dossiers' }),
    send({ type: 'get-settings' }),
    send({ type: 'get-recent-lists' }),
    now(),
  ]);
  const { rules, locale } = settings.value;
  const views = dossiers.map((d) => dossierView(d, at, rules, locale)).sort(compareViews);
  return { views, locale, partialLists: partialLists(lists), now: at };
}
