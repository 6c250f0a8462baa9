/**
 * The background's work, apart from the listener wiring: answer messages, and on every change or
 * alarm tick recompute the badge and the notifications from the database. Kept in memory between
 * events (the worker may be stopped at any time): a queue that keeps two refreshes from
 * interleaving, and the views of the last refresh, from which the popup and the dashboard get
 * their first screen at once (the extension also keeps that first screen in `storage.session`).
 */
import type { Envelope, MessageType, RecognizedReport } from '../messaging';
import { createMessageDispatcher, type DispatchHooks } from './handler';
import type { Settings } from '../settings';
import {
  getSettings,
  listDossiers,
  listsSeenSince,
  purgeClosed,
  purgeLists,
  RECENT_LIST_MS,
  type DossierKey,
  type NhacHanDb,
  type StoredDossier,
} from '../store';
import { toLocalDate, toVnIso } from '../time/vn-time';
import { badgeState, type BadgeState } from './badge-state';
import { VIEW_CHANGES } from './changes';
import { partialLists } from './coverage';
import type { RecognizedResponse } from './responses';
import { planNotifications, type NotifyMemory, type PlannedNotification } from './notify-plan';
import { firstScreen, isCurrent, popupAnswer, tableHead, type PopupSnapshot, type TableHead, type ViewSnapshot } from './snapshot';
import { sentByCode, storedBeyond } from './page-views';
import { compareViews, dossierKey, dossierView, type DossierView } from './views';

/**
 * Where the results of a refresh go: the toolbar badge and browser notifications in the
 * extension (utils/extension/effects.ts), the tab title and GM notifications in the userscript.
 */
export interface Effects {
  applyBadge(state: BadgeState): Promise<void>;
  loadMemory(): Promise<NotifyMemory>;
  saveMemory(memory: NotifyMemory): Promise<void>;
  showNotifications(list: readonly PlannedNotification[]): Promise<void>;
  /** The apology letter of a stored dossier: the letter page in a tab, or the userscript's dialog. */
  openLetter(key: DossierKey): Promise<void>;
  /**
   * Where the pages' first screens outlive the service's memory (the extension's worker is stopped
   * when idle); absent where the service lives as long as its page (the userscript).
   */
  keepFirstScreens?(screens: FirstScreens): Promise<void>;
  loadFirstScreens?(): Promise<FirstScreens | null>;
}

/** The popup's and the dashboard's first screens of the last refresh. */
export interface FirstScreens {
  popup: PopupSnapshot;
  table: TableHead;
}

/** Rows kept of each first screen: more than a tall screen shows. */
const KEPT_ROWS = 60;

export interface Service {
  db: NhacHanDb;
  now: () => Promise<number>;
  effects: Effects;
}

/**
 * A portal page (content script) may only report what it saw, confirm a dossier, open its letter,
 * and read or teach how its own portal is read.
 */
const FROM_PAGES: ReadonlySet<MessageType> = new Set(['recognized', 'mark-confirmed', 'open-letter', 'get-taught', 'save-taught']);

/** The origin a page's taught-portal message speaks of: it must be the page's own. */
function taughtOrigin(raw: unknown): string | null {
  const m = raw as { type?: unknown; url?: unknown; adapter?: { origin?: unknown } } | null;
  const url = m?.type === 'get-taught' ? m.url : m?.type === 'save-taught' ? m.adapter?.origin : undefined;
  return typeof url === 'string' && URL.canParse(url) ? new URL(url).origin : null;
}

export interface Handled {
  reply: Envelope<unknown>;
  /** The badge and notification refresh the message started (answered before it finishes). */
  settled: Promise<unknown>;
}

/**
 * The store's message handler (validation, dispatch, error envelope), plus what only the
 * background knows: its clock, the chip views answered to `recognized`, and the badge refresh.
 * The page's chips do not wait for the refresh: it recomputes every stored dossier (~0.1 s for
 * 5,000) and then goes through badge, storage and notification calls the chips do not need.
 */
