/** Named transactions over the dossiers and their history. Each is one short Dexie transaction. */
import { Dexie } from 'dexie';
import { mergeDateOnly } from '../portals/precision';
import type { DossierRecord, DossierStatus } from '../portals/types';
import { DAY_MS, toVnIso } from '../time/vn-time';
import { TRACKED_FIELDS, type DossierKey, type HistoryRow, type NhacHanDb, type OfficerFields, type StoredDossier } from './db';

/**
 * `complete`: the records are the officer's whole list on this portal (every page was read), so a
 * dossier missing from it has left the list. `partial`: one page of a paginated or virtualised
 * list; nothing can be concluded about rows not shown (docs/domain.md §7).
 */
export type Coverage = 'complete' | 'partial';

export interface SeenBatch {
  portal: string;
  records: DossierRecord[];
  /** ISO instant with +07:00 (`toVnIso`). */
  seenAt: string;
  coverage: Coverage;
  /** `listKey` of the page the records come from; absent or null: the whole portal is the list. */
  list?: string | null;
  /** With 'complete': codes of the same list stored by earlier batches of this read (a list split in slices). */
  listedBefore?: readonly string[];
}

export interface UpsertReport {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records older than what another tab already stored; left as they were. */
  stale: number;
  markedUnseen: number;
  historyRows: number;
}

export const CLOSED_STATUSES: readonly DossierStatus[] = ['done', 'returned', 'rejected', 'withdrawn'];

const NEW_OFFICER_FIELDS: OfficerFields = {
  note: '',
  pinned: false,
  letterSent: false,
  confirmedOnSystem: false,
  appointmentOverride: null,
};

// A null or 'unknown' from the page means "not shown here" (a list without the step deadline,
// say), not "cleared": the value read earlier from another page is kept.
const KEPT_WHEN_MISSING = ['procedure', 'applicant', 'receivedAt', 'dueAt', 'stepDueAt', 'statusText', 'handler'] as const;

function portalRange(db: NhacHanDb, portal: string) {
  return db.dossiers.where('[portal+code]').between([portal, Dexie.minKey], [portal, Dexie.maxKey], true, true);
}

function closedAtFor(status: DossierStatus, previous: string | null, seenAt: string): string | null {
  return CLOSED_STATUSES.includes(status) ? (previous ?? seenAt) : null;
}

function merge(old: StoredDossier, record: DossierRecord, batch: SeenBatch): { next: StoredDossier; changes: HistoryRow[] } {
  const { seenAt } = batch;
  const next: StoredDossier = { ...old, url: record.url, lastSeenAt: seenAt, unseenSince: null, seenOnList: batch.list ?? old.seenOnList };
  for (const field of KEPT_WHEN_MISSING) next[field] = record[field] ?? old[field];
  next.dateOnly = mergeDateOnly(old, record);
  if (record.status !== 'unknown') next.status = record.status;
  next.closedAt = closedAtFor(next.status, old.closedAt, seenAt);
  const changes = TRACKED_FIELDS.filter((f) => next[f] !== old[f]).map(
    (field): HistoryRow => ({ portal: old.portal, code: old.code, field, from: old[field], to: next[field], at: seenAt }),
  );
  return { next, changes };
}

function sameContent(a: StoredDossier, b: StoredDossier): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof StoredDossier)[]);
  return [...keys].every((k) => k === 'lastSeenAt' || (k === 'dateOnly' ? String(a[k] ?? []) === String(b[k] ?? []) : a[k] === b[k]));
}

/**
 * Stores what a portal page showed: inserts new dossiers, refreshes known ones (officer fields
 * untouched), writes a history row per change of status, due dates or handler, and on a complete
 * list marks unseen the dossiers last seen on that list that it no longer shows.
 *
 * `merged`, if given, gets the batch's dossiers as they will be stored (a stale record: the row it
 * left alone) and the counts so far, before they are written: a page's chips need no more, and the
 * write is about 40 % of its round trip.
 */
