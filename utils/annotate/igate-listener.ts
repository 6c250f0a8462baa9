import { IGATE_MESSAGE_SOURCE, IGATE_REPLAY_SOURCE, IGATE_SEARCH_PATH, MAX_BODY_CHARS, type IgateMessage } from './igate-bridge';

type PageWindow = Window & typeof globalThis & { __nhacHanIgate?: true };

/**
 * Runs in the page's world (the extension injects it as a script; the userscript calls it on
 * `unsafeWindow`). It only reads the responses of requests the page itself makes to its dossier
 * search API: no request of its own, and it never looks at headers, cookies or tokens.
 */
export function installIgateListener(win: PageWindow): void {
  if (win.__nhacHanIgate) return;
  win.__nhacHanIgate = true;

  /** Only the latest list response is kept, for the replay below. */
  let last: IgateMessage | null = null;
  const post = (url: string, body: string) => {
    if (body.length > MAX_BODY_CHARS) return;
    last = { source: IGATE_MESSAGE_SOURCE, url, body };
    win.postMessage(last, win.location.origin);
  };
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source === win && data?.source === IGATE_REPLAY_SOURCE && last) win.postMessage(last, win.location.origin);
  });
  const isSearch = (url: string) => IGATE_SEARCH_PATH.test(new URL(url, win.location.href).pathname);

  const originalFetch = win.fetch;
  win.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
    const response = await originalFetch.apply(this, args);
    try {
      if (response.ok && isSearch(response.url)) {
        void response.clone().text().then((body) => post(response.url, body), () => undefined);
      }
    } catch {
      // Never let the observer break the page's own request.
    }
    return response;
  };

  const originalOpen = win.XMLHttpRequest.prototype.open;
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = String(args[1]);
    this.addEventListener('load', () => {
      try {
        if (this.status >= 200 && this.status < 300 && isSearch(this.responseURL || url)) {
          const body = this.responseType === '' || this.responseType === 'text' ? this.responseText : JSON.stringify(this.response);
          post(this.responseURL || url, body);
        }
      } catch {
        // As above: the page's request comes first.
      }
    });
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
}
