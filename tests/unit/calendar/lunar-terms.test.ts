/**
 * Month numbers and leap months against an oracle that shares nothing with utils/calendar/lunar.ts:
 * the principal solar terms of astronomia (VSOP87 apparent longitude, tests/oracle/solar-terms.ts),
 * read from tests/fixtures/lunar/solar-terms.txt (scripts/solar-terms.ts writes it; a sample is
 * recomputed here). The rules of the Vietnamese calendar (Hồ Ngọc Đức), at day level in UTC+7:
 * month 11 is the month holding the day of the December solstice (270°); a year from one month 11
 * to the next with 13 months has a leap month, the first month after month 11 that holds no
 * principal term; all other months are numbered in order. Month boundaries come from solarToLunar
 * (lunar-oracle.test.ts checks them against the new moons).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { solarToLunar, type LunarDate } from '../../../utils/calendar';
import { addDays, type LocalDate } from '../../../utils/time/vn-time';
import { solarTermMs } from '../../oracle/solar-terms';

interface Term {
  degrees: number;
  day: LocalDate;
  time: string;
}

const TERMS: Term[] = readFileSync('tests/fixtures/lunar/solar-terms.txt', 'utf8')
  .split('\n')
  .filter((line) => /^\d/.test(line))
  .map((line) => {
    const [degrees, day, time] = line.split(' ') as [string, LocalDate, string];
    return { degrees: Number(degrees), day, time };
  });

interface Month {
  start: LocalDate;
  /** The day after the month's last day. */
  end: LocalDate;
  lunar: LunarDate;
  terms: Term[];
}

const VN_OFFSET_MS = 7 * 3_600_000;
/** The number of the month a principal term names: 270° (the solstice) is 11, 300° is 12, 330° is 1. */
const monthOfTerm = (degrees: number) => ((((degrees - 270) / 30 + 10) % 12) + 12) % 12 + 1;
const label = (m: Month) => `${m.lunar.year}-${m.lunar.month}${m.lunar.leap ? 'n' : ''}`;

/**
 * Every lunar month from the one holding 1900-01-01 to the end of 2199, in order, with its terms,
 * after month 11 of 1899 (before the supported range: only its solstice is used). Built in each
 * test, uncached: a throw fails the test (from a describe body Stryker would count a survivor), and
 * a shared cache would hide the later tests from Stryker's per-test coverage.
 */
function lunarMonths(): Month[] {
  const months: Month[] = [
    { start: '1899-12-03', end: '1900-01-01', lunar: { year: 1899, month: 11, day: 1, leap: false }, terms: [TERMS[0]!] },
  ];
  let start: LocalDate = '1900-01-01';
  let term = 1;
  while (start <= '2199-12-31') {
    const lunar = solarToLunar(start);
    const next = addDays(start, 30);
    const end = next > '2199-12-31' ? '2200-01-01' : addDays(next, 1 - solarToLunar(next).day);
    const terms: Term[] = [];
    while (TERMS[term]!.day < end) terms.push(TERMS[term++]!);
    months.push({ start, end, lunar, terms });
    start = end;
  }
  return months;
}

/** The month number ("8", or "8n" when leap) each month must have, from the terms alone; null after the last month 11. */
function expectedNumbers(months: Month[]): (string | null)[] {
  const expected: (string | null)[] = months.map(() => null);
  const elevens = months.flatMap((m, i) => (m.terms.some((t) => t.degrees === 270) ? [i] : []));
  for (let y = 0; y + 1 < elevens.length; y++) {
    const from = elevens[y]!;
    const length = elevens[y + 1]! - from;
    const leap = length === 13 ? months.slice(from + 1, from + 13).findIndex((m) => m.terms.length === 0) + 1 : -1;
    for (let i = 0; i < length; i++) {
      const n = ((10 + i - (leap > 0 && i >= leap ? 1 : 0)) % 12) + 1;
      expected[from + i] = `${n}${i === leap ? 'n' : ''}`;
    }
  }
  return expected;
}

