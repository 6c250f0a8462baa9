import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchForList } from '../utils/annotate/detect';
import { START_ANNOTATOR } from '../utils/messaging/tab-report';

/** The one extension call the bootstrap makes: Firefox's `browser` and Chromium's MV3 `chrome` both return a promise. */
interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
type Booted = typeof globalThis & { __nhacHanBoot?: true; browser?: Runtime; chrome?: Runtime };

/**
 * The bootstrap: on every gov.vn page, only a cheap look for a dossier list (utils/annotate/detect).
 * Once one shows up, the worker injects the iGate listener and the annotator (entrypoints/annotator.ts:
 * recognizer, chips, Preact) into this frame. Until then nothing is added, sent or kept.
 *
 * An unlisted script that wxt.config.ts declares as the content script (utils/extension/bootstrap-script.ts),
 * not a WXT content script: WXT's content-script context (an AbortController, a "script started"
 * event and its listener) and its `browser` shim, which touches the extension bindings at once, were
 * half of what the bootstrap cost a page that is not a list (docs/performance.md). The extension API
 * is touched only once a list is seen. Also injected by the popup's "Bật" into an open tab, hence the guard.
 */
export default defineUnlistedScript(() => {
  const self = globalThis as Booted;
  if (self.__nhacHanBoot) return;
  self.__nhacHanBoot = true;
  watchForList(
    document,
    () => {
      const api = self.browser ?? self.chrome;
      void api?.runtime.sendMessage({ type: START_ANNOTATOR }).catch(() => undefined);
    },
    // e2e builds say when a check found nothing, so a test can tell "checked" from "not run yet".
    import.meta.env.MODE === 'e2e' ? (found) => found || console.debug('[Nhắc Hạn] bootstrap: not a dossier list') : undefined,
  );
});
