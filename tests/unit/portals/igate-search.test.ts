import { describe, expect, it } from 'vitest';
import { recordsFromIgateSearch } from '../../../utils/portals/adapters/igate';

const PAGE = 'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing?page=1';
const item = {
  id: '65a1b2c3d4e5f60718293a4b',
  code: '000.00.53.H48-261120-0099',
  appliedDate: '2026-11-20T08:10:00.000+0700',
  acceptedDate: '2026-11-20T08:15:00.000+0700',
  appointmentDate: '2026-11-26T17:00:00.000+0000', // date-only, stored as the previous day 17:00 UTC
  dueDate: '2026-11-26T10:00:00.000+0700',
  completedDate: null,
  dossierStatus: { id: 2, name: 'Đang xử lý' },
  applicant: { data: { fullname: 'Nguyễn Văn A' } },
  procedure: { translate: [{ languageId: 228, name: 'Cấp giấy phép xây dựng' }] },
  currentTask: [{ assignee: { fullname: 'Lê Thị Hồng' } }],
};

describe('recordsFromIgateSearch', () => {
  it('turns a search response into records, date-only values meaning end of working hours', () => {
    expect(recordsFromIgateSearch({ content: [item], last: true }, PAGE)).toEqual([
      {
        code: '000.00.53.H48-261120-0099',
        procedure: 'Cấp giấy phép xây dựng',
        applicant: 'Nguyễn Văn A',
        receivedAt: '2026-11-20T08:15:00+07:00',
        dueAt: '2026-11-27T17:00:00+07:00',
        stepDueAt: '2026-11-26T10:00:00+07:00',
        dateOnly: ['dueAt'],
        status: 'processing',
        statusText: 'Đang xử lý',
        handler: 'Lê Thị Hồng',
        url: 'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing/65a1b2c3d4e5f60718293a4b',
        portal: 'igate',
      },
    ]);
  });

  it('marks a completed dossier done and reads currentTask as an object too', () => {
    const [rec] = recordsFromIgateSearch({ content: [{ ...item, completedDate: '2026-11-24T09:00:00.000+0700', currentTask: { assignee: { fullname: 'X' } } }] }, PAGE);
    expect(rec).toMatchObject({ status: 'done', handler: 'X' });
  });

  it.each([
    [null],
    ['junk'],
    [{ content: 'x' }],
    [{ content: [null, 1, 'a', [], { code: 42 }, { code: '   ' }] }],
  ])('ignores malformed input %j', (json) => {
    expect(recordsFromIgateSearch(json, PAGE)).toEqual([]);
  });

  it('keeps a record whose dates are garbage, with null dates', () => {
    const [rec] = recordsFromIgateSearch({ content: [{ code: 'G22.99.08-261121-896048', appointmentDate: 'mai', id: '../../x' }] }, PAGE);
    expect(rec).toMatchObject({ code: 'G22.99.08-261121-896048', dueAt: null, status: 'unknown', url: PAGE });
  });
});