describe('lunar month numbers and leap months against the solar terms (astronomia: VSOP87)', () => {
  it('holds every principal term from the 1899 to the 2199 December solstice, in order, 30° apart', () => {
    expect(TERMS.length).toBe(3602);
    expect(TERMS[0]).toEqual({ degrees: 270, day: '1899-12-22', time: '07:56:18' });
    expect(TERMS.at(-1)).toEqual({ degrees: 300, day: '2200-01-20', time: '14:16:40' });
    const steps = TERMS.slice(1).map((t, i) => (t.degrees - TERMS[i]!.degrees + 360) % 360);
    expect(new Set(steps)).toEqual(new Set([30]));
    expect(TERMS.slice(1).every((t, i) => t.day > TERMS[i]!.day)).toBe(true);
  });

  it.each([0, 700, 1201, 1800, 2500, 3000, 3601])('file line %i is what astronomia computes now', (i) => {
    const term = TERMS[i]!;
    const year = Number(term.day.slice(0, 4));
    const local = new Date(solarTermMs(year, term.degrees) + VN_OFFSET_MS).toISOString();
    expect(`${local.slice(0, 10)} ${local.slice(11, 19)}`).toBe(`${term.day} ${term.time}`);
  });

  it('puts the day of every December solstice from 1900 to 2199 in month 11 (not leap)', () => {
    const solstices = TERMS.filter((t) => t.degrees === 270 && t.day >= '1900');
    expect(solstices).toHaveLength(300);
    const wrong = solstices.filter((t) => {
      const lunar = solarToLunar(t.day);
      return lunar.month !== 11 || lunar.leap;
    });
    expect(wrong).toEqual([]);
  });

  it('numbers every month from 1900 to 2199 as the terms do: in order from month 11, the leap month the first without a term in a 13-month year', () => {
    const months = lunarMonths();
    expect(months.length).toBe(3712);
    const expected = expectedNumbers(months);
    expect(expected.filter((want) => want !== null).length).toBeGreaterThan(3700);
    const wrong = expected.flatMap((want, i) => {
      const m = months[i]!;
      return want === null || `${m.lunar.month}${m.lunar.leap ? 'n' : ''}` === want ? [] : [`${m.start} ${label(m)}, the terms say ${want}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has a leap month exactly in the 13-month years, without a principal term, and every month before it after month 11 holds one', () => {
    const months = lunarMonths();
    const leaps = months.filter((m) => m.lunar.leap);
    expect(leaps.length).toBeGreaterThan(100);
    expect(leaps.filter((m) => m.terms.length > 0).map(label)).toEqual([]);
    const wrong: string[] = [];
    for (const leap of leaps) {
      let i = months.indexOf(leap) - 1;
      while (months[i]!.lunar.month !== 11) {
        if (months[i]!.terms.length === 0) wrong.push(`${label(leap)}: ${label(months[i]!)} holds no term`);
        i--;
      }
      if (months[i]!.lunar.leap) wrong.push(`${label(leap)} follows a leap 11`);
    }
    expect(wrong).toEqual([]);
  });

  /**
   * Where a month holds two principal terms, another month near it holds none, and the months
   * between hold their terms a month early or late: the calendar numbers months in order from month
   * 11, not by the term each one holds. These are all the terms from 1900 to 2199 outside the month
   * of their own number; each is checked below to lie within three months of a month with two terms.
   */
  const TWO_TERM_YEARS: readonly string[] = [
    '210 2033-10-23 in 2033-10', '240 2033-11-22 in 2033-11', '330 2034-02-18 in 2033-12',
    '300 2053-01-19 in 2052-11',
    '240 2128-11-22 in 2128-11', '330 2129-02-18 in 2128-12',
    '210 2147-10-24 in 2147-10',
    '300 2167-01-20 in 2166-11', '330 2167-02-19 in 2166-12',
    '210 2185-10-23 in 2185-10', '240 2185-11-22 in 2185-11',
  ];

  it('finds every other principal term in the (non-leap) month of its number', () => {
    const months = lunarMonths();
    const wrong = months.flatMap((m) =>
      m.terms.filter((t) => m.lunar.leap || m.lunar.month !== monthOfTerm(t.degrees)).map((t) => `${t.degrees} ${t.day} in ${label(m)}`),
    );
    expect(wrong).toEqual(TWO_TERM_YEARS);
    for (const entry of TWO_TERM_YEARS) {
      const i = months.findIndex((m) => m.terms.some((t) => `${t.degrees} ${t.day}` === entry.split(' in ')[0]));
      expect(months.slice(i - 3, i + 4).some((m) => m.terms.length === 2)).toBe(true);
    }
  });
});
