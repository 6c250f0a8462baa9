import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  upsertSeen,
  setNote,
  setPinned,
  markConfirmed,
  recordLetter,
  saveSettings,
  getSettings,
  exportAll,
  importAll,
  listDossiers,
} from '../../../utils/store';
import { ValidationError } from '../../../utils/messaging';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { parseInstant } from '../../../utils/time/vn-time';
import { freshDb, record } from './helpers';

const A = 'G22.99.08-261120-000001';
const B = 'G22.99.08-261120-000002';
const T1 = '2026-11-21T09:00:00+07:00';
const T2 = '2026-11-22T09:00:00+07:00';

async function populated() {
  const db = freshDb();
  await upsertSeen(db, { portal: 'igate', records: [record(A), record(B)], seenAt: T1, coverage: 'complete' });
  await upsertSeen(db, { portal: 'igate', records: [record(A, { status: 'supplement' })], seenAt: T2, coverage: 'partial' });
  await setNote(db, ['igate', A], 'đã gọi điện');
  await recordLetter(db, {
    portal: 'igate',
    code: B,
    regime: 'nd118',
    reason: 'Chờ ý kiến liên ngành',
    newDueAt: '2026-12-04T17:00:00+07:00',
    issuedAt: '2026-11-25T10:00:00+07:00',
    issuedBy: 'Trần Thị B',
    late: false,
  });
  await saveSettings(db, { locale: 'en', retentionDays: 30 });
  return db;
}

describe('settings in the database', () => {
  it('saves a valid patch and reads it back', async () => {
    const db = freshDb();
    expect(await saveSettings(db, { badgeCounts: { near: true } })).toMatchObject({ ok: true });
    expect((await getSettings(db)).value.badgeCounts.near).toBe(true);
  });

  it('writes nothing when the patch is invalid', async () => {
    const db = freshDb();
    await saveSettings(db, { retentionDays: 30 });
    expect(await saveSettings(db, { retentionDays: 30_000, locale: 'en' })).toEqual({
      ok: false,
      errors: ['retentionDays: 30000 ngoài khoảng 1–3650'],
    });
    expect((await getSettings(db)).value).toMatchObject({ retentionDays: 30, locale: 'vi' });
  });

  it('reads corrupted stored settings field by field and reports what was replaced', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'main', value: { ...DEFAULT_SETTINGS, locale: 'en', retentionDays: 'ninety' } });
    expect(await getSettings(db)).toEqual({
      value: { ...DEFAULT_SETTINGS, locale: 'en' },
      errors: ['retentionDays: cần số nguyên, nhận "ninety" → dùng giá trị mặc định'],
    });
  });
});

