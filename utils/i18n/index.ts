/**
 * UI strings as plain data so the extension, the userscript and the CLI share them; the
 * extension picks the locale from settings (browser.i18n follows the browser language only).
 * The portal page's own strings are also reachable alone (page.ts), for the annotator's bundle.
 */
import { en } from './en';
import { format, type Locale, type Params } from './format';
import { vi, type MessageKey } from './vi';

export type { MessageKey, Locale, Params };
export { isLocale } from './format';

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** `t('vi', 'popup.count', { shown: 3, total: 9 })`; an unknown placeholder is left visible. */
export const t = (locale: Locale, key: MessageKey, params: Params = {}): string => format(catalogs[locale][key], params);
