import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotating } from '../utils/annotate/annotate';
import { send } from '../utils/extension/messages';
import { TAB_REPORT } from '../utils/messaging/tab-report';
import { IGATE_REPLAY_SOURCE } from '../utils/annotate/igate-bridge';

type Loaded = typeof globalThis & { __nhacHanAnnotator?: true };

/**
 * Everything the bootstrap (portal.content) does not carry: recognizer, chips, Preact. The worker
 * injects it into the frame where the bootstrap saw a dossier list, after the page-world iGate
 * listener (START_ANNOTATOR in utils/extension/tab-state.ts).
 */
export default defineUnlistedScript(() => {
  const self = globalThis as Loaded;
  if (self.__nhacHanAnnotator) return;
  self.__nhacHanAnnotator = true;
  const ctx = new ContentScriptContext('annotator', { noScriptStartedPostMessage: true });
  // The scan loop and the chips (styled from the bundle, nothing fetched) are shared with the userscript.
  const annotator = startAnnotating({
    send,
    signal: ctx.signal,
    report: (report) => void browser.runtime.sendMessage({ type: TAB_REPORT, report }).catch(() => undefined),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => annotator.rescan());
  // The list response the listener saw before we were here (iGate fetches its first page at once).
  window.postMessage({ source: IGATE_REPLAY_SOURCE }, location.origin);
});
