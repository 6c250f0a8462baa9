import { describe, expect, it } from 'vitest';
import { sameReading } from '../../../utils/annotate/records';
import type { MessageOf } from '../../../utils/messaging';
import type { DossierRecord } from '../../../utils/portals/types';

const record = (code: string, patch: Partial<DossierRecord> = {}): DossierRecord => ({
  code,
  procedure: 'Cấp giấy phép xây dựng',
  applicant: 'Nguyễn Văn An',
  receivedAt: '2026-11-20T08:00:00+07:00',
  dueAt: '2026-11-27T17:00:00+07:00',
  stepDueAt: null,
  dateOnly: ['receivedAt'],
  status: 'processing',
  statusText: 'Đang xử lý',
  handler: null,
  url: 'https://dichvucong.hanoi.gov.vn/ho-so/1',
  portal: 'generic',
  ...patch,
});

const base: MessageOf<'recognized'> = {
  type: 'recognized',
  portal: 'generic',
  url: 'https://dichvucong.hanoi.gov.vn/ho-so',
  coverage: 'complete',
  records: [record('000.00.53.H48-261120-0001'), record('000.00.53.H48-261120-0002')],
  seen: { page: 1, pageCount: 1, rowsSeen: 2, totalRows: 2 },
};

describe('sameReading (a scan of unchanged rows needs no round trip)', () => {
  it('is true for an equal reading built from fresh objects', () => {
    expect(sameReading(base, structuredClone(base))).toBe(true);
  });

  it.each<[string, MessageOf<'recognized'>]>([
    ['another due date on one row', { ...base, records: [base.records[0]!, record('000.00.53.H48-261120-0002', { dueAt: '2026-11-28T17:00:00+07:00' })] }],
    ['a status that changed', { ...base, records: [record('000.00.53.H48-261120-0001', { status: 'done', statusText: 'Đã trả kết quả' }), base.records[1]!] }],
    ['a row fewer', { ...base, records: base.records.slice(0, 1) }],
    ['the rows in another order', { ...base, records: [...base.records].reverse() }],
    ['another page of the list', { ...base, url: `${base.url}?page=2` }],
    ['a partial list', { ...base, coverage: 'partial' }],
    ['another pager reading', { ...base, seen: { ...base.seen!, totalRows: 3 } }],
    ['no pager reading', { ...base, seen: undefined }],
    ['another date precision on one row', { ...base, records: [base.records[0]!, record('000.00.53.H48-261120-0002', { dateOnly: ['receivedAt', 'dueAt'] })] }],
    ['a report page, not a list', { ...base, page: 'report' }],
    ['a field the other lacks', { ...base, records: [{ ...base.records[0]!, extra: 'x' } as DossierRecord, base.records[1]!] }],
  ])('is false for %s', (_name, other) => {
    expect(sameReading(base, other)).toBe(false);
    expect(sameReading(other, base)).toBe(false);
  });
});
