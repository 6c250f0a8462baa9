import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installIgateListener } from '../utils/annotate/igate-listener';

/** Injected by the portal content script into the page's world; the userscript calls the same code. */
export default defineUnlistedScript(() => installIgateListener(window));
