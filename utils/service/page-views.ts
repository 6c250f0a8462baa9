/**
 * A portal page's chips are computed on the page: the store answers `recognized` with what it
 * knows of each row beyond the page's own reading (the officer's marks, deadlines read on another
 * page, texts validation cut), its clock and its settings, not with a finished view per row. A
 * view is about 1 KB, mostly disclosure lines, and a page shows a few dozen of its 500 rows: the
 * answer is a few KB instead of half a megabyte, and only the chips near the viewport are computed.
 */
import type { WorkRules } from '../calendar';
import type { Locale } from '../i18n/page';
import type { DossierRecord } from '../portals/types';
import { dossierView, type DossierView, type TrackedDossier } from './views';

/** The store's fields a chip never shows: when a list saw the dossier, and the officer's own notes. */
const LIST_ONLY: ReadonlySet<string> = new Set(['firstSeenAt', 'lastSeenAt', 'unseenSince', 'closedAt', 'seenOnList', 'note', 'pinned']);

/** What the store knows of a row beyond what the page read, field by field. */
export type StoredBeyond = Partial<TrackedDossier>;

export interface ChipContext {
  /** The store's instant: the page shows what the store would (end-to-end tests freeze it). */
  now: number;
  rules: WorkRules;
  locale: Locale;
  /** By `dossierKey`, an entry for every row the store took ({} when it knows nothing more). */
  stored: Record<string, StoredBeyond>;
}

/** What the views take a field the page never sends to be (utils/service/views.ts): no need to send it. */
const ABSENT: Readonly<Record<string, unknown>> = { letterSent: false, confirmedOnSystem: false, appointmentOverride: null, dateOnly: [] };

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * The fields of a stored row (every record field: the store's migrations fill them all) that
 * differ from the record the page sent. `sent` is what the page sent, unvalidated: only compared.
 */
export function storedBeyond(row: TrackedDossier, sent: unknown): StoredBeyond {
  const page = (typeof sent === 'object' && sent !== null ? sent : {}) as Record<string, unknown>;
  const beyond: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    const shown = field in page ? page[field] : ABSENT[field];
    if (!LIST_ONLY.has(field) && !sameValue(value, shown)) beyond[field] = value;
  }
  return beyond as StoredBeyond;
}

/** The sent records by code (the last of a code wins, as in the store). */
export function sentByCode(records: unknown): Map<string, unknown> {
  const list = Array.isArray(records) ? records : [];
  return new Map(list.map((r) => [(r as { code?: unknown } | null)?.code, r]).filter((e): e is [string, unknown] => typeof e[0] === 'string'));
}

/** The chip's view of a row the page read, with what the store knows beyond it: the store's own view of the row. */
export function pageView(record: DossierRecord, beyond: StoredBeyond, { now, rules, locale }: ChipContext): DossierView {
  return dossierView({ ...record, ...beyond }, now, rules, locale);
}