export async function handleMessage(service: Service, raw: unknown, fromPage: boolean, pageUrl?: string): Promise<Handled> {
  const type = (raw as { type?: unknown } | null)?.type as MessageType;
  if (fromPage && !FROM_PAGES.has(type)) {
    return { reply: { ok: false, error: `"${String(type)}" không được gửi từ trang cổng` }, settled: Promise.resolve() };
  }
  if (fromPage && (type === 'get-taught' || type === 'save-taught')) {
    const own = pageUrl && URL.canParse(pageUrl) ? new URL(pageUrl).origin : null;
    if (!own || taughtOrigin(raw) !== own) return { reply: { ok: false, error: 'Trang chỉ được đọc và dạy cách đọc của chính cổng mình' }, settled: Promise.resolve() };
  }
  const now = await service.now();
  let onMerged: NonNullable<DispatchHooks['merged']> | undefined;
  const merged = new Promise<Merged>((resolve) => (onMerged = (rows, report) => resolve({ rows, report })));
  // Read before the write's transaction opens: code run from its hook may not reach other tables.
  const settings = type === 'recognized' ? getSettings(service.db) : null;
  // Unused when the message is refused: its failure is not the answer's.
  settings?.catch(() => undefined);
  const dispatched = createMessageDispatcher(service.db, () => now, { merged: onMerged })(raw);
  if (settings) {
    // A page is answered once its rows are merged, before they are written; other senders once stored.
    const first = fromPage ? await Promise.race([dispatched, merged]) : await dispatched;
    const sent = (raw as { records?: unknown }).records;
    if ('rows' in first) return answerRecognized(service, now, (await settings).value, first, sent, dispatched);
    if (first.reply.ok) return answerRecognized(service, now, (await settings).value, { ...(await merged), report: first.reply.value as RecognizedReport }, sent, dispatched);
  }
  const { message, reply } = await dispatched;
  if (!reply.ok || !message) return { reply, settled: Promise.resolve() };
  if (message.type === 'get-popup') return answered(message.first === undefined ? popupAnswer(await currentSnapshot(service, now)) : await popupHead(service, now, message.first));
  if (message.type === 'get-table-head') return answered(tableHead(await headSnapshot(service, now), message.rows));
  // After the write: a refresh that starts before this still counts as the old data.
  if (VIEW_CHANGES.has(type)) changes.set(service, (changes.get(service) ?? 0) + 1);
  if (message.type === 'open-letter') {
    // Validated (and the dossier found) by the handler above.
    await service.effects.openLetter(message.key);
    return { reply, settled: Promise.resolve() };
  }
  return { reply, settled: VIEW_CHANGES.has(type) ? refresh(service, now) : Promise.resolve() };
}

type Merged = { rows: readonly StoredDossier[]; report: RecognizedReport };

/**
 * What a page computes the chips of a `recognized` message from (utils/service/page-views.ts), with
 * its rows as merged with the stored ones: a page's chips do not wait for the write (40 % of a
 * 500-row round trip) nor for the badge refresh, which starts once it is written. Should the write
 * fail, the page's next scan sends the rows again; its counts of dossiers marked unseen and of
 * history rows are those known before the write (none).
 */
async function answerRecognized(
  service: Service,
  now: number,
  { rules, locale }: Settings,
  { rows, report }: Merged,
  sent: unknown,
  written: Promise<{ reply: Envelope<unknown> }>,
): Promise<Handled> {
  const byCode = sentByCode(sent);
  const stored = Object.fromEntries(rows.map((row) => [dossierKey(row.portal, row.code), storedBeyond(row, byCode.get(row.code))]));
  const value: RecognizedResponse = { ...report, now, rules, locale, stored };
  const settled = written.then(({ reply }) => {
    if (!reply.ok) throw new Error(reply.error);
    // After the write: a refresh that starts before this still counts as the old data.
    changes.set(service, (changes.get(service) ?? 0) + 1);
    return refresh(service, now);
  });
  return { reply: { ok: true, value }, settled };
}

const answered = (value: unknown): Handled => ({ reply: { ok: true, value }, settled: Promise.resolve() });

/** Per service: changes made to the store so far, and the views of the last refresh with the count they saw. */
const changes = new WeakMap<Service, number>();
const kept = new WeakMap<Service, { snapshot: ViewSnapshot; changes: number }>();

/** Views computed between two turns of the event loop (measured at load 8 on 2 cores: 5,040 views took 0.4-0.9 s in one go). */
const SLICE = 500;

/** Lets messages that came during a refresh in (a page's scan, a chip's action): a refresh is a background task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every view at `now` (in store order), with the settings they used and the lists read in part.
 * In slices: 5,000 views are 0.1 s of the worker's thread at rest and a second under load, and the
 * worker answers nothing meanwhile (a chip's confirmation, the page's next scan, the popup).
 */
async function computeViews(service: Service, now: number) {
  const [{ value: settings }, dossiers, lists] = await Promise.all([
    getSettings(service.db),
    listDossiers(service.db),
    listsSeenSince(service.db, toVnIso(now - RECENT_LIST_MS)),
  ]);
  const views: DossierView[] = [];
  for (let i = 0; i < dossiers.length; i += SLICE) {
    if (i > 0) await nextTask();
    for (const d of dossiers.slice(i, i + SLICE)) views.push(dossierView(d, now, settings.rules, settings.locale));
  }
  return { settings, views, partial: partialLists(lists) };
}

