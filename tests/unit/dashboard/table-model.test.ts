import { describe, expect, it } from 'vitest';
import { distinct, EMPTY_FILTER, filterRows, sortRows, tableRows, type TableFilter } from '../../../components/dashboard/table-model';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { NOW, stored } from './fixtures';

const DOSSIERS = [
  stored('A-1', { applicant: 'Nguyễn Thị Đào', dueAt: '2026-11-13T17:00:00+07:00', handler: 'Lan' }), // overdue
  stored('B-2', { applicant: 'Lê Văn Bình', procedure: 'Đăng ký khai sinh', dueAt: '2026-11-18T17:00:00+07:00', stepDueAt: null }), // due today
  stored('C-3', { applicant: 'Trần An', receivedAt: '2026-11-02T08:00:00+07:00', portal: 'antd', handler: 'Lan' }), // ok
  stored('D-4', { applicant: null, status: 'done', closedAt: '2026-11-16T10:00:00+07:00', receivedAt: null, handler: null }),
  stored('E-5', { applicant: 'Phạm Hà', dueAt: '2026-11-20T17:00:00+07:00', appointmentOverride: '2026-12-04T17:00:00+07:00', note: 'chờ Sở TN&MT' }),
];
const rows = tableRows(DOSSIERS, NOW, DEFAULT_RULES, 'vi');
const codes = (list: { dossier: { code: string } }[]) => list.map((r) => r.dossier.code);
const filter = (patch: Partial<TableFilter>) => codes(filterRows(rows, { ...EMPTY_FILTER, ...patch }));

describe('filterRows', () => {
  it.each([
    ['no filter keeps every row', {}, ['A-1', 'B-2', 'C-3', 'D-4', 'E-5']],
    ['free text ignores diacritics and case', { text: 'nguyen thi dao' }, ['A-1']],
    ['free text needs every word', { text: 'le binh' }, ['B-2']],
    ['free text searches the officer note', { text: 'so tn' }, ['E-5']],
    ['portal', { portal: 'antd' }, ['C-3']],
    ['status', { status: 'done' }, ['D-4']],
    ['urgency level', { level: 'overdue' }, ['A-1']],
    ['procedure', { procedure: 'Đăng ký khai sinh' }, ['B-2']],
    ['handler', { handler: 'Lan' }, ['A-1', 'C-3']],
    ['received from (rows without a receipt date drop out)', { receivedFrom: '2026-11-05' }, ['A-1', 'B-2', 'E-5']],
    ['received until', { receivedTo: '2026-11-02' }, ['C-3']],
    ['due range uses the appointment in force after a letter', { dueFrom: '2026-12-01', dueTo: '2026-12-31' }, ['E-5']],
    ['due range on one day', { dueFrom: '2026-11-18', dueTo: '2026-11-18' }, ['B-2']],
    ['filters combine', { handler: 'Lan', level: 'ok' }, ['C-3']],
  ] as const)('%s', (_name, patch, expected) => {
    expect(filter(patch as Partial<TableFilter>)).toEqual(expected);
  });
});

describe('sortRows', () => {
  it.each([
    ['urgency: most urgent first, ties by code', 'level', false, ['A-1', 'B-2', 'C-3', 'E-5', 'D-4']],
    ['code descending', 'code', true, ['E-5', 'D-4', 'C-3', 'B-2', 'A-1']],
    ['applicant in Vietnamese order, empty last', 'applicant', false, ['B-2', 'A-1', 'E-5', 'C-3', 'D-4']],
    ['applicant descending keeps empty last', 'applicant', true, ['C-3', 'E-5', 'A-1', 'B-2', 'D-4']],
    ['appointment in force', 'dueAt', false, ['A-1', 'B-2', 'C-3', 'D-4', 'E-5']],
    ['received date, empty last', 'receivedAt', false, ['C-3', 'A-1', 'B-2', 'E-5', 'D-4']],
  ] as const)('%s', (_name, column, descending, expected) => {
    expect(codes(sortRows(rows, { column, descending }))).toEqual(expected);
  });
});

describe('tableRows', () => {
  it('gives the apology-letter deadline one working day before the appointment, none once re-appointed or done', () => {
    const byCode = new Map(rows.map((r) => [r.dossier.code, r]));
    expect(byCode.get('C-3')!.letterDueBy).toBe('2026-11-26T17:00:00+07:00');
    expect(byCode.get('E-5')!.letterDueBy).toBeNull();
    expect(byCode.get('D-4')!.letterDueBy).toBeNull();
  });

  it('moves the letter deadline when the officer adds a day off before the appointment', () => {
    const rules = { ...DEFAULT_RULES, extraDaysOff: [{ date: '2026-11-26', reason: 'Nghỉ đột xuất' }] };
    const [row] = tableRows([DOSSIERS[2]!], NOW, rules, 'vi');
    expect(row!.letterDueBy).toBe('2026-11-25T17:00:00+07:00');
  });

  it('lists distinct filter choices, sorted, without empty values', () => {
    expect(distinct(rows, (d) => d.handler)).toEqual(['Lan', 'Trần Thị B']);
  });
});
