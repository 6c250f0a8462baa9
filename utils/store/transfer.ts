/** Backup and restore of the whole database (the officer's own export; nothing leaves otherwise). */
import type { Table } from 'dexie';
import { toVnIso } from '../time/vn-time';
import { guessDateOnly } from '../portals/precision';
import type { DossierRecord } from '../portals/types';
import { repairSettings, type Settings } from '../settings';
import {
  type Guard,
  ValidationError,
  object,
  type Notes,
  str,
  clipped,
  bool,
  int,
  oneOf,
  nullable,
  optional,
  keepValid,
  isoInstant,
  isPlainObject,
} from '../validation/guards';
import { codeLabel, dossierRecord, dossierCode, httpUrl, portalId } from '../validation/records';
import { SEEN_SHAPE, checkPages } from '../validation/seen';
import { TRACKED_FIELDS, type DossierKey, type HistoryRow, type LetterRow, type ListRow, type NhacHanDb, type StoredDossier } from './db';

export const BACKUP_FORMAT = 'nhac-han-backup';
const MAX_ROWS = 200_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  dossiers: StoredDossier[];
  history: Omit<HistoryRow, 'id'>[];
  letters: Omit<LetterRow, 'id'>[];
  /** Absent from backups made before schema v4. */
  lists?: ListRow[];
  settings: Settings | null;
}

export async function exportAll(db: NhacHanDb, now = Date.now()): Promise<Backup> {
  return db.transaction('r', [db.dossiers, db.history, db.letters, db.lists, db.settings], async () => {
    const withoutId = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;
    const settings = await db.settings.get('main');
    return {
      format: BACKUP_FORMAT,
      schemaVersion: db.verno,
      exportedAt: toVnIso(now),
      dossiers: await db.dossiers.toArray(),
      history: (await db.history.toArray()).map(withoutId),
      letters: (await db.letters.toArray()).map(withoutId),
      lists: await db.lists.toArray(),
      settings: settings ? repairSettings(settings.value).value : null,
    };
  });
}

type StoredFields = Omit<StoredDossier, keyof DossierRecord | 'seenOnList'> & { seenOnList?: string | null };

const storedFields = object<StoredFields>({
  note: clipped(2_000),
  pinned: bool,
  letterSent: bool,
  confirmedOnSystem: bool,
  appointmentOverride: nullable(isoInstant),
  firstSeenAt: isoInstant,
  lastSeenAt: isoInstant,
  unseenSince: nullable(isoInstant),
  closedAt: nullable(isoInstant),
  // Absent from backups made before schema v3.
  seenOnList: optional(nullable(str({ max: 2_000 }))),
});

const storedDossier: Guard<StoredDossier> = (x, path = '', notes) => {
  const issues: string[] = [];
  const parts = [dossierRecord, storedFields].map((g) => {
    try {
      return g(x, path, notes);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues.push(...e.issues);
      return {};
    }
  });
  if (issues.length) throw new ValidationError(issues);
  return { seenOnList: null, ...Object.assign({}, ...parts) } as StoredDossier;
};

const historyRow = object<Omit<HistoryRow, 'id'>>({
  portal: portalId,
  code: dossierCode,
  field: oneOf(TRACKED_FIELDS),
  from: nullable(clipped()),
  to: nullable(clipped()),
  at: isoInstant,
});

const letterRow = object<Omit<LetterRow, 'id'>>({
  portal: portalId,
  code: dossierCode,
  year: int(2000, 9999),
  number: int(1, 1_000_000),
  numberText: str({ max: 50 }),
  regime: oneOf(['nd61', 'nd118']),
  reason: clipped(),
  originalDueAt: isoInstant,
  newDueAt: isoInstant,
  issuedAt: isoInstant,
  issuedBy: clipped(200),
  late: bool,
  body: optional(clipped(50_000)),
});

const listRow = object<ListRow>(
  { ...SEEN_SHAPE, list: httpUrl, portal: portalId, complete: bool, seenAt: isoInstant },
  checkPages,
);

const listLabel = (x: unknown) => (isPlainObject(x) && typeof x.list === 'string' ? ` (${x.list.slice(0, 80)})` : '');

/** A broken row is left out alone and reported; only a file that is not a backup is refused whole. */
const backupTables = object<Pick<Backup, 'format' | 'dossiers' | 'history' | 'letters' | 'lists'>>({
  format: oneOf([BACKUP_FORMAT]),
  dossiers: keepValid(storedDossier, MAX_ROWS, codeLabel),
  history: keepValid(historyRow, MAX_ROWS, codeLabel),
  letters: keepValid(letterRow, MAX_ROWS, codeLabel),
  lists: optional(keepValid(listRow, MAX_ROWS, listLabel)),
});

const TABLES = ['dossiers', 'history', 'letters', 'lists'] as const;

export type ImportMode = 'merge' | 'replace';

export interface ImportReport {
  mode: ImportMode;
  dossiers: { added: number; merged: number };
  history: { added: number; skipped: number };
  letters: { added: number; skipped: number; conflicts: string[] };
  settings: 'applied' | 'kept' | 'absent';
  /** Invalid fields of the imported settings, replaced by defaults. */
  settingsErrors: string[];
  /** Rows left out (each with its reason) and texts cut at their limit; the rest was imported. */
  problems: string[];
  /** Rows left out, all tables together. */
  dropped: number;
}

