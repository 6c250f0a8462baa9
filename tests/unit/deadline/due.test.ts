import { describe, expect, it } from 'vitest';
import type { WorkRules } from '../../../utils/calendar';
import { DEFAULT_RULES } from '../../../utils/calendar';
import type { DeadlineUnit } from '../../../utils/deadline';
import { dueAfterSupplement, dueDate, letterDueBy, receiptDay, suggestNewDueDate } from '../../../utils/deadline';
import { parseInstant } from '../../../utils/time/vn-time';

const end = (date: string) => `${date}T17:00:00+07:00`;

describe('dueDate: working days', () => {
  it('gives the issue example: Friday 16:10 before Tuesday 24/11 off, 5 days → 01/12 17:00', () => {
    expect(dueDate('2026-11-20T16:10', 5, 'working')).toEqual({
      receivedAt: '2026-11-20T16:10:00+07:00',
      countFrom: '2026-11-25',
      dueAt: '2026-12-01T17:00:00+07:00',
      letterDueBy: '2026-11-30T17:00:00+07:00',
    });
  });

  it.each([
    // Cut-off boundaries on a plain Wednesday (15:00 itself is still "by 15:00").
    ['2026-11-18T14:59', 1, '2026-11-19', end('2026-11-19')],
    ['2026-11-18T15:00', 1, '2026-11-19', end('2026-11-19')],
    ['2026-11-18T15:00:30', 1, '2026-11-20', end('2026-11-20')],
    ['2026-11-18T15:01', 1, '2026-11-20', end('2026-11-20')],
    ['2026-11-18T07:00', 3, '2026-11-19', end('2026-11-23')],
    ['2026-11-18T23:59', 3, '2026-11-20', end('2026-11-25')],
    // Friday afternoon: before and after the cut-off.
    ['2026-11-20T14:59', 5, '2026-11-23', end('2026-11-30')],
    ['2026-11-20T15:01', 5, '2026-11-25', end('2026-12-01')],
    // Received on a weekend (online) or a holiday: as received on the next working day.
    ['2026-11-21T09:00', 1, '2026-11-25', end('2026-11-25')],
    ['2026-11-24T09:00', 1, '2026-11-26', end('2026-11-26')],
    // Pre-holiday receipts.
    ['2026-02-13T10:00', 1, '2026-02-23', end('2026-02-23')], // Friday before Tết
    ['2026-02-13T16:00', 1, '2026-02-24', end('2026-02-24')],
    ['2026-04-29T10:00', 2, '2026-05-04', end('2026-05-05')], // before 30/4
    ['2025-04-25T10:00', 1, '2025-04-26', end('2025-04-26')], // the worked Saturday counts
    ['2024-04-26T10:00', 3, '2024-05-02', end('2024-05-04')], // worked Saturday 04/05/2024
    ['2026-12-31T10:00', 1, '2027-01-04', end('2027-01-04')], // into a provisional year
  ])('received %s, %i working days → counts from %s, due %s', (received, days, countFrom, dueAt) => {
    expect(dueDate(received, days, 'working')).toMatchObject({ countFrom, dueAt });
  });

  it('has no cut-off when the setting is off', () => {
    const rules: WorkRules = { ...DEFAULT_RULES, cutoff: null };
    expect(dueDate('2026-11-18T16:59', 1, 'working', rules).dueAt).toBe(end('2026-11-19'));
    expect(dueDate('2026-11-18T22:00', 1, 'working', rules).dueAt).toBe(end('2026-11-19'));
  });

  it('follows custom hours and cut-off', () => {
    const rules: WorkRules = { ...DEFAULT_RULES, workingHours: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }], cutoff: '16:00' };
    expect(dueDate('2026-11-18T15:30', 1, 'working', rules).dueAt).toBe('2026-11-19T17:30:00+07:00');
    expect(dueDate('2026-11-18T16:01', 1, 'working', rules).dueAt).toBe('2026-11-20T17:30:00+07:00');
  });

  it('counts a Saturday-desk receipt on that Saturday, and after the desk closes as Monday', () => {
    const rules: WorkRules = { ...DEFAULT_RULES, saturdayHours: [{ start: '07:30', end: '11:30' }] };
    expect(dueDate('2026-11-28T10:00', 1, 'working', rules)).toMatchObject({ countFrom: '2026-11-30', dueAt: end('2026-11-30') });
    expect(dueDate('2026-11-28T11:45', 1, 'working', rules)).toMatchObject({ countFrom: '2026-12-01', dueAt: end('2026-12-01') });
    expect(dueDate('2026-11-28T10:00', 1, 'working')).toMatchObject({ dueAt: end('2026-12-01') });
    // The desk's closing minute itself still counts as Saturday; half a minute later does not.
    expect(dueDate('2026-11-28T11:30', 1, 'working', rules)).toMatchObject({ countFrom: '2026-11-30', dueAt: end('2026-11-30') });
    expect(dueDate('2026-11-28T11:30:30', 1, 'working', rules)).toMatchObject({ countFrom: '2026-12-01', dueAt: end('2026-12-01') });
    // No desk on a holiday Saturday.
    expect(receiptDay(parseInstant('2026-02-14T09:00'), rules)).toBe('2026-02-23');
  });

  it('accepts epoch milliseconds and instants with other offsets', () => {
    const ms = parseInstant('2026-11-20T16:10');
    expect(dueDate(ms, 5, 'working').dueAt).toBe('2026-12-01T17:00:00+07:00');
    expect(dueDate('2026-11-20T09:10:00Z', 5, 'working').dueAt).toBe('2026-12-01T17:00:00+07:00');
  });
});

