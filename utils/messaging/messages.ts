/**
 * Typed messages between content scripts / extension pages and the background, and their
 * responses. Content scripts run beside untrusted pages, so the background parses every message
 * with `parseMessage` before acting on it.
 */
import type { DossierRecord } from '../portals/types';
import type { Settings, SettingsPatch } from '../settings';
import type {
  Coverage,
  DossierKey,
  LetterInput,
  LetterRow,
  ListRow,
  StoredDossier,
  UpsertReport,
} from '../store';
import {
  type Guard,
  ValidationError,
  object,
  str,
  bool,
  oneOf,
  arrayOf,
  isoInstant,
  optional,
  int,
  isPlainObject,
  preview,
  fail,
  keepValid,
  type Notes,
} from '../validation/guards';
import { MAX_LISTED, MAX_RECORDS, codeLabel, dossierRecord, dossierCode, httpUrl, portalId } from '../validation/records';
import { seenPart, type SeenPart } from '../validation/seen';
import { taughtGuard } from '../portals/taught/guard';
import type { TaughtAdapter } from '../portals/taught/types';

/** A first screen is a few dozen rows; more is a whole list, asked for without a count. */
const MAX_FIRST_SCREEN = 500;

export type Message =
  /** From a content script: what it recognised on a portal page. */
  | {
      type: 'recognized';
      portal: string;
      url: string;
      coverage: Coverage;
      records: DossierRecord[];
      /**
       * A list longer than one message is sent in slices, each stored as it comes: the last one
       * alone says 'complete' and names here the codes of the earlier slices, so those are not
       * taken as gone from the list.
       */
      listedBefore?: string[];
      /** Which part of the list the page showed (pager words); absent: not known. */
      seen?: SeenPart;
      /** A report or a single-dossier page: its dossiers are updated, but it is no list. Absent: a list. */
      page?: 'report' | 'detail';
    }
  | { type: 'get-dossiers' }
  /**
   * The popup's list, computed by the service (not in the page): every dossier it lists, or only the
   * first `first` of them, answered from the last refresh (the answer says when it was computed).
   */
  | { type: 'get-popup'; first?: number }
  /** The dashboard's first `rows` rows in its default order, from the last refresh. */
  | { type: 'get-table-head'; rows: number }
  /** Lists seen in the last day, with how much of each was seen. */
  | { type: 'get-recent-lists' }
  | { type: 'mark-confirmed'; key: DossierKey; confirmed: boolean }
  | { type: 'set-note'; key: DossierKey; note: string }
  | { type: 'set-pinned'; key: DossierKey; pinned: boolean }
  | { type: 'get-settings' }
  | { type: 'save-settings'; patch: SettingsPatch }
  | { type: 'record-letter'; letter: LetterInput }
  /** An extension page changed the database directly (import, delete-all): recompute badge and alarms. */
  | { type: 'data-changed' }
  /** From a chip: open the dossier's apology letter (the worker opens the page, on any portal). */
  | { type: 'open-letter'; key: DossierKey }
  /** From a portal page: the portals taught for its own origin (a page never learns another's). */
  | { type: 'get-taught'; url: string }
  /** From the teach bar: store what the officer taught on this page (its own origin only). */
  | { type: 'save-taught'; adapter: TaughtAdapter };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * The store's report on a page, plus what validation did to it: `problems` names each record left
 * out (unusable code or portal, a field of the wrong kind) and each text cut at its limit;
 * `dropped` counts the records left out.
 */
export type RecognizedReport = UpsertReport & { problems: string[]; dropped: number };

export interface ResponseMap {
  recognized: RecognizedReport;
  'get-dossiers': StoredDossier[];
  /** Answered by the service, which holds the views (their types: utils/service/responses.ts). */
  'get-popup': unknown;
  'get-table-head': unknown;
  'get-recent-lists': ListRow[];
  'mark-confirmed': null;
  'set-note': null;
  'set-pinned': null;
  /** `errors`: stored fields that were invalid and replaced by defaults. */
  'get-settings': { value: Settings; errors: string[] };
  'save-settings': { ok: true; value: Settings } | { ok: false; errors: string[] };
  'record-letter': LetterRow;
  'data-changed': null;
  'open-letter': null;
  'get-taught': TaughtAdapter[];
  'save-taught': { ok: true } | { ok: false; errors: string[] };
}

export type ResponseOf<T extends MessageType> = ResponseMap[T];

