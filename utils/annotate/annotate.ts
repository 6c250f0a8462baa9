/**
 * The recognize → store → views → chips loop of a portal page, shared by the extension's content
 * script and the userscript, chips and their actions included. They differ only in what is
 * injected: how a message reaches the store (and what the store does on 'open-letter'), and the
 * lifetime (AbortSignal).
 */
import type { ChipAction } from '../../components/Chip';
import type { MessageOf } from '../messaging';
import type { ServiceResponseMap } from '../service/responses';
import { pageView, type ChipContext } from '../service/page-views';
import { dossierKey, type DossierView } from '../service/views';
import { isIgateMessage } from './igate-bridge';
import { recognizeInSlices, type Coverage, type Recognition, type RecognizedRow } from '../portals';
import type { TaughtAdapter } from '../portals/taught/types';
import { recordsFromIgateSearch } from '../portals/adapters/igate';
import type { DossierRecord } from '../portals/types';
import { ChipLayer, isOwnMutation } from './chip-layer';
import type { PlacementMemory } from './given-up-tries';
import { mergeRecord, sameReading, sameRecord } from './records';
import { SCAN_MARK } from './scan-mark';
import { afterNextPaint, pause, pauseBehindTasks } from './pause';
import { sendInSlices } from './slices';
import { warn } from './warn';
import { pageAddress, type TabReport, type TaughtReport } from '../messaging/tab-report';

const DEBOUNCE_MS = 300;
/** A page that never stops changing (a ticking clock) still gets a scan this often. */
const MAX_WAIT_MS = 1_000;
/** Views change with time alone: what the page shows is sent again this often. */
const REFRESH_MS = 60_000;

/** What a portal page may ask of the store (the worker refuses anything else from a page). */
export type PageSend = <T extends 'recognized' | 'mark-confirmed' | 'open-letter'>(message: MessageOf<T>) => Promise<ServiceResponseMap[T]>;

export interface AnnotateOptions {
  send: PageSend;
  /** Aborted when the script's context ends: observers, timers and listeners stop, chips go. */
  signal: AbortSignal;
  /** What each scan read (the extension's "this tab" line); the same report is not repeated. */
  report?: (report: TabReport) => void;
  /** Portals the officer taught for this origin (read before the built-in adapters). */
  taught?: () => readonly TaughtAdapter[];
  /**
   * The context this list's chips had at the last visit, if still current: the first scan draws
   * the chips of the rows it knows from it, before the store answers (the extension's
   * utils/extension/kept-chips.ts).
   */
  kept?: Promise<ChipContext | null>;
  /** Where the chip placements given up on this portal are kept for the next visit (given-up-tries.ts). */
  placement?: PlacementMemory;
}

export interface Annotator {
  /** A scan soon (debounced) that asks the store again: after a route change or an action that changed a dossier. */
  rescan(): void;
}

/** The pager's reading for the store's list row; `complete` travels as the message's own `coverage`. */
const seenOf = ({ page, pageCount, rowsSeen, totalRows }: Coverage) => ({ page, pageCount, rowsSeen, totalRows });

const taughtReport = ({ taught }: Recognition): TaughtReport | null =>
  taught ? { state: taught.state, label: taught.label, untrusted: taught.state === 'dates' ? taught.codes.length : 0 } : null;

const ABORTED = new Error('aborted');

