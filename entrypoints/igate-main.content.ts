import { defineContentScript } from 'wxt/utils/define-content-script';
import { installIgateListener } from '../utils/annotate/igate-listener';
import { IGATE_HOST_PATTERNS } from '../utils/portals/hosts';

/**
 * Chromium, iGate's own hosts: the listener in the page's world before any page script runs, so
 * even the page's first list response is read (the annotator, loaded once a list is on screen, asks
 * for it again). Elsewhere the worker injects the listener together with the annotator, once a list
 * was seen: a gov.vn page that is not a list keeps its own `fetch`. The listener installs once.
 */
export default defineContentScript({
  matches: [...IGATE_HOST_PATTERNS],
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main: () => installIgateListener(window),
});