describe('dueDate: calendar days', () => {
  it.each([
    ['2026-11-16T09:00', 10, '2026-11-17', end('2026-11-26')],
    ['2026-11-16T16:00', 10, '2026-11-18', end('2026-11-27')], // after cut-off: from Tuesday 17/11
    ['2026-11-18T09:00', 3, '2026-11-19', end('2026-11-23')], // lands on Saturday → Monday
    ['2026-11-20T09:00', 4, '2026-11-21', end('2026-11-25')], // lands on Tuesday 24/11 → Wednesday
    ['2026-02-06T09:00', 10, '2026-02-07', end('2026-02-23')], // lands in Tết → first day after
    ['2026-01-20T09:00', 30, '2026-01-21', end('2026-02-23')],
  ])('received %s, %i calendar days → counts from %s, due %s', (received, days, countFrom, dueAt) => {
    expect(dueDate(received, days, 'calendar')).toMatchObject({ countFrom, dueAt });
  });
});

describe('dueDate: hours (working hours)', () => {
  it.each([
    ['2026-11-18T08:00', 2, '2026-11-18', '2026-11-18T10:00:00+07:00'],
    ['2026-11-18T10:00', 2, '2026-11-18', '2026-11-18T13:30:00+07:00'], // over lunch
    ['2026-11-18T07:30', 4, '2026-11-18', '2026-11-18T11:30:00+07:00'], // ends at the session's end
    ['2026-11-18T06:00', 1, '2026-11-18', '2026-11-18T08:30:00+07:00'], // before opening
    ['2026-11-18T12:00', 1, '2026-11-18', '2026-11-18T14:00:00+07:00'], // at lunch
    ['2026-11-18T14:00', 8, '2026-11-18', '2026-11-19T14:00:00+07:00'],
    ['2026-11-18T15:30', 2, '2026-11-19', '2026-11-19T09:30:00+07:00'], // after cut-off
    ['2026-11-20T14:00', 24, '2026-11-20', '2026-11-26T14:00:00+07:00'], // over the weekend and 24/11
    ['2026-11-21T10:00', 1, '2026-11-23', '2026-11-23T08:30:00+07:00'], // Saturday → Monday opening
  ])('received %s, %i hours → counts from %s, due %s', (received, hours, countFrom, dueAt) => {
    expect(dueDate(received, hours, 'hours')).toMatchObject({ countFrom, dueAt });
  });
});

describe('dueDate: bad input is an error, never a silent date', () => {
  it.each([
    ['2026-02-31T09:00', 5, 'working', /Thời điểm tiếp nhận không hợp lệ/],
    ['20/11/2026', 5, 'working', /không hợp lệ/],
    ['2026-11-20T09:00', -1, 'working', /số nguyên dương/],
    ['2026-11-20T09:00', 0, 'working', /số nguyên dương/],
    ['2026-11-20T09:00', 1.5, 'working', /số nguyên dương/],
    ['2026-11-20T09:00', Number.NaN, 'working', /số nguyên dương/],
    ['2026-11-20T09:00', 5, 'weeks', /Đơn vị thời hạn không hợp lệ/],
  ])('dueDate(%s, %s, %s) throws', (received, amount, unit, message) => {
    expect(() => dueDate(received, amount, unit as DeadlineUnit)).toThrow(message);
  });
});

