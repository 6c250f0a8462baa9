/** The background's side: parse, dispatch to the store, answer with an envelope. */
import { listKey } from '../portals/list-key';
import { mergeTaught } from '../portals/taught/file';
import { toVnIso } from '../time/vn-time';
import {
  type NhacHanDb,
  upsertSeen,
  type StoredDossier,
  listDossiers,
  getDossier,
  markConfirmed,
  setNote,
  setPinned,
  getSettings,
  saveSettings,
  recordLetter,
  recordList,
  listsSeenSince,
  RECENT_LIST_MS,
} from '../store';
import type { Notes } from '../validation/guards';
import { readMessage, type Envelope, type Message, type MessageOf, type MessageType, type RecognizedReport, type ResponseOf } from '../messaging/messages';

/**
 * Called by the `recognized` handler once the message's dossiers are merged with the stored ones,
 * before they are written: with them, the counts so far and what validation repaired.
 */
export interface DispatchHooks {
  merged?: (rows: readonly StoredDossier[], report: RecognizedReport) => void;
}

/** `problems`: what validation repaired in the message (records left out, texts cut). */
type Handlers = { [T in MessageType]: (m: MessageOf<T>, problems: Notes, raw: unknown) => Promise<ResponseOf<T>> };

function handlers(db: NhacHanDb, now: () => number, hooks: DispatchHooks): Handlers {
  return {
    recognized: async (m, problems, raw) => {
      const seenAt = toVnIso(now());
      // A report or a dossier's own page updates its dossiers but is not a list the officer works from.
      const list = m.page ? null : listKey(m.url);
      const sent = (raw as { records: unknown[] }).records.length;
      const repaired = { problems, dropped: sent - m.records.length };
      const report = await upsertSeen(
        db,
        { portal: m.portal, records: m.records, coverage: m.coverage, list, seenAt, ...(m.listedBefore ? { listedBefore: m.listedBefore } : {}) },
        hooks.merged && ((rows, sofar) => hooks.merged!(rows, { ...sofar, ...repaired })),
      );
      // Without the pager's words only the rows sent are known.
      const seen = m.seen ?? { page: null, pageCount: null, rowsSeen: m.records.length, totalRows: null };
      if (list) await recordList(db, { list, portal: m.portal, ...seen, complete: m.coverage === 'complete', seenAt });
      return { ...report, ...repaired };
    },
    'get-dossiers': () => listDossiers(db),
    // The views are the service's (utils/service/service.ts): the store has nothing to add.
    'get-popup': async () => null,
    'get-table-head': async () => null,
    'get-recent-lists': () => listsSeenSince(db, toVnIso(now() - RECENT_LIST_MS)),
    'mark-confirmed': (m) => markConfirmed(db, m.key, m.confirmed).then(() => null),
    'set-note': (m) => setNote(db, m.key, m.note).then(() => null),
    'set-pinned': (m) => setPinned(db, m.key, m.pinned).then(() => null),
    'get-settings': () => getSettings(db),
    'save-settings': (m) => saveSettings(db, m.patch),
    'record-letter': (m) => recordLetter(db, m.letter),
    'data-changed': async () => null,
    // The page is opened by the caller (utils/service/service.ts); here only the dossier is checked.
    'open-letter': async (m) => {
      if (!(await getDossier(db, m.key))) throw new Error(`Không tìm thấy hồ sơ ${m.key[1]} (cổng ${m.key[0]})`);
      return null;
    },
    'get-taught': async (m) => {
      const origin = new URL(m.url).origin;
      return (await getSettings(db)).value.portals.taught.filter((a) => a.origin === origin);
    },
    'save-taught': async (m) => {
      const { value } = await getSettings(db);
      const saved = await saveSettings(db, { portals: { taught: mergeTaught(value.portals.taught, [m.adapter]) } });
      return saved.ok ? { ok: true } : saved;
    },
  };
}

/**
 * Like `createMessageHandler`, also giving the message as validated (null when refused): the
 * caller must act on that clean copy, never on what was sent.
 */
export function createMessageDispatcher(db: NhacHanDb, now: () => number = Date.now, hooks: DispatchHooks = {}) {
  const table = handlers(db, now, hooks);
  return async (raw: unknown): Promise<{ message: Message | null; reply: Envelope<unknown> }> => {
    let message: Message | null = null;
    try {
      const read = readMessage(raw);
      message = read.message;
      const handle = table[message.type] as (m: Message, problems: Notes, raw: unknown) => Promise<unknown>;
      return { message, reply: { ok: true, value: await handle(message, read.problems, raw) } };
    } catch (e) {
      return { message, reply: { ok: false, error: e instanceof Error ? e.message : String(e) } };
    }
  };
}

/**
 * Returns the function the background registers with `runtime.onMessage`. It never throws:
 * invalid messages and store errors come back as `{ ok: false, error }`.
 */
export function createMessageHandler(db: NhacHanDb, now: () => number = Date.now) {
  const dispatch = createMessageDispatcher(db, now);
  return async (raw: unknown): Promise<Envelope<unknown>> => (await dispatch(raw)).reply;
}
