/**
 * The recognize → store → views → chips loop of a portal page, shared by the extension's content
 * script and the userscript. They differ only in what is injected: how a message reaches the
 * store, how a chip host is created, what a chip's actions do, and the lifetime (AbortSignal).
 */
import type { ChipAction } from '../../components/Chip';
import type { MessageOf } from '../messaging';
import type { RecognizedResponse } from '../extension/messages';
import { dossierKey, type DossierView } from '../extension/views';
import { isIgateMessage } from '../extension/igate-bridge';
import { recognize } from '../portals';
import { recordsFromIgateSearch } from '../portals/adapters/igate';
import type { DossierRecord } from '../portals/types';
import { ChipLayer, isOwnMutation, type MountChip } from './chip-layer';
import { mergeRecord } from './records';

const DEBOUNCE_MS = 300;
const REFRESH_MS = 60_000;

export interface AnnotateOptions {
  send: (message: MessageOf<'recognized'>) => Promise<RecognizedResponse>;
  mountChip: MountChip;
  onAction: (action: ChipAction, view: DossierView) => void;
  /** Aborted when the script's context ends: observers, timers and listeners stop, chips go. */
  signal: AbortSignal;
}

export interface Annotator {
  /** A scan soon (debounced): after a route change or an action that changed a dossier. */
  rescan(): void;
}

/** Call as early as possible; scanning starts once the document is parsed. */
export function startAnnotating({ send, mountChip, onAction, signal }: AnnotateOptions): Annotator {
  const chips = new ChipLayer(mountChip, onAction);
  /** Dossiers from the page's own `/pa/dossier/search` responses, by code (latest response wins). */
  const apiRecords = new Map<string, DossierRecord>();
  let running = false;
  let pending = false;

  const scanOnce = async () => {
    const recognition = recognize(document, location.href);
    const portal = recognition.portal;
    const rows = recognition.rows
      .filter((r) => r.record.portal === portal)
      .map((r) => ({ ...r, record: mergeRecord(r.record, apiRecords.get(r.record.code), location.href) }));
    const onPage = new Set(rows.map((r) => r.record.code));
    const extra = [...apiRecords.values()].filter((r) => !onPage.has(r.code) && (portal === null || r.portal === portal));
    const records = [...rows.map((r) => r.record), ...extra];
    const target = portal ?? extra[0]?.portal;
    if (!target || records.length === 0) {
      chips.clear();
      return;
    }
    const reply = await send({
      type: 'recognized',
      portal: target,
      url: location.href,
      coverage: recognition.coverage?.complete ? 'complete' : 'partial',
      records,
    });
    if (signal.aborted) return;
    const views = new Map(reply.views.map((v) => [v.key, v]));
    const targets = rows.flatMap(({ row, anchor, record }) => {
      const view = views.get(dossierKey(record.portal, record.code));
      return view ? [{ row, anchor, view }] : [];
    });
    await chips.sync(targets, reply.locale);
  };

  // One scan at a time; changes during a scan schedule exactly one more.
  const scan = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await scanOnce().catch((e: unknown) => console.warn('[Nhắc Hạn]', e));
      } while (pending && !signal.aborted);
    } finally {
      running = false;
    }
  };

  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rescan = () => {
    if (!started || signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void scan(), DEBOUNCE_MS);
  };

  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window || !isIgateMessage(event.data)) return;
      let json: unknown;
      try {
        json = JSON.parse(event.data.body);
      } catch {
        return;
      }
      apiRecords.clear();
      for (const record of recordsFromIgateSearch(json, location.href)) apiRecords.set(record.code, record);
      rescan();
    },
    { signal },
  );
  const observer = new MutationObserver((mutations) => {
    if (!mutations.every(isOwnMutation)) rescan();
  });
  let interval: ReturnType<typeof setInterval> | undefined;
  const begin = () => {
    started = true;
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    interval = setInterval(() => void scan(), REFRESH_MS);
    void scan();
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(interval);
    chips.clear();
  });
  // The response listener is armed at once (the extension starts at document_start, before the
  // page fetches its first list); scanning waits for the document.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal });
  else begin();
  return { rescan };
}
