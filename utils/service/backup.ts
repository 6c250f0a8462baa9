/**
 * The dashboard's backup flow around the store's exportAll/importAll: a file is checked in a
 * scratch database first (the store validates everything and reports), the officer sees what it
 * holds and confirms, and only then is the real database touched.
 */
import { ValidationError } from '../validation/guards';
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
    // Validated above: the tables are arrays of checked rows.
    const backup = data as { exportedAt?: unknown; dossiers: { portal: string; code: string }[]; history: unknown[]; letters: unknown[] };
    const existing = await store.existingKeys();
    return {
      ok: true,
      data,
      summary: {
        exportedAt: typeof backup.exportedAt === 'string' ? backup.exportedAt : null,
        dossiers: backup.dossiers.length,
        history: backup.history.length,
        letters: backup.letters.length,
        settings: report.settings === 'applied',
        existing: backup.dossiers.filter((d) => existing.has(`${d.portal}|${d.code}`)).length,
      },
    };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const more = e.issues.length - MAX_SHOWN_ISSUES;
    return { ok: false, errors: [...e.issues.slice(0, MAX_SHOWN_ISSUES), ...(more > 0 ? [`… và ${more} lỗi khác`] : [])] };
  } finally {
    await scratch.delete();
  }
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
