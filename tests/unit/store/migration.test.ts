import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openNhacHanDb } from '../../../utils/store';
import { record } from './helpers';

// The schema exactly as version 1 shipped. Frozen here on purpose: if db.ts ever edits v1 in
// place instead of adding a version, this test still opens a real v1 database.
function openV1(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({
    dossiers: '[portal+code], status, dueAt, lastSeenAt, unseenSince',
    history: '++id, [portal+code], at',
    settings: 'key',
  });
  return db;
}

const v1Dossier = (code: string, note: string) => ({
  ...record(code),
  firstSeenAt: '2026-11-20T09:00:00+07:00',
  lastSeenAt: '2026-11-21T09:00:00+07:00',
  unseenSince: null,
  closedAt: null,
  note,
  pinned: true,
  letterSent: false,
});

describe('upgrade from version 1', () => {
  it('keeps every v1 row and defaults the fields added in v2', async () => {
    const name = `test-v1-${crypto.randomUUID()}`;
    const v1 = openV1(name);
    await v1.table('dossiers').bulkAdd([v1Dossier('G22.99.08-261120-000001', 'gọi lại'), v1Dossier('G22.99.08-261120-000002', '')]);
    await v1.table('history').add({ portal: 'igate', code: 'G22.99.08-261120-000001', field: 'status', from: 'received', to: 'processing', at: '2026-11-21T09:00:00+07:00' });
    await v1.table('settings').put({ key: 'main', value: { locale: 'en', retentionDays: 30 } });
    v1.close();

    const db = openNhacHanDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(5);
      const dossiers = await db.dossiers.orderBy('[portal+code]').toArray();
      const added = { confirmedOnSystem: false, appointmentOverride: null, seenOnList: null, dateOnly: ['dueAt', 'stepDueAt'] };
      expect(dossiers).toEqual([
        { ...v1Dossier('G22.99.08-261120-000001', 'gọi lại'), ...added },
        { ...v1Dossier('G22.99.08-261120-000002', ''), ...added },
      ]);
      expect(await db.history.count()).toBe(1);
      expect((await db.settings.get('main'))?.value).toEqual({ locale: 'en', retentionDays: 30 });
      expect(await db.letters.count()).toBe(0);
      // The v1 indexes still answer after the upgrade.
      expect(await db.dossiers.where('status').equals('processing').count()).toBe(2);
    } finally {
      await db.delete();
    }
  });

  it('leaves officer fields that already have values alone', async () => {
    const name = `test-v1-${crypto.randomUUID()}`;
    const v1 = openV1(name);
    // A row written by a v1 build that already carried the flag (e.g. restored from a newer export).
    await v1.table('dossiers').add({ ...v1Dossier('X01.1-261120-0001', ''), confirmedOnSystem: true });
    v1.close();
    const db = openNhacHanDb(name);
    try {
      const [row] = await db.dossiers.toArray();
      expect(row?.confirmedOnSystem).toBe(true);
      expect(row?.appointmentOverride).toBeNull();
    } finally {
      await db.delete();
    }
  });
});

// Version 2 as it shipped: v1 plus the letters register.
function openV2(name: string) {
  const db = openV1(name);
  db.version(2).stores({ letters: '++id, [portal+code], &[year+number]' });
  return db;
}

describe('upgrade from version 2', () => {
  it('keeps dossiers and letters and marks their list as unknown', async () => {
    const name = `test-v2-${crypto.randomUUID()}`;
    const v2 = openV2(name);
    const dossier = { ...v1Dossier('G22.99.08-261120-000003', 'đã gọi'), confirmedOnSystem: true, appointmentOverride: '2026-12-04T17:00:00+07:00' };
    await v2.table('dossiers').add(dossier);
    const letter = {
      portal: 'igate',
      code: 'G22.99.08-261120-000003',
      year: 2026,
      number: 7,
      numberText: '7/PXL',
      regime: 'nd118',
      reason: 'Chờ ý kiến của Sở Xây dựng',
      originalDueAt: '2026-11-27T17:00:00+07:00',
      newDueAt: '2026-12-04T17:00:00+07:00',
      issuedAt: '2026-11-25T10:00:00+07:00',
      issuedBy: 'Lê Minh Tuấn',
      late: false,
    };
    await v2.table('letters').add(letter);
    v2.close();

    const db = openNhacHanDb(name);
    try {
      expect(await db.dossiers.toArray()).toEqual([{ ...dossier, seenOnList: null, dateOnly: ['dueAt', 'stepDueAt'] }]);
      expect(await db.letters.toArray()).toEqual([{ ...letter, id: 1 }]);
    } finally {
      await db.delete();
    }
  });
});

