import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { startAnnotating } from '../../utils/annotate/annotate';
import { send } from '../../utils/extension/messages';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';

export default defineContentScript({
  matches: [...PORTAL_HOST_PATTERNS],
  // Early, so the iGate listener is in place before the page fetches its first list.
  runAt: 'document_start',
  async main(ctx) {
    // The scan loop and the chips (styled from the bundle, nothing fetched) are shared with the
    // userscript (utils/annotate); it waits for the document itself.
    const annotator = startAnnotating({ send, signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.rescan());
    await injectScript('/igate-listener.js', { keepInDom: false }).catch(() => undefined);
  },
});
