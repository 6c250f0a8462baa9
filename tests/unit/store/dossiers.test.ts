import { describe, expect, it } from 'vitest';
import {
  openNhacHanDb,
  upsertSeen,
  getDossiers,
  markConfirmed,
  setNote,
  setPinned,
  listDossiers,
  purgeClosed,
  recordLetter,
  type SeenBatch,
  type StoredDossier,
} from '../../../utils/store';
import { parseInstant } from '../../../utils/time/vn-time';
import { freshDb, record } from './helpers';

const T1 = '2026-11-21T09:00:00+07:00';
const T2 = '2026-11-22T09:00:00+07:00';
const T3 = '2026-11-23T09:00:00+07:00';
const A = 'G22.99.08-261120-000001';
const B = 'G22.99.08-261120-000002';

const batch = (seenAt: string, records: SeenBatch['records'], coverage: SeenBatch['coverage'] = 'partial'): SeenBatch => ({
  portal: 'igate',
  records,
  seenAt,
  coverage,
});

describe('upsertSeen', () => {
  it('keeps each date with its precision: a date kept from an earlier page keeps its flag', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A, { receivedAt: '2026-11-20T17:00:00+07:00', dateOnly: ['receivedAt', 'dueAt'] })]));
    // The next page shows the appointment with its time and no receipt date at all.
    const report = await upsertSeen(db, batch(T2, [record(A, { receivedAt: null, dueAt: '2026-11-27T16:30:00+07:00', dateOnly: [] })]));
    expect(report.updated).toBe(1);
    expect(await db.dossiers.get(['igate', A])).toMatchObject({ receivedAt: '2026-11-20T17:00:00+07:00', dueAt: '2026-11-27T16:30:00+07:00', dateOnly: ['receivedAt'] });
    // The same again changes nothing (flags compared by value).
    expect((await upsertSeen(db, batch(T3, [record(A, { receivedAt: null, dueAt: '2026-11-27T16:30:00+07:00', dateOnly: [] })]))).unchanged).toBe(1);
  });

  it('inserts new dossiers with empty officer fields and first/last seen times', async () => {
    const db = freshDb();
    const report = await upsertSeen(db, batch(T1, [record(A), record(B)]));
    expect(report).toEqual({ inserted: 2, updated: 0, unchanged: 0, stale: 0, markedUnseen: 0, historyRows: 0 });
    expect(await db.dossiers.get(['igate', A])).toMatchObject({
      firstSeenAt: T1,
      lastSeenAt: T1,
      unseenSince: null,
      closedAt: null,
      note: '',
      pinned: false,
      letterSent: false,
      confirmedOnSystem: false,
      appointmentOverride: null,
      seenOnList: null,
    });
  });

  it('keeps the officer fields when the page is read again', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A)]));
    await setNote(db, ['igate', A], 'Chờ ý kiến phòng QLĐT');
    await setPinned(db, ['igate', A], true);
    await markConfirmed(db, ['igate', A]);
    await upsertSeen(db, batch(T2, [record(A, { handler: 'Lê Văn C' })]));
    expect(await db.dossiers.get(['igate', A])).toMatchObject({
      note: 'Chờ ý kiến phòng QLĐT',
      pinned: true,
      confirmedOnSystem: true,
      handler: 'Lê Văn C',
      firstSeenAt: T1,
      lastSeenAt: T2,
    });
  });

  it.each([
    ['status', { status: 'supplement' as const }, 'processing', 'supplement'],
    ['dueAt', { dueAt: '2026-12-01T17:00:00+07:00' }, '2026-11-27T17:00:00+07:00', '2026-12-01T17:00:00+07:00'],
    ['stepDueAt', { stepDueAt: '2026-11-26T11:30:00+07:00' }, '2026-11-25T17:00:00+07:00', '2026-11-26T11:30:00+07:00'],
    ['handler', { handler: 'Lê Văn C' }, 'Trần Thị B', 'Lê Văn C'],
  ])('writes a history row when %s changes', async (field, patch, from, to) => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A)]));
    const report = await upsertSeen(db, batch(T2, [record(A, patch)]));
    expect(report).toMatchObject({ updated: 1, historyRows: 1 });
    expect(await db.history.toArray()).toEqual([{ id: expect.any(Number), portal: 'igate', code: A, field, from, to, at: T2 }]);
  });

  it('keeps values a later page does not show (null is "not shown", not "cleared")', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A)]));
    const blanks = { procedure: null, applicant: null, stepDueAt: null, handler: null, status: 'unknown' } as const;
    const report = await upsertSeen(db, batch(T2, [record(A, blanks)]));
    expect(report).toMatchObject({ unchanged: 1, historyRows: 0 });
    expect(await db.dossiers.get(['igate', A])).toMatchObject({ ...record(A), lastSeenAt: T2 });
  });

  it('never marks anything unseen from a partial page', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A), record(B)]));
    const report = await upsertSeen(db, batch(T2, [record(A)], 'partial'));
    expect(report.markedUnseen).toBe(0);
    expect((await db.dossiers.get(['igate', B]))?.unseenSince).toBeNull();
  });

  it('marks unseen only the dossiers last seen on the same list (portal tab, generic host)', async () => {
    const db = freshDb();
    const processing = 'https://motcua.example.vnptigate.vn/vi/dossier/processing';
    const supplement = 'https://motcua.example.vnptigate.vn/vi/dossier/supplement';
    await upsertSeen(db, { ...batch(T1, [record(A)], 'complete'), list: processing });
    await upsertSeen(db, { ...batch(T1, [record(B)], 'complete'), list: supplement });
    // The "Chờ bổ sung" tab no longer shows B; A lives on the other tab and is left alone.
    expect((await upsertSeen(db, { ...batch(T2, [], 'complete'), list: supplement })).markedUnseen).toBe(1);
    expect((await db.dossiers.get(['igate', B]))?.unseenSince).toBe(T2);
    expect((await db.dossiers.get(['igate', A]))?.unseenSince).toBeNull();
    // A moves to the supplement tab: from then on it belongs to that list.
    await upsertSeen(db, { ...batch(T3, [record(A)], 'complete'), list: supplement });
    expect(await db.dossiers.get(['igate', A])).toMatchObject({ seenOnList: supplement, unseenSince: null });
    expect((await upsertSeen(db, { ...batch(T3, [], 'complete'), list: processing })).markedUnseen).toBe(0);
  });

  it('marks dossiers missing from a complete list unseen, only on that portal, and clears it when seen again', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A), record(B)]));
    await upsertSeen(db, { portal: 'antd', records: [record(A, { portal: 'antd' })], seenAt: T1, coverage: 'partial' });
    expect((await upsertSeen(db, batch(T2, [record(A)], 'complete'))).markedUnseen).toBe(1);
    expect((await db.dossiers.get(['igate', B]))?.unseenSince).toBe(T2);
    expect((await db.dossiers.get(['antd', A]))?.unseenSince).toBeNull();
    // Still missing later: the first "unseen since" time is kept.
    expect((await upsertSeen(db, batch(T3, [record(A)], 'complete'))).markedUnseen).toBe(0);
    expect((await db.dossiers.get(['igate', B]))?.unseenSince).toBe(T2);
    await upsertSeen(db, batch(T3, [record(B)]));
    expect((await db.dossiers.get(['igate', B]))?.unseenSince).toBeNull();
    expect(await db.dossiers.count()).toBe(3);
  });

  it('gives the batch as it will be stored, in its order, equal to reading it back: new, merged, stale and a code sent twice', async () => {
    const db = freshDb();
    const C = 'G22.99.08-261120-000003';
    await upsertSeen(db, batch(T2, [record(A, { status: 'done' })]));
    await upsertSeen(db, batch(T1, [record(B)]));
    await setNote(db, ['igate', B], 'gọi lại chủ hồ sơ');
    // Seen between T1 and T2: A is stale (stored at T2), B keeps its note, C is new and sent twice (the last wins).
    let rows: readonly StoredDossier[] = [];
    const report = await upsertSeen(db, batch('2026-11-21T10:00:00+07:00', [record(C, { applicant: 'cũ' }), record(A), record(B), record(C, { applicant: 'Lê Thị Mới' })]), (given) => (rows = given));
    expect(report).toMatchObject({ inserted: 1, stale: 1 });
    expect(rows.map((r) => [r.code, r.status, r.note, r.applicant])).toEqual([
      [C, 'processing', '', 'Lê Thị Mới'],
      [A, 'done', '', record(A).applicant],
      [B, 'processing', 'gọi lại chủ hồ sơ', record(B).applicant],
    ]);
    expect(rows).toEqual(await getDossiers(db, rows.map((r) => ['igate', r.code] as const)));
  });

  it('ignores a snapshot older than what is stored', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T2, [record(A, { status: 'done' })]));
    const report = await upsertSeen(db, batch(T1, [record(A, { status: 'processing' })], 'complete'));
    expect(report).toMatchObject({ stale: 1, historyRows: 0 });
    expect((await db.dossiers.get(['igate', A]))?.status).toBe('done');
  });

  it('sets closedAt when a dossier is first seen closed and clears it if it reopens', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A)]));
    await upsertSeen(db, batch(T2, [record(A, { status: 'done' })]));
    await upsertSeen(db, batch(T3, [record(A, { status: 'done' })]));
    expect((await db.dossiers.get(['igate', A]))?.closedAt).toBe(T2);
    await upsertSeen(db, batch(T3, [record(A, { status: 'returned' })]));
    expect((await db.dossiers.get(['igate', A]))?.closedAt).toBe(T2);
    await upsertSeen(db, batch(T3, [record(A, { status: 'processing' })]));
    expect((await db.dossiers.get(['igate', A]))?.closedAt).toBeNull();
  });

  it('refuses records of another portal', async () => {
    const db = freshDb();
    await expect(upsertSeen(db, batch(T1, [record(A, { portal: 'epar' })]))).rejects.toThrow(/thuộc cổng "epar"/);
    expect(await db.dossiers.count()).toBe(0);
  });

  it('stores and re-reads a complete list of 5,000 dossiers, marking only the missing one unseen', async () => {
    const db = freshDb();
    const codes = Array.from({ length: 5_000 }, (_, i) => `G22.99.08-261120-${String(i).padStart(6, '0')}`);
    await upsertSeen(db, batch(T1, codes.map((c) => record(c)), 'complete'));
    const report = await upsertSeen(db, batch(T2, codes.slice(1).map((c) => record(c, { status: 'supplement' })), 'complete'));
    // Speed is measured by `npm run bench`, not asserted here.
    expect(report).toMatchObject({ updated: 4_999, markedUnseen: 1, historyRows: 4_999 });
  });

  it('loses nothing when two tabs write overlapping pages at the same time', async () => {
    const name = `test-tabs-${crypto.randomUUID()}`;
    const tab1 = openNhacHanDb(name);
    const tab2 = openNhacHanDb(name);
    try {
      const codes = Array.from({ length: 300 }, (_, i) => `G22.99.08-261120-${String(i).padStart(6, '0')}`);
      await upsertSeen(tab1, batch(T1, codes.slice(0, 100).map((c) => record(c))));
      await setNote(tab1, ['igate', codes[0]!], 'ghi chú');
      await Promise.all([
        upsertSeen(tab1, batch(T2, codes.slice(0, 200).map((c) => record(c, { handler: 'Tab 1' })))),
        upsertSeen(tab2, batch(T2, codes.slice(100, 300).map((c) => record(c, { handler: 'Tab 1' })))),
        setPinned(tab2, ['igate', codes[0]!], true),
      ]);
      const all = await listDossiers(tab1);
      expect(all.map((d) => d.code).sort()).toEqual(codes);
      expect(all.every((d) => d.handler === 'Tab 1' && d.lastSeenAt === T2)).toBe(true);
      expect(await tab1.dossiers.get(['igate', codes[0]!])).toMatchObject({ note: 'ghi chú', pinned: true });
      // One handler change per re-read dossier, not two.
      expect(await tab1.history.count()).toBe(100);
    } finally {
      tab2.close();
      await tab1.delete();
    }
  });
});

