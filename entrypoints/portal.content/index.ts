import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchForList } from '../../utils/annotate/detect';
import { START_ANNOTATOR } from '../../utils/messaging/tab-report';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';

type Booted = typeof globalThis & { __nhacHanBoot?: true };

/**
 * The bootstrap: on every gov.vn page, only a cheap look for a dossier list (utils/annotate/detect).
 * Once one shows up, the worker injects the iGate listener and the annotator (entrypoints/annotator.ts:
 * recognizer, chips, Preact) into this frame. Until then nothing is added, sent or kept.
 * Also injected by the popup's "Bật" into an open tab, hence the guard.
 */
export default defineContentScript({
  matches: [...PORTAL_HOST_PATTERNS],
  runAt: 'document_idle',
  // WXT's "script started" notice to the page is not needed (one bootstrap per frame, guarded below).
  noScriptStartedPostMessage: true,
  main() {
    const self = globalThis as Booted;
    if (self.__nhacHanBoot) return;
    self.__nhacHanBoot = true;
    watchForList(
      document,
      () => void browser.runtime.sendMessage({ type: START_ANNOTATOR }).catch(() => undefined),
      // e2e builds say when a check found nothing, so a test can tell "checked" from "not run yet".
      import.meta.env.MODE === 'e2e' ? (found) => found || console.debug('[Nhắc Hạn] bootstrap: not a dossier list') : undefined,
    );
  },
});
