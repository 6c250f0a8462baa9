import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  atMinutes,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  daysBetween,
  formatVnDateTime,
  parseInstant,
  startOfDayNumber,
  toVnIso,
  vnEpoch,
  weekdayOf,
} from '../../utils/time/vn-time';

describe('vn-time', () => {
  it.each([
    ['2026-11-20T16:10', '2026-11-20T16:10:00+07:00'],
    ['2026-11-20T09:10:00Z', '2026-11-20T16:10:00+07:00'],
    ['2026-11-20T17:00:00.000+0700', '2026-11-20T17:00:00+07:00'],
    ['2026-11-19T17:00:00.000Z', '2026-11-20T00:00:00+07:00'],
    ['2026-11-20', '2026-11-20T00:00:00+07:00'],
    ['2026-11-20T17:00:00+14:00', '2026-11-20T10:00:00+07:00'],
    ['2026-11-20T17:00:00-12:00', '2026-11-21T12:00:00+07:00'],
  ])('parses %s as %s', (input, iso) => {
    expect(toVnIso(parseInstant(input))).toBe(iso);
  });

  it.each(['2026-02-31', '2026-13-01', '2026-11-20T25:00', 'hôm nay', '', '2026-11-20T17:00:00+9999', '2026-11-20T17:00+07:60', '2026-11-20T17:00-15:00'])('rejects %s', (input) => {
    expect(parseInstant(input)).toBeNaN();
  });

  it('does day arithmetic across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-20', '2026-12-01')).toBe(11);
    expect(weekdayOf('2026-11-24')).toBe(2);
  });

  it('formats as officers read dates', () => {
    expect(formatVnDateTime(vnEpoch(2026, 2, 5, 7, 30))).toBe('05/02/2026 07:30');
    expect(toVnIso(atMinutes('2026-12-01', 17 * 60))).toBe('2026-12-01T17:00:00+07:00');
  });

  it.each([
    ['1970-01-01', 0],
    ['2026-11-24', 20_781],
    ['2028-02-29', 21_243],
  ])('numbers the day %s as %i and back', (date, n) => {
    expect(dayNumber(date)).toBe(n);
    expect(dateOfDayNumber(n)).toBe(date);
    expect(toVnIso(startOfDayNumber(n))).toBe(`${date}T00:00:00+07:00`);
  });

  it.each([
    ['2026-11-24T00:00:00+07:00', 20_781],
    ['2026-11-24T23:59:59+07:00', 20_781],
    ['2026-11-23T17:00:00Z', 20_781], // Vietnamese midnight
    ['2026-11-23T16:59:59Z', 20_780],
  ])('puts the instant %s on day %i in Vietnam', (iso, n) => {
    expect(dayNumberOf(parseInstant(iso))).toBe(n);
  });

  it('refuses to number an impossible day', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(/Ngày không hợp lệ/);
  });
});

describe('daysInMonth', () => {
  it('gives the Gregorian month lengths, leap years included', () => {
    expect([2026, 2028, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    // The same as the built-in calendar for every year it keeps as given (from 100 on).
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
    );
  });
});