describe('officer fields', () => {
  it.each([
    ['markConfirmed', () => markConfirmed],
    ['setNote', () => (db: Parameters<typeof setNote>[0], key: Parameters<typeof setNote>[1]) => setNote(db, key, 'x')],
    ['setPinned', () => (db: Parameters<typeof setPinned>[0], key: Parameters<typeof setPinned>[1]) => setPinned(db, key, true)],
  ])('%s fails clearly on an unknown dossier', async (_name, fn) => {
    const db = freshDb();
    await expect(fn()(db, ['igate', A])).rejects.toThrow(`Không tìm thấy hồ sơ ${A}`);
  });

  it('setting a field to its current value is not an error', async () => {
    const db = freshDb();
    await upsertSeen(db, batch(T1, [record(A)]));
    await expect(setPinned(db, ['igate', A], false)).resolves.toBeUndefined();
  });
});

describe('purgeClosed', () => {
  const now = parseInstant('2027-03-01T09:00:00+07:00');

  it.each([
    ['closed and last seen 91 days ago', 'done', '2026-11-30T08:00:00+07:00', true],
    ['closed, last seen 89 days ago', 'done', '2026-12-02T09:00:00+07:00', false],
    ['open, last seen long ago', 'processing', '2026-01-01T09:00:00+07:00', false],
  ] as const)('%s → purged: %s', async (_label, status, seenAt, purged) => {
    const db = freshDb();
    await upsertSeen(db, batch(seenAt, [record(A, { status })]));
    await upsertSeen(db, batch(seenAt, [record(A, { status, handler: 'Lê Văn C' })]));
    const report = await purgeClosed(db, now, 90);
    expect(report).toEqual(purged ? { dossiers: 1, history: 1 } : { dossiers: 0, history: 0 });
    expect(await db.dossiers.count()).toBe(purged ? 0 : 1);
    expect(await db.history.count()).toBe(purged ? 0 : 1);
  });

  it('keeps the letter register but drops the letter body of purged dossiers', async () => {
    const db = freshDb();
    await upsertSeen(db, batch('2026-11-20T09:00:00+07:00', [record(A)]));
    await recordLetter(db, {
      portal: 'igate',
      code: A,
      regime: 'nd118',
      reason: 'Chờ ý kiến liên ngành',
      newDueAt: '2026-12-04T17:00:00+07:00',
      issuedAt: '2026-11-25T10:00:00+07:00',
      issuedBy: 'Trần Thị B',
      late: false,
      body: 'Kính gửi: Nguyễn Văn A …',
    });
    await upsertSeen(db, batch('2026-11-26T09:00:00+07:00', [record(A, { status: 'done' })]));
    await purgeClosed(db, now, 90);
    const letters = await db.letters.toArray();
    expect(letters).toHaveLength(1);
    expect(letters[0]).not.toHaveProperty('body');
    expect(letters[0]?.numberText).toBe('1/PXL');
  });
});
