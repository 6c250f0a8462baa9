import { describe, expect, it, vi } from 'vitest';
import { exportAll, importAll, saveSettings, upsertSeen, type NhacHanDb } from '../../../utils/store';
import { toVnIso, vnEpoch } from '../../../utils/time/vn-time';
import { freshDb, record } from '../store/helpers';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const code = (i: number) => `000.00.53.H48-261110-${String(i).padStart(6, '0')}`;

/** A database with 50 dossiers (and their history) and saved settings. */
async function populated(): Promise<NhacHanDb> {
  const db = freshDb();
  const records = Array.from({ length: 50 }, (_, i) => record(code(i)));
  await upsertSeen(db, { portal: 'igate', records, seenAt: toVnIso(NOW), coverage: 'partial' });
  await upsertSeen(db, { portal: 'igate', records: records.map((r) => ({ ...r, dueAt: '2026-11-30T17:00:00+07:00' })), seenAt: toVnIso(NOW + 60_000), coverage: 'partial' });
  await saveSettings(db, { nearWorkingDays: 3 });
  return db;
}

/** A valid backup of `n` dossiers from another machine. */
async function backupOf(n: number) {
  const source = freshDb();
  await upsertSeen(source, { portal: 'antd', records: Array.from({ length: n }, (_, i) => record(code(10_000 + i), { portal: 'antd' })), seenAt: toVnIso(NOW), coverage: 'partial' });
  return exportAll(source, NOW);
}

describe('one corrupt row costs only itself', () => {
  it.each(['merge', 'replace'] as const)('imports the 4,999 good dossiers of a 5,000-dossier backup whose last row is corrupt (%s) and reports that row', async (mode) => {
    const db = await populated();
    const before = await exportAll(db, NOW);
    const backup = await backupOf(5_000);
    backup.dossiers[4_999] = { ...backup.dossiers[4_999]!, dueAt: 'ngày mai' };
    const report = await importAll(db, backup, { mode });
    expect(report.dropped).toBe(1);
    expect(report.problems).toEqual([
      `dossiers[4999] (mã "${code(14_999)}"): bỏ qua (dossiers[4999].dueAt: "ngày mai" không phải thời điểm ISO 8601 có múi giờ (vd. 2026-11-27T17:00:00+07:00))`,
    ]);
    const after = await exportAll(db, NOW);
    const codes = new Set(after.dossiers.map((d) => d.code));
    expect(codes.has(code(14_999))).toBe(false);
    expect(backup.dossiers.slice(0, 4_999).every((d) => codes.has(d.code))).toBe(true);
    // merge keeps the 50 already here; replace leaves only the file's good rows.
    expect(after.dossiers).toHaveLength(mode === 'merge' ? 5_049 : 4_999);
    if (mode === 'merge') expect(before.dossiers.every((d) => codes.has(d.code))).toBe(true);
  }, 60_000);
});

describe('importing a bad backup changes nothing', () => {
  it('rejects an oversized backup (more than 200,000 rows in a table) before reading its rows', async () => {
    const db = await populated();
    const before = await exportAll(db, NOW);
    const [one] = (await backupOf(1)).dossiers;
    const giant = { format: 'nhac-han-backup', dossiers: new Array(200_001).fill(one), history: [], letters: [] };
    await expect(importAll(db, giant, { mode: 'replace' })).rejects.toThrow(/200001 phần tử, tối đa 200000/);
    expect(await exportAll(db, NOW)).toEqual(before);
  });

  it('rolls a replace back completely when a write fails after the tables were cleared', async () => {
    const db = await populated();
    const before = await exportAll(db, NOW);
    const backup = await backupOf(100);
    // Validation passed; the disk fails half-way (quota, crash): the clear must not survive.
    vi.spyOn(db.history, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importAll(db, backup, { mode: 'replace' })).rejects.toThrow('QuotaExceededError');
    expect(await exportAll(db, NOW)).toEqual(before);
  });
});
