/**
 * UI strings as plain data so the extension, the userscript and the CLI share them; the
 * extension picks the locale from settings (browser.i18n follows the browser language only).
 */
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** `t('vi', 'popup.count', { shown: 3, total: 9 })`; an unknown placeholder is left visible. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
