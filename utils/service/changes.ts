import type { MessageType } from '../messaging';

/**
 * Messages that change what the views show, whoever sent them: after one the badge and
 * notifications are refreshed, and the extension's kept chip contexts are dropped. (A `recognized`
 * changes them too when it changed a dossier; its answer says so.) No other import: the portal
 * page's bundle reads it.
 */
export const VIEW_CHANGES: ReadonlySet<MessageType> = new Set(['mark-confirmed', 'save-settings', 'record-letter', 'data-changed']);
