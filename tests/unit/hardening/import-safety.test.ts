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

describe('importing a bad backup changes nothing', () => {
  it.each(['merge', 'replace'] as const)('rejects a 5,000-dossier backup whose last row is corrupt (%s) and writes none of the others', async (mode) => {
    const db = await populated();
    const before = await exportAll(db, NOW);
    const backup = await backupOf(5_000);
    backup.dossiers[4_999] = { ...backup.dossiers[4_999]!, dueAt: 'ngày mai' };
    await expect(importAll(db, backup, { mode })).rejects.toThrow(/^dossiers\[4999\]\.dueAt/);
    expect(await exportAll(db, NOW)).toEqual(before);
  });

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
