/**
 * Sending the typed messages of utils/messaging from content scripts and pages. The background
 * answers `recognized` with the store's report plus the chip view of each record, computed with
 * its own clock and settings.
 */
import { browser } from 'wxt/browser';
// The client module, not the barrel: the barrel also exports the handler, which pulls in Dexie.
import { request } from '../messaging/client';
import type { MessageOf, MessageType, ResponseMap } from '../messaging';
import type { Locale } from '../i18n';
import type { DossierView } from './views';

export type RecognizedResponse = ResponseMap['recognized'] & { views: DossierView[]; locale: Locale };

export type ExtensionResponseMap = Omit<ResponseMap, 'recognized'> & { recognized: RecognizedResponse };

export async function send<T extends MessageType>(message: MessageOf<T>): Promise<ExtensionResponseMap[T]> {
  return (await request((m) => browser.runtime.sendMessage(m), message)) as ExtensionResponseMap[T];
}