/**
 * Restores a backup. `replace` empties the database first; `merge` keeps what is here and adds
 * what is new (the newer reading of a dossier wins, officer fields are combined, existing
 * settings kept). The whole backup is validated before anything is written: a file that is not a
 * backup writes nothing; a broken row is left out and reported, the others are imported.
 */
export async function importAll(db: NhacHanDb, data: unknown, { mode }: { mode: ImportMode }): Promise<ImportReport> {
  const problems: Notes = [];
  const backup = backupTables(data, '', problems);
  const sent = (table: (typeof TABLES)[number]) => ((data as Record<string, unknown[] | undefined>)[table] ?? []).length;
  const rawSettings = isPlainObject(data) ? data.settings : undefined;
  const settings = rawSettings == null ? null : repairSettings(rawSettings);
  const report: ImportReport = {
    mode,
    dossiers: { added: 0, merged: 0 },
    history: { added: 0, skipped: 0 },
    letters: { added: 0, skipped: 0, conflicts: [] },
    settings: 'absent',
    settingsErrors: settings?.errors ?? [],
    problems,
    dropped: TABLES.reduce((n, table) => n + sent(table) - (backup[table] ?? []).length, 0),
  };

  const tables: Table[] = [db.dossiers, db.history, db.letters, db.lists, db.settings];
  return db.transaction('rw', tables, async () => {
    if (mode === 'replace') await Promise.all(tables.map((t) => t.clear()));
    await mergeDossiers(db, backup.dossiers, report);
    await mergeHistory(db, backup.history, report);
    await mergeLetters(db, backup.letters, report);
    await mergeLists(db, backup.lists ?? []);
    if (settings) {
      const keep = mode === 'merge' && (await db.settings.get('main')) !== undefined;
      if (!keep) await db.settings.put({ key: 'main', value: settings.value });
      report.settings = keep ? 'kept' : 'applied';
    }
    return report;
  });
}

const keyOf = (d: { portal: string; code: string }): DossierKey => [d.portal, d.code];

async function mergeDossiers(db: NhacHanDb, saved: StoredDossier[], report: ImportReport) {
  // A backup from before schema v5 has no date precision: guessed as the v5 upgrade does.
  const incoming = saved.map((d) => (d.dateOnly ? d : { ...d, dateOnly: guessDateOnly(d) }));
  const existing = await db.dossiers.bulkGet(incoming.map(keyOf));
  const rows = incoming.map((d, i) => {
    const old = existing[i];
    if (!old) {
      report.dossiers.added++;
      return d;
    }
    report.dossiers.merged++;
    const newer = d.lastSeenAt > old.lastSeenAt ? d : old;
    return {
      ...newer,
      firstSeenAt: d.firstSeenAt < old.firstSeenAt ? d.firstSeenAt : old.firstSeenAt,
      note: old.note || d.note,
      pinned: old.pinned || d.pinned,
      letterSent: old.letterSent || d.letterSent,
      confirmedOnSystem: old.confirmedOnSystem || d.confirmedOnSystem,
      appointmentOverride: old.appointmentOverride ?? d.appointmentOverride,
    };
  });
  await db.dossiers.bulkPut(rows);
}

async function mergeHistory(db: NhacHanDb, incoming: Omit<HistoryRow, 'id'>[], report: ImportReport) {
  const id = (h: Omit<HistoryRow, 'id'>) => JSON.stringify([h.portal, h.code, h.field, h.at, h.from, h.to]);
  const keys = [...new Map(incoming.map((h) => [JSON.stringify(keyOf(h)), keyOf(h)])).values()];
  const known = new Set((await db.history.where('[portal+code]').anyOf(keys).toArray()).map(id));
  const fresh: Omit<HistoryRow, 'id'>[] = [];
  for (const row of incoming) {
    if (known.has(id(row))) continue;
    known.add(id(row));
    fresh.push(row);
  }
  report.history.added = fresh.length;
  report.history.skipped = incoming.length - fresh.length;
  await db.history.bulkAdd(fresh);
}

/** The newer reading of a list wins, as in `recordList`. */
async function mergeLists(db: NhacHanDb, incoming: ListRow[]) {
  const existing = await db.lists.bulkGet(incoming.map((l) => l.list));
  await db.lists.bulkPut(incoming.filter((l, i) => !existing[i] || l.seenAt > existing[i].seenAt));
}

async function mergeLetters(db: NhacHanDb, incoming: Omit<LetterRow, 'id'>[], report: ImportReport) {
  for (const letter of incoming) {
    const sameNumber = await db.letters.where('[year+number]').equals([letter.year, letter.number]).first();
    const sameDossier = await db.letters.where('[portal+code]').equals(keyOf(letter)).first();
    if (sameNumber && sameNumber.portal === letter.portal && sameNumber.code === letter.code) {
      report.letters.skipped++;
    } else if (sameNumber || sameDossier) {
      report.letters.conflicts.push(
        sameNumber
          ? `Thư số ${letter.numberText} năm ${letter.year} đã dùng cho hồ sơ ${sameNumber.code}; bỏ qua thư của hồ sơ ${letter.code}`
          : `Hồ sơ ${letter.code} đã có thư số ${sameDossier!.numberText}; bỏ qua thư số ${letter.numberText}`,
      );
    } else {
      await db.letters.add(letter);
      report.letters.added++;
    }
  }
}