/**
 * The last refresh's views if nothing changed since and they still hold at `now`; else those of a
 * refresh (the one a change already queued, shared): the worker computes every view once per change.
 */
async function currentSnapshot(service: Service, now: number): Promise<ViewSnapshot> {
  const last = kept.get(service);
  const count = changes.get(service) ?? 0;
  if (last && last.changes === count && isCurrent(last.snapshot.at, now)) return last.snapshot;
  // A refresh under way that read the store after the last change: its views, not a second computation.
  const under = running.get(service);
  if (under && under.changes === count && isCurrent(under.at, now)) return (await under.run).snapshot;
  return (await refresh(service, now)).snapshot;
}

/**
 * For a first screen the kept views will do at any age (the page dates them and asks for the
 * current ones), but not after a change: then the refresh the change queued answers.
 */
async function headSnapshot(service: Service, now: number): Promise<ViewSnapshot> {
  const last = kept.get(service);
  return last && last.changes === (changes.get(service) ?? 0) ? last.snapshot : currentSnapshot(service, now);
}

async function popupHead(service: Service, now: number, first: number): Promise<PopupSnapshot> {
  // A worker started again: the first screen of its last refresh, unless a change came since.
  const stored = kept.has(service) || changes.has(service) ? null : await service.effects.loadFirstScreens?.();
  return stored ? firstScreen(stored.popup, first) : popupAnswer(await headSnapshot(service, now), first);
}

let queue: Promise<unknown> = Promise.resolve();
/** Per service, the refresh queued and not started yet, and the latest time asked of it. */
const waiting = new WeakMap<Service, { run: Promise<Refreshed>; asked: { at: number | undefined } }>();
/** Per service, the refresh started and not finished: its time and the changes it counts. */
const running = new WeakMap<Service, { run: Promise<Refreshed>; at: number; changes: number }>();

type Refreshed = { settings: Settings; snapshot: ViewSnapshot };

/**
 * Badge and notifications from the stored dossiers at `now`; returns what it computed. Calls while
 * one refresh is waiting share it (it reads the store when it starts): the slices of a long list
 * cost one or two refreshes, not one each (each reads and recomputes every stored dossier).
 */
export function refresh(service: Service, at?: number): Promise<Refreshed> {
  const queued = waiting.get(service);
  if (queued) {
    // The last caller's time wins (none: the clock when the refresh starts), as if it ran alone.
    queued.asked.at = at;
    return queued.run;
  }
  const asked = { at };
  const run = async (): Promise<Refreshed> => {
    waiting.delete(service);
    const now = asked.at ?? (await service.now());
    const seen = changes.get(service) ?? 0;
    running.set(service, { run: next, at: now, changes: seen });
    const { settings, views, partial } = await computeViews(service, now);
    const { effects } = service;
    await effects.applyBadge(badgeState(views, settings.badgeCounts, settings.locale, partial.length));
    const planned = planNotifications({
      views,
      now,
      memory: await effects.loadMemory(),
      settings: settings.notifications,
      rules: settings.rules,
      locale: settings.locale,
    });
    await effects.saveMemory(planned.memory);
    await effects.showNotifications(planned.notifications);
    // Sorted and kept for the pages after the badge and notifications, which do not wait for it.
    const snapshot: ViewSnapshot = { at: now, locale: settings.locale, views: views.sort(compareViews), partialLists: partial };
    kept.set(service, { snapshot, changes: seen });
    await effects.keepFirstScreens?.({ popup: popupAnswer(snapshot, KEPT_ROWS), table: tableHead(snapshot, KEPT_ROWS) });
    return { settings, snapshot };
  };
  const next = queue.then(run, run).finally(() => {
    if (running.get(service)?.run === next) running.delete(service);
  });
  waiting.set(service, { run: next, asked });
  queue = next.catch(() => undefined);
  return next;
}

const PURGE_DAY_KEY = 'nhacHan:lastPurgeDay';

/** The alarm tick: time passed, so the badge and notifications change even with no portal open. */
export async function tick(service: Service, storage: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }): Promise<void> {
  const now = await service.now();
  const { settings } = await refresh(service, now);
  const today = toLocalDate(now);
  if ((await storage.get(PURGE_DAY_KEY))[PURGE_DAY_KEY] !== today) {
    await purgeClosed(service.db, now, settings.retentionDays);
    await purgeLists(service.db, now, settings.retentionDays);
    await storage.set({ [PURGE_DAY_KEY]: today });
  }
}