// Version 3 as it shipped: v2 plus the list a dossier was last seen on (a field, no new index).
function openV3(name: string) {
  const db = openV2(name);
  db.version(3).stores({});
  return db;
}

describe('upgrade from version 3', () => {
  it('keeps every table and adds an empty lists table', async () => {
    const name = `test-v3-${crypto.randomUUID()}`;
    const v3 = openV3(name);
    const dossier = {
      ...v1Dossier('G22.99.08-261120-000004', 'hẹn thứ Hai'),
      confirmedOnSystem: false,
      appointmentOverride: null,
      seenOnList: 'https://dichvucong.example.gov.vn/vi/dossier/processing',
    };
    await v3.table('dossiers').add(dossier);
    await v3.table('history').add({ portal: 'igate', code: dossier.code, field: 'handler', from: null, to: 'Trần Thị B', at: '2026-11-21T09:00:00+07:00' });
    await v3.table('settings').put({ key: 'main', value: { locale: 'vi' } });
    v3.close();

    const db = openNhacHanDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(5);
      expect(await db.dossiers.toArray()).toEqual([{ ...dossier, dateOnly: ['dueAt', 'stepDueAt'] }]);
      expect(await db.history.count()).toBe(1);
      expect((await db.settings.get('main'))?.value).toEqual({ locale: 'vi' });
      expect(await db.lists.count()).toBe(0);
      // The new table is usable at once, with its seenAt index.
      await db.lists.put({ list: 'https://x.gov.vn/a', portal: 'generic', page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40, complete: false, seenAt: '2026-11-21T09:00:00+07:00' });
      expect(await db.lists.where('seenAt').aboveOrEqual('2026-11-21T00:00:00+07:00').count()).toBe(1);
    } finally {
      await db.delete();
    }
  });
});

function openV4(name: string) {
  const db = openV3(name);
  db.version(4).stores({ lists: 'list, seenAt' });
  return db;
}

describe('upgrade from version 4', () => {
  it('keeps every row and flags as date-only the dates stored at the end of working hours', async () => {
    const name = `test-v4-${crypto.randomUUID()}`;
    const v4 = openV4(name);
    const base = { ...v1Dossier('G22.99.08-261120-000005', 'ghi chú'), confirmedOnSystem: true, appointmentOverride: null, seenOnList: null };
    // An e-PAR receipt shown as "04/09/2026" was stored as 17:00; a receipt at 08:15 had its time shown.
    const dateOnlyReceipt = { ...base, code: 'TN05-CX-HU9OOS', portal: 'epar', receivedAt: '2026-09-04T17:00:00+07:00', dueAt: '2026-09-18T11:30:00+07:00', stepDueAt: null };
    await v4.table('dossiers').bulkAdd([base, dateOnlyReceipt]);
    await v4.table('lists').put({ list: 'https://x.gov.vn/a', portal: 'igate', page: 1, pageCount: 1, rowsSeen: 2, totalRows: 2, complete: true, seenAt: '2026-11-21T09:00:00+07:00' });
    v4.close();

    const db = openNhacHanDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(5);
      expect(await db.dossiers.orderBy('[portal+code]').toArray()).toEqual([
        { ...dateOnlyReceipt, dateOnly: ['receivedAt'] },
        { ...base, dateOnly: ['dueAt', 'stepDueAt'] },
      ]);
      expect(await db.lists.count()).toBe(1);
    } finally {
      await db.delete();
    }
  });
});
