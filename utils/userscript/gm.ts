/**
 * The userscript manager's API in whichever form it offers: `GM.*` (promises; Violentmonkey
 * 2.12+, Tampermonkey, Greasemonkey 4) or `GM_*` (synchronous; Tampermonkey, Violentmonkey).
 * A missing grant degrades: values fall back to the page's localStorage, notifications are off.
 * Managers put these names in the script's scope, not on `window`, hence the `typeof` guards.
 */
interface GmNotification {
  title: string;
  text: string;
  onclick?: () => void;
}

declare const GM: {
  getValue?(key: string, fallback?: unknown): Promise<unknown>;
  setValue?(key: string, value: unknown): Promise<void>;
  notification?(details: GmNotification): unknown;
};
declare const GM_getValue: (key: string, fallback?: unknown) => unknown;
declare const GM_setValue: (key: string, value: unknown) => void;
declare const GM_notification: (details: GmNotification) => unknown;

export interface GmAdapter {
  getValue<T>(key: string): Promise<T | undefined>;
  setValue(key: string, value: unknown): Promise<void>;
  /** Null when the manager grants no notification API. */
  notify: ((details: GmNotification) => void) | null;
}

const LOCAL_PREFIX = 'nhac-han:';

export function gmAdapter(): GmAdapter {
  const hasGM = typeof GM === 'object' && GM !== null;
  const notify =
    hasGM && typeof GM.notification === 'function'
      ? (details: GmNotification) => void GM.notification!(details)
      : typeof GM_notification === 'function'
        ? (details: GmNotification) => void GM_notification(details)
        : null;

  if (hasGM && typeof GM.getValue === 'function' && typeof GM.setValue === 'function') {
    return {
      getValue: async <T,>(key: string) => (await GM.getValue!(key)) as T | undefined,
      setValue: async (key, value) => void (await GM.setValue!(key, value)),
      notify,
    };
  }
  if (typeof GM_getValue === 'function' && typeof GM_setValue === 'function') {
    return {
      getValue: async <T,>(key: string) => GM_getValue(key) as T | undefined,
      setValue: async (key, value) => GM_setValue(key, value),
      notify,
    };
  }
  return {
    getValue: async <T,>(key: string) => {
      const raw = localStorage.getItem(LOCAL_PREFIX + key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    },
    setValue: async (key, value) => localStorage.setItem(LOCAL_PREFIX + key, JSON.stringify(value)),
    notify,
  };
}
