/**
 * The dashboard's backup flow around the store's exportAll/importAll: a file is checked in a
 * scratch database first (the store validates everything and reports), the officer sees what it
 * holds and confirms, and only then is the real database touched.
 */
import { ValidationError, isPlainObject } from '../validation/guards';
import { toLocalDate } from '../time/vn-time';
import { BACKUP_FORMAT, importAll, type ImportMode, type ImportReport, type NhacHanDb } from '../store';

/** Far above a year of a busy desk (10,000 dossiers ≈ 10 MB); refuses a mistaken or hostile giant. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;
const MAX_SHOWN_ISSUES = 30;

export interface BackupSummary {
  exportedAt: string | null;
  dossiers: number;
  history: number;
  letters: number;
  settings: boolean;
  /** Dossiers of the file already in this database (merged, or replaced with the rest). */
  existing: number;
  /** Broken rows that will be left out, and texts that will be cut (at most 30 lines shown). */
  problems: string[];
  dropped: number;
}

export type BackupCheck = { ok: true; data: unknown; summary: BackupSummary } | { ok: false; errors: string[] };

export interface BackupStore {
  /** A throwaway database, deleted after the check. */
  openScratch: () => NhacHanDb;
  /** `portal|code` of the dossiers stored now. */
  existingKeys: () => Promise<Set<string>>;
}

/** Parses and validates a backup file without touching the real database. */
export async function checkBackup(text: string, size: number, store: BackupStore): Promise<BackupCheck> {
  if (size > MAX_BACKUP_BYTES) {
    return { ok: false, errors: [`Tệp quá lớn (${Math.round(size / 1_048_576)} MB, tối đa ${MAX_BACKUP_BYTES / 1_048_576} MB)`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const scratch = store.openScratch();
  try {
    const report = await importAll(scratch, data, { mode: 'replace' });
    // What the scratch database kept: the valid rows of the file.
    const [keys, history, letters] = await Promise.all([scratch.dossiers.toCollection().primaryKeys(), scratch.history.count(), scratch.letters.count()]);
    if (report.dropped > 0 && keys.length + history + letters === 0) {
      return { ok: false, errors: capped(['Không có dòng nào trong tệp đọc được', ...report.problems]) };
    }
    const existing = await store.existingKeys();
    const exportedAt = isPlainObject(data) && typeof data.exportedAt === 'string' ? data.exportedAt : null;
    return {
      ok: true,
      data,
      summary: {
        exportedAt,
        dossiers: keys.length,
        history,
        letters,
        settings: report.settings === 'applied',
        existing: keys.filter(([portal, code]) => existing.has(`${portal}|${code}`)).length,
        problems: capped(report.problems),
        dropped: report.dropped,
      },
    };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { ok: false, errors: capped(e.issues) };
  } finally {
    await scratch.delete();
  }
}

/** A hostile file cannot flood the page with lines. */
export function capped(lines: string[]): string[] {
  const more = lines.length - MAX_SHOWN_ISSUES;
  return [...lines.slice(0, MAX_SHOWN_ISSUES), ...(more > 0 ? [`… và ${more} lỗi khác`] : [])];
}

export function applyBackup(db: NhacHanDb, data: unknown, mode: ImportMode): Promise<ImportReport> {
  return importAll(db, data, { mode });
}

/** "Xóa toàn bộ dữ liệu": a replace with an empty backup clears every table in one transaction. */
export async function clearEverything(db: NhacHanDb): Promise<void> {
  await importAll(db, { format: BACKUP_FORMAT, dossiers: [], history: [], letters: [] }, { mode: 'replace' });
}

export function backupFileName(now: number): string {
  return `nhac-han-sao-luu-${toLocalDate(now)}.json`;
}
