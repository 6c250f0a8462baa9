export type { Message, MessageType, MessageOf, ResponseMap, ResponseOf, Envelope } from './messages';
export { parseMessage } from './messages';
export { createMessageHandler } from './handler';
export { request, RemoteError } from './client';
export type { Send } from './client';
export { ValidationError } from './guards';
export { MAX_LISTED, MAX_RECORDS } from './records';
