import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup, checkBackup, clearEverything, MAX_BACKUP_BYTES, type BackupStore } from '../../../utils/service/backup';
import { exportAll, openNhacHanDb, saveSettings, upsertSeen, type NhacHanDb } from '../../../utils/store';
import { NOW, stored } from '../dashboard/fixtures';

const opened: NhacHanDb[] = [];
function fresh(): NhacHanDb {
  const db = openNhacHanDb(`dash-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const scratchNames: string[] = [];
function storeFor(db: NhacHanDb): BackupStore {
  return {
    openScratch: () => {
      const name = `scratch-${crypto.randomUUID()}`;
      scratchNames.push(name);
      return openNhacHanDb(name);
    },
    existingKeys: async () => new Set((await exportAll(db)).dossiers.map((d) => `${d.portal}|${d.code}`)),
  };
}

async function seeded(): Promise<NhacHanDb> {
  const db = fresh();
  const { note: _n, pinned: _p, letterSent: _l, confirmedOnSystem: _c, appointmentOverride: _a, firstSeenAt: _f, lastSeenAt: _s, unseenSince: _u, closedAt: _x, ...record } = stored('000.00.53.H48-261110-0001');
  await upsertSeen(db, { portal: 'igate', records: [record, { ...record, code: '000.00.53.H48-261110-0002' }], seenAt: '2026-11-18T09:00:00+07:00', coverage: 'partial' });
  await saveSettings(db, { rules: { nearWorkingDays: 4 } });
  return db;
}

const check = (db: NhacHanDb, text: string) => checkBackup(text, text.length, storeFor(db));

describe('checkBackup', () => {
  it('summarises a valid backup and how much of it is already here, without writing anything', async () => {
    const source = await seeded();
    const text = JSON.stringify(await exportAll(source, NOW));
    const target = fresh();
    const result = await check(target, text);
    expect(result).toMatchObject({ ok: true, summary: { dossiers: 2, letters: 0, settings: true, existing: 0 } });
    expect((await exportAll(target)).dossiers).toEqual([]);
    expect((await check(source, text)).ok && (await check(source, text) as { summary: { existing: number } }).summary.existing).toBe(2);
  });

  it('deletes its scratch database afterwards', async () => {
    const db = fresh();
    await check(db, JSON.stringify({ format: 'nhac-han-backup', dossiers: [], history: [], letters: [] }));
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names.filter((n) => n && scratchNames.includes(n))).toEqual([]);
  });

  it.each([
    ['not JSON at all', 'PK\u0003\u0004 this is a zip', /không phải JSON/],
    ['truncated JSON', '{"format":"nhac-han-backup","dossiers":[', /không phải JSON/],
    ['JSON of another program', JSON.stringify({ format: 'other-app', items: [] }), /format/],
    ['a bare array', '[1,2,3]', /đối tượng|object/i],
    ['null', 'null', /đối tượng|object/i],
  ])('refuses %s with a readable reason', async (_name, text, reason) => {
    const db = await seeded();
    const before = await exportAll(db, NOW);
    const result = await check(db, text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(reason);
    expect(await exportAll(db, NOW)).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /^dossiers\[0\] \(mã "000\.00\.53\.H48-261110-0009"\): bỏ qua \(dossiers\[0\]\.url: /],
    ['a wrong status and a date without offset', { status: 'hacked', dueAt: '2026-11-27' }, /^dossiers\[0\] .*bỏ qua \(dossiers\[0\]\.dueAt: .*; dossiers\[0\]\.status: "hacked"/],
    ['an over-long note (cut, not left out)', { note: 'x'.repeat(5_000) }, /^dossiers\[0\]\.note: dài 5000 ký tự, đã cắt còn 2000$/],
  ])('names a row with %s before importing the rest', async (_name, patch, problem) => {
    const db = await seeded();
    const before = await exportAll(db, NOW);
    const text = JSON.stringify({ format: 'nhac-han-backup', dossiers: [{ ...stored('000.00.53.H48-261110-0009'), ...patch }, stored('000.00.53.H48-261110-0010')], history: [], letters: [] });
    const result = await check(db, text);
    const cut = patch.note !== undefined;
    expect(result).toMatchObject({ ok: true, summary: { dossiers: cut ? 2 : 1, dropped: cut ? 0 : 1 } });
    expect(result.ok && result.summary.problems).toEqual([expect.stringMatching(problem)]);
    expect(await exportAll(db, NOW)).toEqual(before);
  });

  it('refuses a file none of whose rows can be read', async () => {
    const text = JSON.stringify({ format: 'nhac-han-backup', dossiers: [{ ...stored('000.00.53.H48-261110-0009'), url: 'javascript:alert(1)' }], history: [], letters: [] });
    const result = await check(fresh(), text);
    expect(result).toEqual({ ok: false, errors: ['Không có dòng nào trong tệp đọc được', expect.stringMatching(/^dossiers\[0\] .*bỏ qua/)] });
  });

  it('accepts markup in scraped text as plain text (the pages never render it as HTML)', async () => {
    const hostile = stored('<img src=x onerror=alert(1)>', { applicant: '<script>alert(1)</script>' });
    const result = await check(fresh(), JSON.stringify({ format: 'nhac-han-backup', dossiers: [hostile], history: [], letters: [] }));
    expect(result).toMatchObject({ ok: true, summary: { dossiers: 1 } });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const result = await checkBackup('{}', MAX_BACKUP_BYTES + 1, storeFor(fresh()));
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/quá lớn/)] });
  });

  it('caps the list of problems so a hostile file cannot flood the page', async () => {
    const bad = Array.from({ length: 500 }, () => ({ code: 1 }));
    const result = await check(fresh(), JSON.stringify({ format: 'nhac-han-backup', dossiers: bad, history: [], letters: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeLessThanOrEqual(31);
      expect(result.errors.at(-1)).toMatch(/lỗi khác/);
    }
  });

  it('does not let "__proto__" in settings pollute objects', async () => {
    const text = '{"format":"nhac-han-backup","dossiers":[],"history":[],"letters":[],"settings":{"__proto__":{"polluted":true},"locale":"en"}}';
    const result = await check(fresh(), text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('applyBackup and clearEverything', () => {
  it('restores an export into a fresh database as the same data', async () => {
    const source = await seeded();
    const backup = JSON.parse(JSON.stringify(await exportAll(source, NOW)));
    const target = fresh();
    const report = await applyBackup(target, backup, 'replace');
    expect(report.dossiers.added).toBe(2);
    expect(await exportAll(target, NOW)).toEqual(await exportAll(source, NOW));
  });

  it('leaves every table empty after delete-all', async () => {
    const db = await seeded();
    await clearEverything(db);
    const after = await exportAll(db, NOW);
    expect([after.dossiers, after.history, after.letters, after.settings]).toEqual([[], [], [], null]);
  });
});