describe('exportAll / importAll', () => {
  it('round-trips everything into an empty database', async () => {
    const source = await populated();
    const backup = JSON.parse(JSON.stringify(await exportAll(source, parseInstant(T2))));
    expect(backup).toMatchObject({ format: 'nhac-han-backup', schemaVersion: 5, exportedAt: T2 });

    const target = freshDb();
    const report = await importAll(target, backup, { mode: 'merge' });
    expect(report).toEqual({
      mode: 'merge',
      dossiers: { added: 2, merged: 0 },
      history: { added: 1, skipped: 0 },
      letters: { added: 1, skipped: 0, conflicts: [] },
      settings: 'applied',
      settingsErrors: [],
      problems: [],
      dropped: 0,
    });
    expect(await exportAll(target, parseInstant(T2))).toEqual(backup);
  });

  it('imports a backup made before schema v3 (no list on its dossiers)', async () => {
    const backup = JSON.parse(JSON.stringify(await exportAll(await populated(), parseInstant(T2))));
    backup.schemaVersion = 2;
    for (const d of backup.dossiers) delete d.seenOnList;
    const target = freshDb();
    await importAll(target, backup, { mode: 'merge' });
    const dossiers = await target.dossiers.toArray();
    expect(dossiers).toHaveLength(2);
    expect(dossiers.every((d) => d.seenOnList === null)).toBe(true);
  });

  it('merging twice adds nothing the second time', async () => {
    const backup = await exportAll(await populated());
    const target = freshDb();
    await importAll(target, backup, { mode: 'merge' });
    const again = await importAll(target, backup, { mode: 'merge' });
    expect(again).toMatchObject({ dossiers: { added: 0, merged: 2 }, history: { added: 0, skipped: 1 }, letters: { added: 0, skipped: 1 }, settings: 'kept' });
    expect(await target.history.count()).toBe(1);
  });

  it('merge keeps the newer reading and combines officer fields', async () => {
    const backup = await exportAll(await populated());
    const target = freshDb();
    await upsertSeen(target, { portal: 'igate', records: [record(A, { handler: 'Lê Văn C' })], seenAt: '2026-11-24T09:00:00+07:00', coverage: 'partial' });
    await setPinned(target, ['igate', A], true);
    await markConfirmed(target, ['igate', A]);
    await importAll(target, backup, { mode: 'merge' });
    expect(await target.dossiers.get(['igate', A])).toMatchObject({
      handler: 'Lê Văn C',
      status: 'processing',
      firstSeenAt: T1,
      note: 'đã gọi điện',
      pinned: true,
      confirmedOnSystem: true,
    });
  });

  it('reports a letter number already used for another dossier instead of overwriting it', async () => {
    const backup = await exportAll(await populated());
    const target = freshDb();
    await upsertSeen(target, { portal: 'igate', records: [record(A)], seenAt: T1, coverage: 'partial' });
    await recordLetter(target, { ...backup.letters[0]!, code: A });
    const report = await importAll(target, backup, { mode: 'merge' });
    expect(report.letters).toEqual({
      added: 0,
      skipped: 0,
      conflicts: [`Thư số 1/PXL năm 2026 đã dùng cho hồ sơ ${A}; bỏ qua thư của hồ sơ ${B}`],
    });
  });

  it('replace empties the database first', async () => {
    const backup = await exportAll(await populated());
    const target = freshDb();
    await upsertSeen(target, { portal: 'antd', records: [record('X01.1-261120-0001', { portal: 'antd' })], seenAt: T1, coverage: 'partial' });
    await importAll(target, { ...backup, dossiers: backup.dossiers.slice(0, 1), history: [], letters: [] }, { mode: 'replace' });
    expect((await listDossiers(target)).map((d) => d.code)).toEqual([A]);
  });

  it.each([
    ['another format', (b: Record<string, unknown>) => ({ ...b, format: 'other' }), /^format: "other" không thuộc/],
    ['tables that are not lists', (b: Record<string, unknown>) => ({ ...b, dossiers: { 0: 1 } }), /^dossiers: cần danh sách/],
  ])('rejects a backup with %s and writes nothing', async (_label, corrupt, message) => {
    const backup = await exportAll(await populated());
    const target = freshDb();
    const attempt = importAll(target, corrupt(backup as never), { mode: 'replace' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await target.dossiers.count()).toBe(0);
  });

  type Rows = { dossiers: Record<string, unknown>[]; history: Record<string, unknown>[]; letters: Record<string, unknown>[] };
  it.each<[string, (b: Rows) => Rows, RegExp, 'dossiers' | 'history' | 'letters']>([
    ['a non-ISO date', (b) => ({ ...b, dossiers: [{ ...b.dossiers[0], dueAt: '27/11/2026' }, ...b.dossiers.slice(1)] }), /^dossiers\[0\] \(mã ".+"\): bỏ qua \(dossiers\[0\]\.dueAt: "27\/11\/2026" không phải thời điểm ISO 8601/, 'dossiers'],
    ['a javascript: url', (b) => ({ ...b, dossiers: [{ ...b.dossiers[0], url: 'javascript:alert(1)' }, ...b.dossiers.slice(1)] }), /^dossiers\[0\] .*dossiers\[0\]\.url: .*không phải địa chỉ http\(s\)/, 'dossiers'],
    ['a missing officer field', (b) => ({ ...b, dossiers: [{ ...b.dossiers[0], pinned: undefined }, ...b.dossiers.slice(1)] }), /^dossiers\[0\] .*dossiers\[0\]\.pinned: cần true\/false/, 'dossiers'],
    ['an unusable code', (b) => ({ ...b, dossiers: [{ ...b.dossiers[0], code: '' }, ...b.dossiers.slice(1)] }), /^dossiers\[0\] \(mã ""\): bỏ qua \(dossiers\[0\]\.code: không được để trống\)$/, 'dossiers'],
    ['a history row of an unknown field', (b) => ({ ...b, history: [{ ...b.history[0], field: 'password' }, ...b.history] }), /^history\[0\] .*history\[0\]\.field: "password" không thuộc/, 'history'],
    ['a letter without a number', (b) => ({ ...b, letters: [{ ...b.letters[0], number: 'một' }, ...b.letters] }), /^letters\[0\] .*letters\[0\]\.number: cần số nguyên/, 'letters'],
  ])('imports the rest of a backup with %s in one row, and reports that row', async (_label, corrupt, message, table) => {
    const backup = corrupt((await exportAll(await populated())) as unknown as Rows);
    const target = freshDb();
    const report = await importAll(target, backup, { mode: 'replace' });
    expect(report.dropped).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(message);
    const after = (await exportAll(target)) as unknown as Rows;
    expect(after[table].length).toBeGreaterThan(0);
    expect(after[table]).toHaveLength(backup[table].length - 1);
    for (const other of (['dossiers', 'history', 'letters'] as const).filter((t) => t !== table)) expect(after[other]).toHaveLength(backup[other].length);
  });

  it.each<[string, string, number]>([
    ['note', 'note', 2_000],
    ['applicant', 'applicant', 2_000],
    ['procedure', 'procedure', 2_000],
  ])('cuts an over-long %s at its limit, marked, and keeps the dossier', async (_label, field, max) => {
    const backup = (await exportAll(await populated())) as unknown as Rows;
    backup.dossiers[0] = { ...backup.dossiers[0], [field]: 'Ơ'.repeat(9_000) };
    const target = freshDb();
    const report = await importAll(target, backup, { mode: 'replace' });
    expect(report).toMatchObject({ dropped: 0, problems: [`dossiers[0].${field}: dài 9000 ký tự, đã cắt còn ${max}`] });
    const kept = (await exportAll(target)).dossiers.find((d) => d.code === backup.dossiers[0]!.code)! as unknown as Record<string, string>;
    expect(kept[field]).toBe(`${'Ơ'.repeat(max - 1)}…`);
  });

  it('keeps exactly the good dossiers of any backup with some broken rows (property)', async () => {
    const source = (await exportAll(await populated())) as unknown as Rows;
    const [template] = source.dossiers;
    const breakers: Array<(d: Record<string, unknown>) => unknown> = [(d) => ({ ...d, code: 7 }), (d) => ({ ...d, lastSeenAt: 'hôm qua' }), (d) => ({ ...d, status: 'xóa' }), () => null];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.integer({ min: 0, max: breakers.length - 1 }), { nil: undefined }), { maxLength: 12 }), async (plan) => {
        const dossiers = plan.map((b, i) => {
          const d = { ...template, code: `X01.1-261120-${String(i).padStart(4, '0')}` };
          return b === undefined ? d : breakers[b]!(d);
        });
        const target = freshDb();
        const report = await importAll(target, { format: 'nhac-han-backup', dossiers, history: [], letters: [] }, { mode: 'replace' });
        const good = plan.flatMap((b, i) => (b === undefined ? [`X01.1-261120-${String(i).padStart(4, '0')}`] : []));
        expect((await exportAll(target)).dossiers.map((d) => d.code).sort()).toEqual(good);
        expect(report.dropped).toBe(plan.length - good.length);
        await target.delete();
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('imports invalid settings field by field and reports them', async () => {
    const backup = await exportAll(await populated());
    const report = await importAll(freshDb(), { ...backup, settings: { ...backup.settings, locale: 'fr' } }, { mode: 'merge' });
    expect(report.settingsErrors).toEqual(['locale: "fr" không thuộc {vi, en} → dùng giá trị mặc định']);
  });
});
