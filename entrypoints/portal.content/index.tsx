import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { injectScript } from 'wxt/utils/inject-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChipAction } from '../../components/Chip';
import { browser } from 'wxt/browser';
import { letterPageUrl } from '../../utils/extension/letter-page';
import { send } from '../../utils/extension/messages';
import { dossierKey, type DossierView } from '../../utils/extension/views';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';
import { recognize } from '../../utils/portals';
import { recordsFromIgateSearch } from '../../utils/portals/adapters/igate';
import type { DossierRecord } from '../../utils/portals/types';
import { CHIP_TAG, ChipLayer, isOwnMutation, type MountChip } from './chip-layer';
import { isIgateMessage } from '../../utils/extension/igate-bridge';
import { mergeRecord } from './records';

const DEBOUNCE_MS = 300;
const REFRESH_MS = 60_000;

export default defineContentScript({
  matches: [...PORTAL_HOST_PATTERNS],
  cssInjectionMode: 'ui',
  // Early, so the iGate listener is in place before the page fetches its first list.
  runAt: 'document_start',
  async main(ctx) {
    watchIgateResponses(ctx);
    await injectScript('/igate-listener.js', { keepInDom: false }).catch(() => undefined);
    if (document.readyState === 'loading') {
      await new Promise((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', resolve, { once: true }));
    }
    startWatching(ctx);
  },
});

/** Dossiers from the page's own `/pa/dossier/search` responses, by code (latest response wins). */
const apiRecords = new Map<string, DossierRecord>();
let rescan: () => void = () => undefined;

function watchIgateResponses(ctx: ContentScriptContext) {
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || !isIgateMessage(event.data)) return;
    let json: unknown;
    try {
      json = JSON.parse(event.data.body);
    } catch {
      return;
    }
    apiRecords.clear();
    for (const record of recordsFromIgateSearch(json, location.href)) apiRecords.set(record.code, record);
    rescan();
  });
}

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

function startWatching(ctx: ContentScriptContext) {
  const onAction = (action: ChipAction, view: DossierView) => {
    if (action === 'open') window.open(view.url, '_blank', 'noopener');
    else if (action === 'confirm') void send({ type: 'mark-confirmed', key: [view.portal, view.code], confirmed: true }).then(rescan);
    else window.open(letterPageUrl(browser.runtime.getURL('/letter.html'), view), '_blank', 'noopener');
  };
  const chips = new ChipLayer(mountChip(ctx), onAction);
  let running = false;
  let pending = false;

  const scanOnce = async () => {
    const recognition = recognize(document, location.href);
    const portal = recognition.portal;
    const rows = recognition.rows
      .filter((r) => r.record.portal === portal)
      .map((r) => ({ ...r, record: mergeRecord(r.record, apiRecords.get(r.record.code), location.href) }));
    const onPage = new Set(rows.map((r) => r.record.code));
    const extra = [...apiRecords.values()].filter((r) => !onPage.has(r.code) && (portal === null || r.portal === portal));
    const records = [...rows.map((r) => r.record), ...extra];
    const target = portal ?? extra[0]?.portal;
    if (!target || records.length === 0) {
      chips.clear();
      return;
    }
    const reply = await send({
      type: 'recognized',
      portal: target,
      url: location.href,
      coverage: recognition.coverage?.complete ? 'complete' : 'partial',
      records,
    });
    if (ctx.isInvalid) return;
    const views = new Map(reply.views.map((v) => [v.key, v]));
    const targets = rows.flatMap(({ row, anchor, record }) => {
      const view = views.get(dossierKey(record.portal, record.code));
      return view ? [{ row, anchor, view }] : [];
    });
    await chips.sync(targets, reply.locale);
  };

  // One scan at a time; changes during a scan schedule exactly one more.
  const scan = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await scanOnce().catch((e: unknown) => console.warn('[Nhắc Hạn]', e));
      } while (pending && !ctx.isInvalid);
    } finally {
      running = false;
    }
  };

  let timer: number | undefined;
  rescan = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void scan(), DEBOUNCE_MS);
  };
  const observer = new MutationObserver((mutations) => {
    if (!mutations.every(isOwnMutation)) rescan();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    chips.clear();
  });
  ctx.addEventListener(window, 'wxt:locationchange', rescan);
  ctx.setInterval(() => void scan(), REFRESH_MS);
  void scan();
}
