/**
 * The annotator's side of taught portals: it asks the worker for the portals taught for its own
 * origin (a page never learns another's), and starts teach mode when the popup asks
 * (TEACH_START). What is saved reads at once, without a reload.
 */
import { browser } from 'wxt/browser';
import { startTeaching } from '../annotate/teach';
import { isLocale } from '../i18n/page';
import { TEACH_START } from '../messaging/tab-report';
import { mergeTaught } from '../portals/taught/file';
import { taughtFor } from '../portals/taught/guard';
import type { TaughtAdapter } from '../portals/taught/types';
import { send } from './messages';

export interface TaughtPage {
  /** The portals taught for this origin, as last read; recognition tries them first. */
  taught: () => readonly TaughtAdapter[];
  /** Called once the annotator runs: it is scanned again whenever the taught list changes. */
  attach: (rescan: () => void) => void;
}

export function taughtPage(signal: AbortSignal): TaughtPage {
  let taught: readonly TaughtAdapter[] = [];
  let rescan = () => {};
  const load = () =>
    send({ type: 'get-taught', url: location.href }).then(
      (list) => {
        // Most pages have no taught portal: scanning again would only send the same rows once more.
        const matters = taughtFor(taught, location.href).length + taughtFor(list, location.href).length > 0;
        taught = list;
        if (matters) rescan();
      },
      (e: unknown) => console.warn('[Nhắc Hạn]', e),
    );
  const save = async (adapter: TaughtAdapter) => {
    const saved = await send({ type: 'save-taught', adapter });
    if (!saved.ok) return saved.errors.join('; ');
    // Chips at once; the stored list is read again behind them.
    taught = mergeTaught(taught, [adapter]);
    rescan();
    void load();
    return null;
  };
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const m = message as { type?: unknown; locale?: unknown } | null;
    if (sender.id !== browser.runtime.id || m?.type !== TEACH_START || signal.aborted) return undefined;
    startTeaching({ locale: isLocale(m.locale) ? m.locale : 'vi', save });
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  return {
    taught: () => taught,
    attach: (next) => {
      rescan = next;
      void load();
    },
  };
}