export async function upsertSeen(
  db: NhacHanDb,
  batch: SeenBatch,
  merged?: (rows: readonly StoredDossier[], report: UpsertReport) => void,
): Promise<UpsertReport> {
  const { portal, seenAt } = batch;
  const foreign = batch.records.find((r) => r.portal !== portal);
  if (foreign) throw new Error(`Hồ sơ ${foreign.code} thuộc cổng "${foreign.portal}", không phải "${portal}"`);
  // The same code twice on one page (sticky header, duplicated row): the last one wins.
  const records = [...new Map(batch.records.map((r) => [r.code, r])).values()];
  const report: UpsertReport = { inserted: 0, updated: 0, unchanged: 0, stale: 0, markedUnseen: 0, historyRows: 0 };

  return db.transaction('rw', db.dossiers, db.history, async () => {
    const existing = await db.dossiers.bulkGet(records.map((r): DossierKey => [portal, r.code]));
    /** The batch's dossiers as stored, in the batch's order; those written are `puts`. */
    const rows: StoredDossier[] = [];
    const puts: StoredDossier[] = [];
    const put = (row: StoredDossier) => void (rows.push(row), puts.push(row));
    const history: HistoryRow[] = [];
    records.forEach((record, i) => {
      const old = existing[i];
      if (!old) {
        report.inserted++;
        put({
          ...record,
          dateOnly: record.dateOnly ?? [],
          ...NEW_OFFICER_FIELDS,
          firstSeenAt: seenAt,
          lastSeenAt: seenAt,
          unseenSince: null,
          closedAt: closedAtFor(record.status, null, seenAt),
          seenOnList: batch.list ?? null,
        });
      } else if (seenAt < old.lastSeenAt) {
        report.stale++;
        rows.push(old);
      } else {
        const { next, changes } = merge(old, record, batch);
        report[sameContent(old, next) ? 'unchanged' : 'updated']++;
        put(next);
        history.push(...changes);
      }
    });
    merged?.(rows, { ...report });
    await db.dossiers.bulkPut(puts);
    await db.history.bulkAdd(history);
    report.historyRows = history.length;

    if (batch.coverage === 'complete') {
      const seen = new Set([...records.map((r) => r.code), ...(batch.listedBefore ?? [])]);
      // A row stored by another tab after this snapshot was taken is not "missing" from it.
      // One getAll and one bulkPut: a cursor walk (filter + modify) is far slower on big lists.
      const list = batch.list ?? null;
      const onThisList = (d: StoredDossier) => list === null || d.seenOnList === null || d.seenOnList === list;
      const missing = (await portalRange(db, portal).toArray()).filter(
        (d) => !seen.has(d.code) && d.unseenSince === null && d.lastSeenAt <= seenAt && onThisList(d),
      );
      await db.dossiers.bulkPut(missing.map((d) => ({ ...d, unseenSince: seenAt })));
      report.markedUnseen = missing.length;
    }
    return report;
  });
}

type EditableField = Pick<OfficerFields, 'note' | 'pinned' | 'confirmedOnSystem'>;

async function updateOfficerFields(db: NhacHanDb, key: DossierKey, changes: Partial<EditableField>): Promise<void> {
  const count = await db.dossiers.update(key, changes);
  if (count === 0 && !(await db.dossiers.get(key))) {
    throw new Error(`Không tìm thấy hồ sơ ${key[1]} (cổng ${key[0]})`);
  }
}

export function getDossier(db: NhacHanDb, key: DossierKey): Promise<StoredDossier | undefined> {
  return db.dossiers.get(key);
}

/** The stored dossiers among `keys` (unknown keys skipped): one page's rows, without reading the whole store. */
export async function getDossiers(db: NhacHanDb, keys: readonly DossierKey[]): Promise<StoredDossier[]> {
  return (await db.dossiers.bulkGet([...keys])).filter((d): d is StoredDossier => d !== undefined);
}

export function markConfirmed(db: NhacHanDb, key: DossierKey, confirmed = true): Promise<void> {
  return updateOfficerFields(db, key, { confirmedOnSystem: confirmed });
}

export function setNote(db: NhacHanDb, key: DossierKey, note: string): Promise<void> {
  return updateOfficerFields(db, key, { note });
}

export function setPinned(db: NhacHanDb, key: DossierKey, pinned: boolean): Promise<void> {
  return updateOfficerFields(db, key, { pinned });
}

export function listDossiers(db: NhacHanDb): Promise<StoredDossier[]> {
  return db.dossiers.toArray();
}

export interface PurgeReport {
  dossiers: number;
  history: number;
}

/**
 * Deletes closed dossiers not seen for `retentionDays` and their history (personal data is kept
 * only while needed, NĐ 13/2023). Letters stay in the register but lose their body text.
 */
export async function purgeClosed(db: NhacHanDb, now: number, retentionDays: number): Promise<PurgeReport> {
  const cutoff = toVnIso(now - retentionDays * DAY_MS);
  return db.transaction('rw', db.dossiers, db.history, db.letters, async () => {
    const old = await db.dossiers.where('lastSeenAt').below(cutoff).toArray();
    const keys = old.filter((d) => d.closedAt !== null).map((d): DossierKey => [d.portal, d.code]);
    if (keys.length === 0) return { dossiers: 0, history: 0 };
    await db.dossiers.bulkDelete(keys);
    const history = await db.history.where('[portal+code]').anyOf(keys).delete();
    await db.letters
      .where('[portal+code]')
      .anyOf(keys)
      .modify((letter) => {
        delete letter.body;
      });
    return { dossiers: keys.length, history };
  });
}
