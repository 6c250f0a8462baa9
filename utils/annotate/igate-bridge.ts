/**
 * The page-world listener hands the content script the body of the portal's own list
 * responses through `window.postMessage`. Any page script can post the same shape, which is
 * fine: the body is page data, as untrusted as the DOM, and is validated like it.
 */
export const IGATE_MESSAGE_SOURCE = 'nhac-han/igate-search';
/**
 * The annotator, loaded once a list was seen, asks the listener for the last list response it
 * posted (iGate fetches its first page before any list is on screen).
 */
export const IGATE_REPLAY_SOURCE = 'nhac-han/igate-replay';

/** VNPT iGate's officer list API (docs/domain.md §7). */
export const IGATE_SEARCH_PATH = /\/pa\/dossier\/search(?:[/?#]|$)/;

/** Larger bodies are not lists an officer pages through; they are skipped. */
export const MAX_BODY_CHARS = 8_000_000;

export interface IgateMessage {
  source: typeof IGATE_MESSAGE_SOURCE;
  url: string;
  body: string;
}

export function isIgateMessage(data: unknown): data is IgateMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.source === IGATE_MESSAGE_SOURCE &&
    typeof m.url === 'string' &&
    typeof m.body === 'string' &&
    m.body.length <= MAX_BODY_CHARS
  );
}
