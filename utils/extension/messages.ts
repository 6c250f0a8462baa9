/** Sending the typed messages of utils/messaging from content scripts and pages to the worker. */
import { browser } from 'wxt/browser';
// The client module, not the barrel's neighbours: nothing here may pull the store into a page bundle.
import { request } from '../messaging/client';
import type { MessageOf, MessageType } from '../messaging';
import type { ServiceResponseMap } from '../service/responses';

export async function send<T extends MessageType>(message: MessageOf<T>): Promise<ServiceResponseMap[T]> {
  return (await request((m) => browser.runtime.sendMessage(m), message)) as ServiceResponseMap[T];
}
