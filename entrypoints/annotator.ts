import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotating } from '../utils/annotate/annotate';
import { keptChips } from '../utils/extension/kept-chips';
import { keptPlacement } from '../utils/extension/kept-placement';
import { send } from '../utils/extension/messages';
import { taughtPage } from '../utils/extension/taught-page';
import { TAB_REPORT } from '../utils/messaging/tab-report';
import { IGATE_REPLAY_SOURCE } from '../utils/annotate/igate-bridge';

type Loaded = typeof globalThis & { __nhacHanAnnotator?: true };

/**
 * Everything the bootstrap (portal.content) does not carry: recognizer, chips, Preact. The worker
 * injects it into the frame where the bootstrap saw a dossier list, after the page-world iGate
 * listener (START_ANNOTATOR in utils/extension/tab-state.ts), and into a tab whose officer asked
 * to teach it; it is also registered as the content script of taught lists
 * (utils/extension/taught-scripts.ts).
 */
export default defineUnlistedScript(() => {
  const self = globalThis as Loaded;
  if (self.__nhacHanAnnotator) return;
  self.__nhacHanAnnotator = true;
  const ctx = new ContentScriptContext('annotator', { noScriptStartedPostMessage: true });
  // The scan loop and the chips (styled from the bundle, nothing fetched) are shared with the userscript.
  // Portals the officer taught for this origin, and teach mode when the popup asks for it.
  const taught = taughtPage(ctx.signal);
  const annotator = startAnnotating({
    send,
    // Read while the rows are: a list seen before gets its chips without waiting for the worker (which keeps them).
    kept: keptChips(location.href).catch(() => null),
    placement: keptPlacement(location.origin),
    signal: ctx.signal,
    report: (report) => void browser.runtime.sendMessage({ type: TAB_REPORT, report }).catch(() => undefined),
    taught: taught.taught,
  });
  taught.attach(annotator.rescan);
  ctx.addEventListener(window, 'wxt:locationchange', () => annotator.rescan());
  // The list response the listener saw before we were here (iGate fetches its first page at once).
  window.postMessage({ source: IGATE_REPLAY_SOURCE }, location.origin);
});