/** Call as early as possible; scanning starts once the document is parsed. */
export function startAnnotating({ send, signal, report, taught, kept, placement }: AnnotateOptions): Annotator {
  const onAction = (action: ChipAction, view: DossierView) => {
    const key: [string, string] = [view.portal, view.code];
    if (action === 'open') window.open(view.url, '_blank', 'noopener');
    else if (action === 'confirm' || action === 'unconfirm') void send({ type: 'mark-confirmed', key, confirmed: action === 'confirm' }).then(rescan, warn);
    else void send({ type: 'open-letter', key }).catch(warn);
  };
  const chips = new ChipLayer(onAction, placement);
  /**
   * Early chips wait for the next pause to be put on screen (`shownEarly`), once a scan
   * (`earlyThisScan`): the first rows read are those on screen.
   */
  let shownEarly = false;
  let earlyThisScan = false;
  /** Between two slices of a scan: the page gets its thread back, and a script whose context ended stops there. */
  const step = async () => {
    if (shownEarly) {
      // Chips were added while reading: after the next paint, those near the viewport go in.
      shownEarly = false;
      await afterNextPaint();
      await chips.showPending();
    } else {
      // While the kept context is on its way, its storage answer must not wait behind the reading.
      await (readBeforeKept === null ? pause() : pauseBehindTasks());
    }
    if (signal.aborted) throw ABORTED;
  };
  /** Dossiers from the page's own `/pa/dossier/search` responses, by code (latest response wins). */
  const apiRecords = new Map<string, DossierRecord>();
  /** Chip views by context and key, with the reading each was computed from, as chips are drawn. */
  const viewsOf = new WeakMap<ChipContext, Map<string, { record: DossierRecord; view: DossierView }>>();
  /** The last message the store answered, and its answer: the same rows again need no round trip. */
  let last: { message: MessageOf<'recognized'>; reply: ServiceResponseMap['recognized'] } | null = null;
  let lastReport = '';
  const tell = (next: TabReport) => {
    const text = JSON.stringify(next);
    if (!report || text === lastReport) return;
    lastReport = text;
    report(next);
  };

  /**
   * The chips of the rows the context's store took (the others get none); a view is computed when
   * its chip is drawn, once per context and reading (a re-render of the same rows computes none
   * again; a row that reads differently, drawn early from the last answer, gets its own).
   */
  const targetsOf = (rows: readonly RecognizedRow[], context: ChipContext) => {
    const views = viewsOf.get(context) ?? new Map<string, { record: DossierRecord; view: DossierView }>();
    viewsOf.set(context, views);
    return rows.flatMap(({ row, anchor, record }) => {
      const key = dossierKey(record.portal, record.code);
      const beyond = context.stored[key];
      if (!beyond) return [];
      const view = () => {
        const known = views.get(key);
        if (known && sameRecord(known.record, record)) return known.view;
        const computed = pageView(record, beyond, context);
        views.set(key, { record, view: computed });
        return computed;
      };
      return [{ row, anchor, key, view }];
    });
  };

  /** The list's kept context once read (the first scan's, before the store answers). */
  let keptContext: ChipContext | null = null;
  /** Rows read before the kept context was (reading it may outlast the first rows' reading). */
  let readBeforeKept: RecognizedRow[] | null = kept ? [] : null;
  const withApi = (r: RecognizedRow): RecognizedRow => ({ ...r, record: mergeRecord(r.record, apiRecords.get(r.record.code), location.href) });
  /**
   * Rows read so far get their chips from the context at hand (the last answer, else the kept one)
   * while the rest of the list is read: a screen of chips after its rows, not after all 500.
   */
  const early = (read: readonly RecognizedRow[]) => {
    const context = last?.reply ?? keptContext;
    if (signal.aborted) return;
    if (!context) return void readBeforeKept?.push(...read);
    const added = chips.add(targetsOf(read.map(withApi), context), context.locale);
    if (added > 0 && !earlyThisScan) shownEarly = earlyThisScan = true;
  };
  void kept
    ?.then((context) => {
      keptContext = context;
      // The rows already read get their chips now, unless the store has answered meanwhile.
      if (context && !last && readBeforeKept?.length) early(readBeforeKept);
    }, warn)
    .finally(() => void (readBeforeKept = null));

  const scanOnce = async (ask: boolean) => {
    earlyThisScan = false;
    const recognition = await recognizeInSlices(document, location.href, step, { taught: taught?.() ?? [], onRows: early });
    if (signal.aborted) return;
    const portal = recognition.portal;
    const rows = recognition.rows.filter((r) => r.record.portal === portal).map(withApi);
    const onPage = new Set(rows.map((r) => r.record.code));
    const extra = [...apiRecords.values()].filter((r) => !onPage.has(r.code) && (portal === null || r.portal === portal));
    const records = [...rows.map((r) => r.record), ...extra];
    const target = portal ?? extra[0]?.portal;
    tell({
      url: pageAddress(location.href),
      portal: records.length > 0 ? (target ?? null) : null,
      rows: records.length,
      page: recognition.coverage?.page ?? null,
      pageCount: recognition.coverage?.pageCount ?? null,
      dueMissing: records.length > 0 && records.every((r) => r.dueAt === null),
      taught: taughtReport(recognition),
    });
    if (!target || records.length === 0) {
      chips.clear();
      return;
    }
    const message: MessageOf<'recognized'> = {
      type: 'recognized',
      portal: target,
      url: location.href,
      coverage: recognition.coverage?.complete ? 'complete' : 'partial',
      records,
      ...(recognition.kind === 'report' || recognition.kind === 'detail' ? { page: recognition.kind } : {}),
      ...(recognition.coverage ? { seen: seenOf(recognition.coverage) } : {}),
    };
    let reply = last && !ask && sameReading(last.message, message) ? last.reply : null;
    if (!reply) {
      // A first visit waits for the store; a list seen before draws from its last context meanwhile.
      const known = last === null ? await kept : null;
      if (known && !signal.aborted) await chips.syncInSlices(targetsOf(rows, known), known.locale, step);
      reply = await sendInSlices(send, message);
      last = { message, reply };
    }
    if (signal.aborted) return;
    await chips.syncInSlices(targetsOf(rows, reply), reply.locale, step);
  };

  // One scan at a time; changes during a scan schedule exactly one more (asking the store if any asked).
  let running = false;
  let scans = 0;
  let queued: { ask: boolean } | null = null;
  const scan = async (ask: boolean) => {
    if (running) {
      queued = { ask: ask || (queued?.ask ?? false) };
      return;
    }
    running = true;
    try {
      let next: { ask: boolean } | null = { ask };
      while (next && !signal.aborted) {
        await scanOnce(next.ask).catch((e: unknown) => e === ABORTED || warn(e));
        document.documentElement.setAttribute(SCAN_MARK, String(++scans));
        [next, queued] = [queued, null];
      }
    } finally {
      running = false;
    }
  };

  // Debounced, so one burst of mutations costs one recognition.
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart = 0;
  let ask = false;
  const schedule = (asking: boolean) => {
    if (!started || signal.aborted) return;
    ask ||= asking;
    const now = performance.now();
    if (timer === undefined) burstStart = now;
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(DEBOUNCE_MS, burstStart + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      const asked = ask;
      ask = false;
      void scan(asked);
    }, delay);
  };
  const rescan = () => schedule(true);

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
      schedule(false);
    },
    { signal },
  );
  const observer = new MutationObserver((mutations) => {
    if (!mutations.every(isOwnMutation)) schedule(false);
  });
  let interval: ReturnType<typeof setInterval> | undefined;
  const begin = () => {
    started = true;
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    interval = setInterval(() => void scan(true), REFRESH_MS);
    void scan(true);
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
