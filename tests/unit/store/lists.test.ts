import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../utils/service/handler';
import {
  exportAll,
  importAll,
  listsSeenSince,
  purgeLists,
  recordList,
  BACKUP_FORMAT,
  type ListRow,
} from '../../../utils/store';
import { parseInstant, vnEpoch } from '../../../utils/time/vn-time';
import { freshDb, record } from './helpers';

const LIST = 'http://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly';
const OTHER = 'http://motcua.thanhhoa.gov.vn/ho-so/cho-bo-sung';

const row = (patch: Partial<ListRow> = {}): ListRow => ({
  list: LIST,
  portal: 'antd',
  page: 1,
  pageCount: 2,
  rowsSeen: 20,
  totalRows: 40,
  complete: false,
  seenAt: '2026-11-18T10:00:00+07:00',
  ...patch,
});

describe('recordList', () => {
  it.each([
    ['a newer reading replaces the stored one', '2026-11-18T11:00:00+07:00', 2],
    ['a reading at the same instant replaces it (the last slice of a list)', '2026-11-18T10:00:00+07:00', 2],
    ['an older reading (a late tab) is ignored', '2026-11-18T09:00:00+07:00', 1],
  ])('%s', async (_name, seenAt, page) => {
    const db = freshDb();
    await recordList(db, row());
    await recordList(db, row({ page: 2, seenAt }));
    expect((await db.lists.get(LIST))?.page).toBe(page);
  });
});

describe('listsSeenSince', () => {
  it('gives the lists seen at or after the instant, newest first', async () => {
    const db = freshDb();
    await recordList(db, row({ seenAt: '2026-11-17T09:59:00+07:00' }));
    await recordList(db, row({ list: OTHER, seenAt: '2026-11-17T10:00:00+07:00' }));
    await recordList(db, row({ list: `${LIST}/x`, seenAt: '2026-11-18T08:00:00+07:00' }));
    const recent = await listsSeenSince(db, '2026-11-17T10:00:00+07:00');
    expect(recent.map((l) => l.list)).toEqual([`${LIST}/x`, OTHER]);
  });
});

describe('purgeLists', () => {
  it('forgets lists not seen for the retention period and keeps the others', async () => {
    const db = freshDb();
    await recordList(db, row({ seenAt: '2026-08-19T09:00:00+07:00' }));
    await recordList(db, row({ list: OTHER, seenAt: '2026-08-21T09:00:00+07:00' }));
    const deleted = await purgeLists(db, vnEpoch(2026, 11, 18, 10, 0), 90);
    expect(deleted).toBe(1);
    expect((await db.lists.toArray()).map((l) => l.list)).toEqual([OTHER]);
  });
});

describe('the recognized message', () => {
  const message = (patch: Record<string, unknown>) => ({
    type: 'recognized',
    portal: 'antd',
    url: `${LIST}?page=1&sort=due`,
    coverage: 'partial',
    records: [record('G22.99.08-261120-000001', { portal: 'antd' }), record('G22.99.08-261120-000002', { portal: 'antd' })],
    ...patch,
  });
  const now = () => parseInstant('2026-11-18T10:00:00+07:00');

  it('stores what part of the list the page showed, keyed by the list (not the page number)', async () => {
    const db = freshDb();
    const handle = createMessageHandler(db, now);
    expect(await handle(message({ seen: { page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40 } }))).toMatchObject({ ok: true, value: { inserted: 2 } });
    expect(await db.lists.toArray()).toEqual([row()]);
  });

  it('without the pager’s words stores only the rows sent, and a complete list as complete', async () => {
    const db = freshDb();
    await createMessageHandler(db, now)(message({ coverage: 'complete' }));
    expect(await db.lists.toArray()).toEqual([row({ page: null, pageCount: null, rowsSeen: 2, totalRows: null, complete: true })]);
  });

  it('answers get-recent-lists with the lists of the last day only', async () => {
    const db = freshDb();
    await recordList(db, row({ list: OTHER, seenAt: '2026-11-17T09:00:00+07:00' }));
    const handle = createMessageHandler(db, now);
    await handle(message({ seen: { page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40 } }));
    expect(await handle({ type: 'get-recent-lists' })).toEqual({ ok: true, value: [row()] });
  });
});

describe('lists in backups', () => {
  it('exports the lists and restores them into an empty database', async () => {
    const db = freshDb();
    await recordList(db, row());
    const backup = await exportAll(db, vnEpoch(2026, 11, 18, 11, 0));
    expect(backup.lists).toEqual([row()]);
    const copy = freshDb();
    await importAll(copy, JSON.parse(JSON.stringify(backup)), { mode: 'replace' });
    expect(await copy.lists.toArray()).toEqual([row()]);
  });

  it('reads a backup made before lists were kept', async () => {
    const db = freshDb();
    await recordList(db, row());
    await importAll(db, { format: BACKUP_FORMAT, dossiers: [], history: [], letters: [] }, { mode: 'merge' });
    expect(await db.lists.count()).toBe(1);
  });

  it('merging keeps the newer reading of each list', async () => {
    const db = freshDb();
    await recordList(db, row({ page: 2 }));
    await recordList(db, row({ list: OTHER, seenAt: '2026-11-17T10:00:00+07:00' }));
    const lists = [row({ page: 1, seenAt: '2026-11-17T10:00:00+07:00' }), row({ list: OTHER, page: 2 })];
    await importAll(db, { format: BACKUP_FORMAT, dossiers: [], history: [], letters: [], lists }, { mode: 'merge' });
    expect((await db.lists.orderBy('list').toArray()).map((l) => [l.list, l.page])).toEqual([
      [LIST, 2],
      [OTHER, 2],
    ]);
  });

  it('delete-all (replace with an empty backup) forgets the lists too', async () => {
    const db = freshDb();
    await recordList(db, row());
    await importAll(db, { format: BACKUP_FORMAT, dossiers: [], history: [], letters: [] }, { mode: 'replace' });
    expect(await db.lists.count()).toBe(0);
  });

  it.each<[string, Partial<ListRow> | Record<string, unknown>, RegExp]>([
    ['a list that is not a web address', { list: 'javascript:alert(1)' }, /lists\[0\]\.list/],
    ['a page beyond its page count', { page: 3 }, /lists\[0\]\.page: trang 3 lớn hơn số trang 2/],
    ['a negative row count', { rowsSeen: -5 }, /lists\[0\]\.rowsSeen/],
  ])('leaves out a list row with %s, reports it, and imports the other list', async (_name, patch, error) => {
    const db = freshDb();
    const bad = { format: BACKUP_FORMAT, dossiers: [], history: [], letters: [], lists: [{ ...row(), ...patch }, row({ list: OTHER })] };
    const report = await importAll(db, bad, { mode: 'replace' });
    expect(report.dropped).toBe(1);
    expect(report.problems).toEqual([expect.stringMatching(/^lists\[0\] \(.*\): bỏ qua/)]);
    expect(report.problems[0]).toMatch(error);
    expect((await db.lists.toArray()).map((l) => l.list)).toEqual([OTHER]);
  });
});
