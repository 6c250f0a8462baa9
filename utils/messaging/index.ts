export type { Message, MessageType, MessageOf, ResponseMap, ResponseOf, Envelope, RecognizedReport } from './messages';
export { parseMessage, readMessage } from './messages';
export { request, RemoteError } from './client';
export type { Send } from './client';
export { ValidationError } from '../validation/guards';
export { MAX_LISTED, MAX_RECORDS } from '../validation/records';