describe('letterDueBy', () => {
  it.each([
    ['2026-12-01T17:00:00+07:00', '2026-11-30T17:00:00+07:00'],
    ['2026-11-30T17:00:00+07:00', '2026-11-27T17:00:00+07:00'], // Monday → Friday
    ['2026-11-25T17:00:00+07:00', '2026-11-23T17:00:00+07:00'], // skips Tuesday 24/11
    ['2026-02-23T17:00:00+07:00', '2026-02-13T17:00:00+07:00'], // after Tết
    ['2024-05-06T17:00:00+07:00', '2024-05-04T17:00:00+07:00'], // worked Saturday
    ['2026-12-01T10:00:00+07:00', '2026-11-30T17:00:00+07:00'],
  ])('due %s → letter by %s', (due, letter) => {
    expect(letterDueBy(due)).toBe(letter);
  });

  it('rejects a malformed due date', () => {
    expect(() => letterDueBy('2026-13-01')).toThrow(/Hạn trả không hợp lệ/);
  });
});

describe('supplement requests', () => {
  const base = { receivedAt: '2026-11-02T09:00', amount: 10, unit: 'working' as const };
  const restart: WorkRules = { ...DEFAULT_RULES, supplementRule: 'restart' };
  const pause: WorkRules = { ...DEFAULT_RULES, supplementRule: 'pause' };

  it('first: without supplement the dossier is due 16/11', () => {
    expect(dueDate(base.receivedAt, 10, 'working').dueAt).toBe(end('2026-11-16'));
  });

  it.each([
    // asked Thu 05/11 (3 days used), complete Tue 10/11 09:00
    ['restart', '2026-11-05T10:00', '2026-11-10T09:00', end('2026-11-25')],
    ['pause', '2026-11-05T10:00', '2026-11-10T09:00', end('2026-11-19')],
    // complete after the cut-off: both resume from the next working day
    ['restart', '2026-11-05T10:00', '2026-11-10T16:00', end('2026-11-26')],
    ['pause', '2026-11-05T10:00', '2026-11-10T16:00', end('2026-11-20')],
  ] as const)('%s: asked %s, complete %s → due %s', (rule, requestedAt, resubmittedAt, dueAt) => {
    expect(dueAfterSupplement({ ...base, requestedAt, resubmittedAt }, rule === 'pause' ? pause : restart).dueAt).toBe(dueAt);
  });

  it('pause keeps the remaining working hours for an hours limit', () => {
    const input = { receivedAt: '2026-11-18T08:00', amount: 8, unit: 'hours' as const, requestedAt: '2026-11-18T10:00', resubmittedAt: '2026-11-19T13:00' };
    expect(dueAfterSupplement(input, pause).dueAt).toBe('2026-11-20T09:30:00+07:00'); // 2 h used, 6 h left
    expect(dueAfterSupplement(input, restart).dueAt).toBe('2026-11-20T11:30:00+07:00');
  });

  it('pause counts the calendar days used over a weekend as calendar days', () => {
    // Thu 05/11 → Tue 10/11 uses 5 calendar days (3 working days): 5 left from Thu 12/11 → Tue 17/11.
    const input = { receivedAt: '2026-11-05T09:00', amount: 10, unit: 'calendar' as const, requestedAt: '2026-11-10T10:00', resubmittedAt: '2026-11-12T09:00' };
    expect(dueAfterSupplement(input, pause).dueAt).toBe(end('2026-11-17'));
  });

  it.each([
    [{ receivedAt: 'hôm qua' }, 'Thời điểm tiếp nhận không hợp lệ: "hôm qua"'],
    [{ requestedAt: '2026-11-31T09:00' }, 'Thời điểm yêu cầu bổ sung không hợp lệ: "2026-11-31T09:00"'],
  ])('names the bad field of a supplement %o', (patch, message) => {
    expect(() => dueAfterSupplement({ ...base, requestedAt: '2026-11-05T10:00', resubmittedAt: '2026-11-10T09:00', ...patch })).toThrow(message);
  });

  it('pause keeps remaining calendar days', () => {
    const input = { receivedAt: '2026-11-02T09:00', amount: 10, unit: 'calendar' as const, requestedAt: '2026-11-05T10:00', resubmittedAt: '2026-11-10T09:00' };
    expect(dueAfterSupplement(input, pause).dueAt).toBe(end('2026-11-17'));
  });

  it('pause counts the days used of a working-day limit in working days, not calendar days', () => {
    // Thu 05/11 → Tue 10/11 uses Fri, Mon, Tue (3 working days; 5 calendar days): 7 left from Thu 12/11.
    const input = { receivedAt: '2026-11-05T09:00', amount: 10, unit: 'working' as const, requestedAt: '2026-11-10T10:00', resubmittedAt: '2026-11-12T09:00' };
    expect(dueAfterSupplement(input, pause).dueAt).toBe(end('2026-11-23'));
  });

  it('accepts a request at the very moment of receipt, and a resubmission at the moment of the request', () => {
    const atOnce = { ...base, requestedAt: base.receivedAt, resubmittedAt: '2026-11-04T09:00' };
    expect(dueAfterSupplement(atOnce, pause).dueAt).toBe(end('2026-11-18')); // nothing used: 10 days from Wed 04/11
    const sameMoment = { ...base, requestedAt: '2026-11-05T10:00', resubmittedAt: '2026-11-05T10:00' };
    expect(dueAfterSupplement(sameMoment, restart).dueAt).toBe(end('2026-11-19'));
  });

  it('a used-up limit resubmitted at the Saturday desk is due at the end of the next working day', () => {
    const saturdayDesk: WorkRules = { ...pause, saturdayHours: [{ start: '07:30', end: '11:30' }] };
    const input = { ...base, requestedAt: '2026-11-20T10:00', resubmittedAt: '2026-11-28T09:00' };
    expect(dueAfterSupplement(input, saturdayDesk)).toMatchObject({ countFrom: '2026-11-30', dueAt: end('2026-11-30'), letterDueBy: end('2026-11-27') });
  });

  it('pause after the limit ran out leaves the next working day', () => {
    const input = { ...base, requestedAt: '2026-11-20T10:00', resubmittedAt: '2026-11-23T09:00' };
    expect(dueAfterSupplement(input, pause).dueAt).toBe(end('2026-11-23'));
  });

  it.each([
    [{ requestedAt: '2026-11-01T09:00', resubmittedAt: '2026-11-10T09:00' }, /trước thời điểm tiếp nhận/],
    [{ requestedAt: '2026-11-05T09:00', resubmittedAt: '2026-11-04T09:00' }, /trước yêu cầu bổ sung/],
    [{ requestedAt: '2026-11-05T09:00', resubmittedAt: 'sau' }, /nộp bổ sung không hợp lệ/],
  ])('rejects impossible order %o', (times, message) => {
    expect(() => dueAfterSupplement({ ...base, ...times })).toThrow(message);
  });
});

