/** What the popup list shows, for the extension's popup and the userscript's panel alike. */
import type { MessageOf, MessageType } from '../messaging';
import type { ServiceResponseMap } from './responses';
import { isCurrent, type PopupSnapshot } from './snapshot';

export type Send = <T extends MessageType>(message: MessageOf<T>) => Promise<ServiceResponseMap[T]>;

/** Dossiers asked for first: more than the popup shows before it is scrolled (about 8). */
export const FIRST_SCREEN = 20;

export interface PopupLoad {
  views: PopupSnapshot['views'];
  locale: PopupSnapshot['locale'];
  partialLists: PopupSnapshot['partialLists'];
  /** The instant the views were computed at: dossiers unseen for days fold by it. */
  now: number;
  /** Per group and in all, the dossiers listed: more than `views` holds while only the first screen is in. */
  counts: PopupSnapshot['counts'];
  total: number;
  /** Set when the views were computed too long before the page's now to be shown as current. */
  asOf?: number;
}

function toLoad(answer: PopupSnapshot, at: number): PopupLoad {
  const { views, locale, partialLists, counts, total } = answer;
  return { views, locale, partialLists, now: answer.at, counts, total, ...(isCurrent(answer.at, at) ? {} : { asOf: answer.at }) };
}

/**
 * The service's popup list. With `early`: first the first screen from the service's last refresh
 * (handed to `early`, dated when it is old), then every dossier, current: the answer.
 */
export async function loadPopupData(send: Send, now: () => Promise<number>, early?: (first: PopupLoad) => void): Promise<PopupLoad> {
  if (early) {
    const [head, at] = await Promise.all([send({ type: 'get-popup', first: FIRST_SCREEN }), now()]);
    const first = toLoad(head, at);
    // A short list that is current is the whole answer.
    if (head.views.length === head.total && first.asOf === undefined) return first;
    early(first);
  }
  const [all, at] = await Promise.all([send({ type: 'get-popup' }), now()]);
  return toLoad(all, at);
}
