import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '../../../utils/calendar';
import { addDays } from '../../../utils/time/vn-time';

// Mùng 1 Tết in Vietnam, from published Vietnamese calendars (not from this algorithm). 1968 is the
// first Tết on the UTC+7 calendar (29/01, a day before the South's and China's); 1969 and earlier
// years are left out: calendars of the time disagree (UTC+8 tables were still printed).
const TET = `
1968-01-29 1970-02-06 1971-01-27 1972-02-15 1973-02-03 1974-01-23 1975-02-11 1976-01-31 1977-02-18
1978-02-07 1979-01-28 1980-02-16 1981-02-05 1982-01-25 1983-02-13 1984-02-02 1985-01-21 1986-02-09
1987-01-29 1988-02-17 1989-02-06
1990-01-27 1991-02-15 1992-02-04 1993-01-23 1994-02-10 1995-01-31 1996-02-19 1997-02-07 1998-01-28
1999-02-16 2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-17
2008-02-07 2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 2016-02-08
2017-01-28 2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10 2025-01-29
2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-02 2031-01-23 2032-02-11 2033-01-31 2034-02-19
2035-02-08 2036-01-28 2037-02-15 2038-02-04 2039-01-24 2040-02-12 2041-02-01 2042-01-22 2043-02-10
2044-01-30 2045-02-17 2046-02-06 2047-01-26 2048-02-14 2049-02-02 2050-01-23 2051-02-11 2052-02-01
2053-02-18 2054-02-08 2055-01-28 2056-02-15 2057-02-04 2058-01-24 2059-02-12 2060-02-02`
  .trim()
  .split(/\s+/)
  .map((date) => [Number(date.slice(0, 4)), date] as const);

describe('lunar calendar (UTC+7)', () => {
  it.each(TET)('Tết %i falls on %s', (year, date) => {
    expect(lunarToSolar({ year, month: 1, day: 1, leap: false })).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(solarToLunar(addDays(date, -1))).toMatchObject({ year: year - 1, month: 12 });
  });

  it.each([
    ['1985-01-21', 'Vietnam counts Tết 1985 a month before China'],
    ['2007-02-17', 'China (UTC+8) has 18/02/2007'],
    ['2030-02-02', 'China (UTC+8) has 03/02/2030'],
    ['2053-02-18', 'China (UTC+8) has 19/02/2053'],
  ])('uses the Vietnamese meridian: Tết on %s (%s)', (date) => {
    expect(solarToLunar(date)).toMatchObject({ month: 1, day: 1, leap: false });
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ (10/3 lunar) %i is %s', (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(date);
  });

  it.each([
    ['2023-03-22', { year: 2023, month: 2, day: 1, leap: true }],
    ['2025-07-25', { year: 2025, month: 6, day: 1, leap: true }],
    ['2020-05-23', { year: 2020, month: 4, day: 1, leap: true }],
  ])('knows leap months: %s is %o', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });

  it.each([
    ['2054-05-07', { year: 2054, month: 3, day: 30, leap: false }],
    ['2062-04-09', { year: 2062, month: 2, day: 30, leap: false }],
  ])('gives %s, the eve of a new moon where the mean-month estimate runs ahead, as %o', (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(solarToLunar(addDays(date, 1))).toMatchObject({ month: lunar.month + 1, day: 1 });
  });

  it('round-trips every day from 1900-03-01 to 2199-12-31', () => {
    const bad: string[] = [];
    for (let date = '1900-03-01'; date <= '2199-12-31'; date = addDays(date, 1)) {
      if (lunarToSolar(solarToLunar(date)) !== date) bad.push(date);
    }
    expect(bad).toEqual([]);
  });

  it('advances one lunar day per solar day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000 }), (offset) => {
        const date = addDays('1950-01-01', offset);
        const a = solarToLunar(date);
        const b = solarToLunar(addDays(date, 1));
        if (b.day === 1) expect(a.day === 29 || a.day === 30).toBe(true);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [{ year: 2026, month: 4, day: 1, leap: true }, /không có tháng 4 nhuận/],
    [{ year: 2026, month: 13, day: 1, leap: false }, /không hợp lệ/],
    [{ year: 2026, month: 1, day: 31, leap: false }, /không hợp lệ/],
    [{ year: 1800, month: 1, day: 1, leap: false }, /ngoài phạm vi/],
    [{ year: 2200, month: 1, day: 1, leap: false }, 'Năm ngoài phạm vi lịch âm (1900–2199): 2200'],
    [{ year: 2026, month: 0, day: 1, leap: false }, 'Ngày âm lịch không hợp lệ: 1/0/2026'],
    [{ year: 2026, month: 1.5, day: 1, leap: false }, 'Ngày âm lịch không hợp lệ: 1/1.5/2026'],
    [{ year: 2026, month: 1, day: 0, leap: false }, 'Ngày âm lịch không hợp lệ: 0/1/2026'],
    [{ year: 2026, month: 1, day: 1.5, leap: false }, 'Ngày âm lịch không hợp lệ: 1.5/1/2026'],
  ])('rejects the impossible lunar date %o', (lunar, message) => {
    expect(() => lunarToSolar(lunar)).toThrow(message);
  });

  it('rejects day 30 of a 29-day month', () => {
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => {
      try {
        lunarToSolar({ year: 2026, month, day: 30, leap: false });
        return 30;
      } catch {
        return 29;
      }
    });
    expect(lengths).toContain(29);
    expect(lengths).toContain(30);
    const short = lengths.indexOf(29) + 1;
    expect(() => lunarToSolar({ year: 2026, month: short, day: 30, leap: false })).toThrow(/chỉ có 29 ngày/);
  });

  it.each([
    [{ year: 2023, month: 1, day: 30, leap: false }, 'Tháng 1 năm âm lịch 2023 chỉ có 29 ngày'],
    [{ year: 2023, month: 2, day: 30, leap: true }, 'Tháng 2 nhuận năm âm lịch 2023 chỉ có 29 ngày'],
  ])('names the short month in its message %o', (lunar, message) => {
    expect(() => lunarToSolar(lunar)).toThrow(message);
  });

  it('accepts a leap month exactly in the years and months that have one, 1900–2199', () => {
    // The leap months as solarToLunar finds them (a step of 15 days lands in every lunar month).
    const leapOf = new Map<number, number>();
    for (let d = '1900-03-01'; d < '2199-12-01'; d = addDays(d, 15)) {
      const l = solarToLunar(d);
      if (l.leap) leapOf.set(l.year, l.month);
    }
    expect(leapOf.size).toBeGreaterThan(100); // 7 in every 19 years
    expect(leapOf.get(2023)).toBe(2);
    expect(leapOf.get(2033)).toBe(11);
    for (let year = 1901; year <= 2198; year++) {
      for (let month = 1; month <= 12; month++) {
        const leap = () => lunarToSolar({ year, month, day: 1, leap: true });
        if (leapOf.get(year) === month) expect(solarToLunar(leap())).toEqual({ year, month, day: 1, leap: true });
        else expect(leap).toThrow(`Năm âm lịch ${year} không có tháng ${month} nhuận`);
      }
    }
  });

  it('rejects malformed solar dates and years out of range', () => {
    expect(() => solarToLunar('2026-02-31')).toThrow(/không hợp lệ/);
    expect(() => solarToLunar('2200-06-01')).toThrow('Năm ngoài phạm vi lịch âm (1900–2199): 2200');
  });
});