describe('suggestNewDueDate', () => {
  const now = parseInstant('2026-11-30T09:00');
  it.each([
    ['2026-12-01T17:00:00+07:00', 1, end('2026-12-02')],
    ['2026-12-01T17:00:00+07:00', 3, end('2026-12-04')],
    ['2026-12-04T17:00:00+07:00', 1, end('2026-12-07')], // never a weekend
    ['2026-11-20T17:00:00+07:00', 2, end('2026-12-02')], // already late: from today
    ['2026-11-23T17:00:00+07:00', 1, end('2026-12-01')],
    ['2026-02-13T17:00:00+07:00', 1, end('2026-12-01')],
  ])('from %s plus %i working days → %s', (original, days, expected) => {
    expect(suggestNewDueDate(original, now, days)).toBe(expected);
  });

  it('skips Tết', () => {
    expect(suggestNewDueDate('2026-02-12T17:00:00+07:00', parseInstant('2026-02-10T09:00'), 2)).toBe(end('2026-02-23')); // Fri 13/02, then Mon 23/02;
  });

  it('names the bad value', () => {
    expect(() => suggestNewDueDate('sớm', now, 1)).toThrow('Hạn trả không hợp lệ: "sớm"');
    expect(() => suggestNewDueDate('2026-12-01T17:00:00+07:00', Number.NaN, 1)).toThrow('Thời điểm hiện tại không hợp lệ: "NaN"');
  });

  it.each([0, -2, 1.5])('rejects %s extra days', (days) => {
    expect(() => suggestNewDueDate('2026-12-01T17:00:00+07:00', now, days)).toThrow(/số nguyên dương/);
  });
});
