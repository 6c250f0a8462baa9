/** The sender's side: typed requests over whatever transport the caller provides. */
import type { Envelope, MessageOf, MessageType, ResponseOf } from './messages';

/** `send` is `browser.runtime.sendMessage` in the extension, a direct call in tests. */
export type Send = (message: unknown) => Promise<unknown>;

export class RemoteError extends Error {
  override name = 'RemoteError';
}

export async function request<T extends MessageType>(send: Send, message: MessageOf<T>): Promise<ResponseOf<T>> {
  const reply = (await send(message)) as Envelope<ResponseOf<T>> | undefined;
  if (!reply) throw new RemoteError('Không nhận được trả lời từ tiện ích (nền chưa sẵn sàng?)');
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}
