import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../utils/calendar';
import type { DossierRecord } from '../../../utils/portals/types';
import { pageView, sentByCode, storedBeyond } from '../../../utils/service/page-views';
import type { RecognizedResponse } from '../../../utils/service/responses';
import { handleMessage, type Service } from '../../../utils/service/service';
import { dossierView, type TrackedDossier } from '../../../utils/service/views';
import type { StoredDossier } from '../../../utils/store';
import { dossier, dropService, NOW, pageViews, testService } from './fixtures';

const instant = fc.constantFrom(
  null,
  '2026-11-13T17:00:00+07:00',
  '2026-11-18T17:00:00+07:00',
  '2026-11-19T11:30:00+07:00',
  '2026-12-15T17:00:00+07:00',
);
const fields = {
  dueAt: instant,
  stepDueAt: instant,
  status: fc.constantFrom('received', 'processing', 'supplement', 'done', 'returned', 'unknown' as const),
  statusText: fc.constantFrom(null, 'Đang xử lý', 'Đã trả kết quả'),
  handler: fc.constantFrom(null, 'Lê Thị Hồng', 'Trần Văn Bình'),
  applicant: fc.constantFrom(null, 'Nguyễn Văn An', `${'B'.repeat(10)}…`),
  dateOnly: fc.subarray(['dueAt', 'stepDueAt', 'receivedAt'] as const),
};
/** A page's reading: any of the fields, some left out (`dateOnly` from before it existed). */
const reading = fc.record(fields, { requiredKeys: [] });
/** The store's row of the same dossier: its own reading, the officer's marks and when lists saw it. */
const storedRow = fc.record({
  ...fields,
  letterSent: fc.boolean(),
  confirmedOnSystem: fc.boolean(),
  appointmentOverride: fc.constantFrom(null, '2026-12-01T17:00:00+07:00'),
  note: fc.constantFrom('', 'gọi lại'),
  pinned: fc.boolean(),
  lastSeenAt: fc.constant('2026-11-18T09:00:00+07:00'),
  firstSeenAt: fc.constant('2026-11-10T09:00:00+07:00'),
  unseenSince: fc.constantFrom(null, '2026-11-17T09:00:00+07:00'),
  closedAt: fc.constant(null),
  seenOnList: fc.constantFrom(null, 'motcua.thanhhoa.gov.vn/ho-so/can-xu-ly'),
});
const context = { now: NOW, rules: DEFAULT_RULES, locale: 'vi' as const, stored: {} };

describe('a chip computed on the page', () => {
  it('is the store’s own view of the row, whatever the page read and the store knows beyond it', () => {
    fc.assert(
      fc.property(reading, storedRow, (read, row) => {
        const sent = dossier(read) as DossierRecord;
        const stored = { ...dossier(), ...row } as StoredDossier;
        // What only lists show (when a list saw the dossier) is not on a chip.
        const expected = { ...dossierView(stored, NOW, DEFAULT_RULES, 'vi'), lastSeenAt: null, unseenSince: null };
        expect(pageView(sent, storedBeyond(stored, sent), context)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('costs nothing to send for a row the store knows no more of', () => {
    const sent = dossier({ dateOnly: ['dueAt'] });
    const stored = { ...sent, letterSent: false, confirmedOnSystem: false, appointmentOverride: null, note: '', pinned: false, lastSeenAt: '2026-11-18T09:00:00+07:00' };
    expect(storedBeyond(stored as TrackedDossier, sent)).toEqual({});
    expect(storedBeyond({ ...stored, dateOnly: [] } as TrackedDossier, dossier())).toEqual({});
  });

  it('compares against anything the page sent without trusting it', () => {
    const stored = dossier({ letterSent: true });
    expect(storedBeyond(stored, 42)).toEqual(stored);
    expect(storedBeyond(stored, { ...stored, dueAt: { toString: () => stored.dueAt } })).toEqual({ dueAt: stored.dueAt });
    expect([...sentByCode([{ code: 'A', n: 1 }, 7, null, { code: 3 }, { code: 'A', n: 2 }]).entries()]).toEqual([['A', { code: 'A', n: 2 }]]);
    expect(sentByCode('not a list').size).toBe(0);
  });
});

describe('the service’s answer to a page', () => {
  let service: Service;
  beforeEach(() => (service = testService(() => NOW)));
  afterEach(() => dropService(service));

  const page = (records: DossierRecord[]) => ({ type: 'recognized', portal: 'antd', url: 'http://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly', coverage: 'partial', records });
  const answer = async (records: DossierRecord[]) => {
    const { reply, settled } = await handleMessage(service, page(records), true);
    await settled;
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as RecognizedResponse;
  };

  it('carries the officer’s marks and what another page read, so the page’s chip says what the popup says', async () => {
    const late = dossier({ code: 'LATE', dueAt: '2026-11-13T17:00:00+07:00' });
    const done = dossier({ code: 'DONE', status: 'done', statusText: 'Đã trả kết quả' });
    const step = dossier({ code: 'STEP', stepDueAt: '2026-11-18T17:00:00+07:00' });
    await answer([late, done, step]);
    await service.db.dossiers.update(['antd', 'LATE'], { letterSent: true, appointmentOverride: '2026-12-01T17:00:00+07:00' });
    await service.db.dossiers.update(['antd', 'DONE'], { confirmedOnSystem: true });
    // This list shows no step deadline: the one read before still counts.
    const again = [late, done, { ...step, stepDueAt: null }];
    const value = await answer(again);
    expect(value.stored).toEqual({
      'antd|LATE': { letterSent: true, appointmentOverride: '2026-12-01T17:00:00+07:00' },
      'antd|DONE': { confirmedOnSystem: true },
      'antd|STEP': { stepDueAt: '2026-11-18T17:00:00+07:00' },
    });
    expect(pageViews(again, value).map((v) => [v.code, v.label])).toEqual([
      ['LATE', 'Đã gửi thư · hẹn mới 01/12'],
      ['DONE', 'Đã xong · đã xác nhận'],
      ['STEP', 'Hạn xử lý: Hết hạn hôm nay 17:00'],
    ]);
  });

  it('is a few bytes a row where a finished view per row was about a kilobyte', async () => {
    const records = Array.from({ length: 500 }, (_, i) => dossier({ code: `000.00.31.H48-261110-${String(i).padStart(4, '0')}` }));
    const value = await answer(records);
    expect(Object.values(value.stored).every((beyond) => Object.keys(beyond).length === 0)).toBe(true);
    const views = records.map((r) => dossierView(r, NOW, DEFAULT_RULES, 'vi'));
    const [sent, before] = [JSON.stringify(value).length, JSON.stringify(views).length];
    expect(sent).toBeLessThan(before / 10);
    expect(sent / records.length).toBeLessThan(60);
  });
});