/** What travels back over `runtime.sendMessage`: errors are data, not lost exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

const key: Guard<DossierKey> = (x, path = '') => {
  if (!Array.isArray(x) || x.length !== 2) fail(path, `cần [cổng, mã hồ sơ], nhận ${preview(x)}`);
  return [portalId(x[0], `${path}[0]`), dossierCode(x[1], `${path}[1]`)];
};

const letterInput = object<LetterInput>({
  portal: portalId,
  code: dossierCode,
  regime: oneOf(['nd61', 'nd118']),
  reason: str({ min: 1 }),
  newDueAt: isoInstant,
  issuedAt: isoInstant,
  issuedBy: str({ max: 200 }),
  late: bool,
  body: optional(str({ max: 50_000 })),
});

/** Settings patches are checked against the stored settings when applied (`applySettingsPatch`). */
const patch: Guard<SettingsPatch> = (x, path = '') => {
  if (!isPlainObject(x)) fail(path, `cần đối tượng, nhận ${preview(x)}`);
  if (JSON.stringify(x).length > 200_000) fail(path, 'thay đổi thiết lập quá lớn');
  return x as SettingsPatch;
};

const recognizedFields = object<MessageOf<'recognized'>>(
  {
    type: oneOf(['recognized']),
    portal: portalId,
    url: httpUrl,
    coverage: oneOf(['complete', 'partial']),
    records: keepValid(dossierRecord, MAX_RECORDS, codeLabel),
    // Codes of earlier slices: one left out there was noted there, and is simply not listed here.
    listedBefore: optional((x, path) => keepValid(dossierCode, MAX_LISTED)(x, path)),
    seen: optional(seenPart),
    page: optional(oneOf(['report', 'detail'])),
  },
  (m, path) => {
    if (m.page && m.coverage === 'complete') fail(`${path}coverage`, 'trang báo cáo hay trang một hồ sơ không bao giờ là danh sách đầy đủ');
    if (m.listedBefore && m.coverage !== 'complete') fail(`${path}listedBefore`, 'chỉ đi kèm phần cuối của một danh sách đầy đủ');
  },
);

/** One bad record never costs the page: it is left out alone, the rest is stored. */
const recognized: Guard<MessageOf<'recognized'>> = (x, path = '', notes) => {
  const m = recognizedFields(x, path, notes);
  const records = m.records.filter((r) => {
    if (r.portal !== m.portal) notes?.push(`mã ${preview(r.code)}: bỏ qua (thuộc cổng "${r.portal}", khác cổng của tin nhắn "${m.portal}")`);
    return r.portal === m.portal;
  });
  return { ...m, records };
};

const GUARDS: { [T in MessageType]: Guard<MessageOf<T>> } = {
  recognized,
  'get-dossiers': object({ type: oneOf(['get-dossiers']) }),
  'get-popup': object({ type: oneOf(['get-popup']), first: optional(int(1, MAX_FIRST_SCREEN)) }),
  'get-table-head': object({ type: oneOf(['get-table-head']), rows: int(1, MAX_FIRST_SCREEN) }),
  'get-recent-lists': object({ type: oneOf(['get-recent-lists']) }),
  'mark-confirmed': object({ type: oneOf(['mark-confirmed']), key, confirmed: bool }),
  'set-note': object({ type: oneOf(['set-note']), key, note: str() }),
  'set-pinned': object({ type: oneOf(['set-pinned']), key, pinned: bool }),
  'get-settings': object({ type: oneOf(['get-settings']) }),
  'save-settings': object({ type: oneOf(['save-settings']), patch }),
  'record-letter': object({ type: oneOf(['record-letter']), letter: letterInput }),
  'data-changed': object({ type: oneOf(['data-changed']) }),
  'open-letter': object({ type: oneOf(['open-letter']), key }),
  'get-taught': object({ type: oneOf(['get-taught']), url: httpUrl }),
  'save-taught': object({ type: oneOf(['save-taught']), adapter: taughtGuard }),
};

const TYPES = Object.keys(GUARDS) as MessageType[];

/**
 * Validates a received message; throws an error naming every wrong field. What it repaired instead
 * (records left out, texts cut) is in `problems`.
 */
export function readMessage(x: unknown): { message: Message; problems: Notes } {
  if (!isPlainObject(x)) throw new ValidationError([`tin nhắn phải là đối tượng, nhận ${preview(x)}`]);
  const type = x.type as MessageType;
  if (!TYPES.includes(type)) throw new ValidationError([`loại tin nhắn không rõ: ${preview(x.type)}`]);
  const problems: Notes = [];
  return { message: GUARDS[type](x, '', problems) as Message, problems };
}

export function parseMessage(x: unknown): Message {
  return readMessage(x).message;
}
