import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkRules } from '../../../utils/calendar';
import {
  addWorkingDays,
  addWorkMinutes,
  compileRules,
  DEFAULT_RULES,
  endOfWorkDay,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  receivingSessions,
  startOfWorkDay,
  workingDaysBetween,
  workMinutesBetween,
} from '../../../utils/calendar';
import { addDays, parseInstant, toVnIso } from '../../../utils/time/vn-time';

const at = (t: string) => parseInstant(t);

describe('working days', () => {
  it.each([
    ['2026-11-20', 1, '2026-11-23'],
    ['2026-11-23', 1, '2026-11-25'], // over 24/11
    ['2026-11-20', 5, '2026-11-30'],
    ['2026-02-13', 1, '2026-02-23'], // over Tết
    ['2026-01-09', 1, '2026-01-10'], // worked Saturday
    ['2026-11-21', 1, '2026-11-23'], // from a Saturday
    ['2026-11-20', 0, '2026-11-20'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])('addWorkingDays rejects n = %s', (n) => {
    expect(() => addWorkingDays('2026-11-20', n)).toThrow(/số nguyên không âm/);
  });

  it('walks back over holidays', () => {
    expect(previousWorkingDay('2026-11-25')).toBe('2026-11-23');
    expect(previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-11-20', '2026-12-01')).toBe(6); // 23, 25, 26, 27, 30, 1
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });

  it('addWorkingDays lands on working days and agrees with workingDaysBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1800 }), fc.integer({ min: 0, max: 40 }), (offset, n) => {
        const from = addDays('2024-01-01', offset);
        const to = addWorkingDays(from, n);
        if (n > 0) expect(isWorkingDay(to)).toBe(true);
        expect(workingDaysBetween(from, to)).toBe(n);
        expect(addWorkingDays(from, n + 1) > to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('working time', () => {
  it.each([
    ['2026-11-18T07:30', '2026-11-18T17:00', 480],
    ['2026-11-18T11:00', '2026-11-18T13:30', 60], // lunch not counted
    ['2026-11-18T18:00', '2026-11-19T08:30', 60],
    ['2026-11-20T16:00', '2026-11-25T08:30', 60 + 480 + 60], // weekend and 24/11 not counted
    ['2026-11-18T09:00', '2026-11-18T09:00', 0],
    ['2026-11-18T10:00', '2026-11-18T09:00', -60],
  ])('from %s to %s is %i working minutes', (from, to, minutes) => {
    expect(workMinutesBetween(at(from), at(to))).toBe(minutes);
  });

  it.each([
    ['2026-11-18T07:30', 240, '2026-11-18T11:30:00+07:00'],
    ['2026-11-18T07:30', 241, '2026-11-18T13:01:00+07:00'],
    ['2026-11-18T17:30', 0, '2026-11-19T07:30:00+07:00'],
    ['2026-11-23T16:00', 120, '2026-11-25T08:30:00+07:00'],
  ])('addWorkMinutes(%s, %i) = %s', (from, minutes, expected) => {
    expect(toVnIso(addWorkMinutes(at(from), minutes))).toBe(expected);
  });

  it('addWorkMinutes and workMinutesBetween are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 * 1440 }), fc.integer({ min: 1, max: 20 * 480 }), (m, minutes) => {
        const from = at('2024-01-01T00:00') + m * 60_000;
        expect(workMinutesBetween(from, addWorkMinutes(from, minutes))).toBe(minutes);
      }),
      { numRuns: 300 },
    );
  });

  it.each([-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY])('addWorkMinutes rejects %s minutes', (minutes) => {
    expect(() => addWorkMinutes(at('2026-11-18T08:00'), minutes)).toThrow(`Số phút làm việc không hợp lệ: ${minutes}`);
  });

  it('addWorkMinutes(0) from a working moment is that moment; from the evening, the next opening', () => {
    expect(toVnIso(addWorkMinutes(at('2026-11-18T08:00'), 0))).toBe('2026-11-18T08:00:00+07:00');
    expect(toVnIso(addWorkMinutes(at('2026-11-18T19:00'), 0))).toBe('2026-11-19T07:30:00+07:00');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('working-time sums reject the instant %s', (bad) => {
    const ok = at('2026-11-18T08:00');
    expect(() => addWorkMinutes(bad, 10)).toThrow(`Thời điểm không hợp lệ: ${bad}`);
    expect(() => workMinutesBetween(bad, ok)).toThrow(`Thời điểm không hợp lệ: ${bad}`);
    expect(() => workMinutesBetween(ok, bad)).toThrow(`Thời điểm không hợp lệ: ${bad}`);
  });

  it('uses custom sessions', () => {
    const rules: WorkRules = { ...DEFAULT_RULES, workingHours: [{ start: '08:00', end: '12:00' }, { start: '13:30', end: '17:30' }] };
    expect(toVnIso(endOfWorkDay('2026-11-18', rules))).toBe('2026-11-18T17:30:00+07:00');
    expect(workMinutesBetween(at('2026-11-18T00:00'), at('2026-11-19T00:00'), rules)).toBe(480);
  });

  it('refuses the end of a day off', () => {
    expect(() => endOfWorkDay('2026-11-24')).toThrow(/không phải ngày làm việc/);
  });

  it('opens a Saturday desk only on plain Saturdays when configured', () => {
    const rules: WorkRules = { ...DEFAULT_RULES, saturdayHours: [{ start: '07:30', end: '11:30' }] };
    expect(receivingSessions('2026-11-28', rules)).toEqual([{ start: 450, end: 690 }]);
    expect(receivingSessions('2026-11-28')).toEqual([]);
    expect(receivingSessions('2026-11-29', rules)).toEqual([]); // Sunday
    expect(receivingSessions('2026-02-14', rules)).toEqual([]); // Tết Saturday
    expect(receivingSessions('2026-08-22', rules)).toHaveLength(2); // worked Saturday = full day
    // The officer closes one Saturday's desk (a day off of their own, whatever its reason says).
    const closed = { ...rules, extraDaysOff: [{ date: '2026-11-28', reason: 'Thứ Bảy' }] };
    expect(receivingSessions('2026-11-28', closed)).toEqual([]);
  });

  it('refuses the start of a day off, naming the day', () => {
    expect(() => startOfWorkDay('2026-11-24')).toThrow(new RangeError('2026-11-24 không phải ngày làm việc'));
    expect(toVnIso(startOfWorkDay('2026-11-25'))).toBe('2026-11-25T07:30:00+07:00');
  });

  it('addWorkMinutes(0) at the end of a session is the next opening', () => {
    expect(toVnIso(addWorkMinutes(at('2026-11-18T11:30'), 0))).toBe('2026-11-18T13:00:00+07:00');
    expect(toVnIso(addWorkMinutes(at('2026-11-18T17:00'), 0))).toBe('2026-11-19T07:30:00+07:00');
  });

  it('addWorkMinutes of whole working days from the evening ends at the close of the last one', () => {
    // Friday 27/11 after hours + 2 working days: Monday 30/11 and Tuesday 01/12, to 17:00.
    expect(toVnIso(addWorkMinutes(at('2026-11-27T17:00'), 2 * 480))).toBe('2026-12-01T17:00:00+07:00');
    expect(toVnIso(addWorkMinutes(at('2026-11-27T17:00'), 3 * 480))).toBe('2026-12-02T17:00:00+07:00');
  });
});

describe('compileRules', () => {
  it.each([
    [{ workingHours: [] }, 'Giờ làm việc: cần ít nhất một ca làm việc'],
    [{ extraWorkingDays: [{ date: '28/11/2026', reason: '' }] }, 'Ngày làm việc thêm: ngày không hợp lệ "28/11/2026"'],
    [{ extraDaysOff: [{ date: '2026-02-30', reason: '' }] }, 'Ngày nghỉ thêm: ngày không hợp lệ "2026-02-30"'],
    [{ nearWorkingDays: -1 }, 'Ngưỡng "sắp đến hạn" phải là số ngày nguyên không âm: -1'],
  ] as Array<[Partial<WorkRules>, string]>)('refuses %j: %s', (rules, message) => {
    expect(() => compileRules(rules)).toThrow(new RangeError(message));
  });

  it('accepts a "near" threshold of 0 days and sums the day from its sessions', () => {
    expect(compileRules({ nearWorkingDays: 0 }).rules.nearWorkingDays).toBe(0);
    expect(compileRules(DEFAULT_RULES).dayMinutes).toBe(480);
    const three = [{ start: '07:00', end: '09:00' }, { start: '10:00', end: '11:15' }, { start: '14:00', end: '16:30' }];
    expect(compileRules({ workingHours: three }).dayMinutes).toBe(120 + 75 + 150);
  });
});
