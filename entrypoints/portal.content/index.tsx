import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { injectScript } from 'wxt/utils/inject-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { startAnnotating, type Annotator } from '../../utils/annotate/annotate';
import { CHIP_TAG, type MountChip } from '../../utils/annotate/chip-layer';
import { letterPageUrl } from '../../utils/extension/letter-page';
import { send } from '../../utils/extension/messages';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';

export default defineContentScript({
  matches: [...PORTAL_HOST_PATTERNS],
  cssInjectionMode: 'ui',
  // Early, so the iGate listener is in place before the page fetches its first list.
  runAt: 'document_start',
  async main(ctx) {
    // The scan loop is shared with the userscript (utils/annotate); it waits for the document itself.
    const annotator: Annotator = startAnnotating({
      send: (message) => send(message),
      mountChip: mountChip(ctx),
      onAction: (action, view) => {
        if (action === 'open') window.open(view.url, '_blank', 'noopener');
        else if (action === 'confirm') void send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed: true }).then(() => annotator.rescan());
        else window.open(letterPageUrl(browser.runtime.getURL('/letter.html'), view), '_blank', 'noopener');
      },
      signal: ctx.signal,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.rescan());
    await injectScript('/igate-listener.js', { keepInDom: false }).catch(() => undefined);
  },
});

const mountChip =
  (ctx: ContentScriptContext): MountChip =>
  async (anchor) => {
    const ui = await createShadowRootUi(ctx, {
      name: CHIP_TAG,
      position: 'inline',
      anchor,
      append: 'last',
      onMount: (container) => container,
    });
    ui.mount();
    // The host is inline in a table cell; keep it from taking the cell's full width.
    ui.shadowHost.style.display = 'inline-block';
    return { container: ui.uiContainer, remove: () => ui.remove() };
  };
