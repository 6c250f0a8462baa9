import { defineContentScript } from 'wxt/utils/define-content-script';
import { installIgateListener } from '../utils/annotate/igate-listener';
import { PORTAL_HOST_PATTERNS } from '../utils/portals/hosts';

/**
 * Chromium: the iGate listener in the page's world before any page script runs, so even the page's
 * first list response is read. portal.content's `injectScript` loads asynchronously and can lose that
 * race to a cached page script; it stays as the Firefox (MV2) path, and the listener installs once.
 */
export default defineContentScript({
  matches: [...PORTAL_HOST_PATTERNS],
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main: () => installIgateListener(window),
});
