/**
 * The calendar answers from per-year tables and memoised rules. These tests hold it to the
 * straightforward day-by-day walks it replaced, kept here as the reference, on random rules and
 * instants. The reference reads the rules itself, so a wrong cache hit cannot fool both sides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayOverride, WorkRules } from '../../../utils/calendar';
import {
  addWorkingDays,
  addWorkMinutes,
  compileRules,
  DEFAULT_RULES,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  workMinutesBetween,
} from '../../../utils/calendar';
import { classifyDay } from '../../../utils/calendar/classify';
import { yearSchedule } from '../../../utils/calendar/holidays';
import type { LocalDate } from '../../../utils/time/vn-time';
import { addDays, atMinutes, formatClock, MINUTE_MS, parseClock, parseLocalDate, toLocalDate, vnEpoch, weekdayOf } from '../../../utils/time/vn-time';

// ---- reference: one day at a time, straight from the rules ----

function refIsWorking(date: LocalDate, rules: WorkRules): boolean {
  if (rules.extraWorkingDays.some((o) => o.date === date)) return true;
  if (rules.extraDaysOff.some((o) => o.date === date)) return false;
  const scheduled = yearSchedule(parseLocalDate(date)!.year).days.get(date);
  if (scheduled) return scheduled.kind === 'swap-work';
  const w = weekdayOf(date);
  return w !== 0 && w !== 6;
}

function refStep(date: LocalDate, step: 1 | -1, rules: WorkRules): LocalDate {
  let d = date;
  for (let i = 0; i < 366; i++) {
    d = addDays(d, step);
    if (refIsWorking(d, rules)) return d;
  }
  throw new RangeError(`Không tìm thấy ngày làm việc nào ${step === 1 ? 'sau' : 'trước'} ${date}`);
}

function refAddWorkingDays(date: LocalDate, n: number, rules: WorkRules): LocalDate {
  let d = date;
  for (let i = 0; i < n; i++) d = refStep(d, 1, rules);
  return d;
}

function refWorkingDaysBetween(from: LocalDate, to: LocalDate, rules: WorkRules): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (refIsWorking(d, rules)) count++;
  return count;
}

const refSessions = (date: LocalDate, rules: WorkRules) =>
  refIsWorking(date, rules) ? rules.workingHours.map((s) => ({ start: parseClock(s.start), end: parseClock(s.end) })) : [];

function refWorkMinutesBetween(from: number, to: number, rules: WorkRules): number {
  if (to < from) return -refWorkMinutesBetween(to, from, rules);
  let total = 0;
  for (let d = toLocalDate(from); d <= toLocalDate(to); d = addDays(d, 1)) {
    for (const s of refSessions(d, rules)) {
      const start = Math.max(from, atMinutes(d, s.start));
      const end = Math.min(to, atMinutes(d, s.end));
      if (end > start) total += end - start;
    }
  }
  return total / MINUTE_MS;
}

function refAddWorkMinutes(from: number, minutes: number, rules: WorkRules): number {
  let left = minutes * MINUTE_MS;
  let d = toLocalDate(from);
  if (!refIsWorking(d, rules)) d = refStep(d, 1, rules);
  for (;;) {
    for (const s of refSessions(d, rules)) {
      const start = Math.max(from, atMinutes(d, s.start));
      const end = atMinutes(d, s.end);
      if (end <= start) continue;
      if (left <= end - start) return start + left;
      left -= end - start;
    }
    d = refStep(d, 1, rules);
  }
}

// ---- random rules and instants around the years with official schedules ----

const ORIGIN = vnEpoch(2025, 6, 1);
const SPAN_DAYS = 2 * 366;
const dayIn = fc.integer({ min: 0, max: SPAN_DAYS }).map((n) => addDays('2025-06-01', n));
const instant = fc.integer({ min: 0, max: SPAN_DAYS * 86_400 }).map((s) => ORIGIN + s * 1000);

/** 1–3 ordered sessions on a 15-minute grid between 06:00 and 20:00. */
const sessions = fc
  .uniqueArray(fc.integer({ min: 24, max: 80 }), { minLength: 2, maxLength: 6 })
  .filter((marks) => marks.length % 2 === 0)
  .map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < sorted.length; i += 2) out.push({ start: formatClock(sorted[i]! * 15), end: formatClock(sorted[i + 1]! * 15) });
    return out;
  });

const overrides = (reason: string) =>
  fc.uniqueArray(dayIn, { maxLength: 12 }).map((dates): DayOverride[] => dates.map((date) => ({ date, reason })));

const rulesArb: fc.Arbitrary<WorkRules> = fc
  .record({ workingHours: sessions, extraDaysOff: overrides('Nghỉ thêm'), extraWorkingDays: overrides('Làm thêm') })
  .map((r) => ({
    ...DEFAULT_RULES,
    workingHours: r.workingHours,
    extraDaysOff: r.extraDaysOff,
    // A date may not be both; the later list gives way.
    extraWorkingDays: r.extraWorkingDays.filter((w) => !r.extraDaysOff.some((o) => o.date === w.date)),
  }));

/** A fresh copy each time, as settings read from storage are. */
const copy = (rules: WorkRules): WorkRules => JSON.parse(JSON.stringify(rules)) as WorkRules;

const RUNS = { numRuns: 200 };

describe('the fast calendar agrees with the day-by-day reference', () => {
  it('on every day of a year, whatever the year and the overrides around it', () => {
    // The years with an official schedule (swapped working days) half the time.
    const years = fc.oneof(fc.constantFrom(2024, 2025, 2026), fc.integer({ min: 1990, max: 2100 }));
    const yearAndRules = years.chain((year) => {
      const near = fc.integer({ min: -400, max: 800 }).map((n) => addDays(`${year}-01-01`, n));
      const days = (reason: string) => fc.uniqueArray(near, { maxLength: 20 }).map((dates): DayOverride[] => dates.map((date) => ({ date, reason })));
      return fc.record({ year: fc.constant(year), off: days('Nghỉ thêm'), work: days('Làm thêm') });
    });
    fc.assert(
      fc.property(yearAndRules, ({ year, off, work }) => {
        const rules: WorkRules = { ...DEFAULT_RULES, extraDaysOff: off, extraWorkingDays: work.filter((w) => !off.some((o) => o.date === w.date)) };
        const compiled = compileRules(copy(rules));
        for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
          const expected = refIsWorking(d, rules);
          expect(classifyDay(d, compiled).working, d).toBe(expected);
          expect(isWorkingDay(d, compiled.rules), d).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on working days, next and previous working days', () => {
    fc.assert(
      fc.property(rulesArb, dayIn, (rules, day) => {
        expect(isWorkingDay(day, copy(rules))).toBe(refIsWorking(day, rules));
        expect(nextWorkingDay(day, rules)).toBe(refStep(day, 1, rules));
        expect(previousWorkingDay(day, copy(rules))).toBe(refStep(day, -1, rules));
      }),
      RUNS,
    );
  });

  it('on adding and counting working days', () => {
    fc.assert(
      fc.property(rulesArb, dayIn, dayIn, fc.integer({ min: 0, max: 400 }), (rules, a, b, n) => {
        expect(addWorkingDays(a, n, rules)).toBe(refAddWorkingDays(a, n, rules));
        expect(workingDaysBetween(a, b, copy(rules))).toBe(refWorkingDaysBetween(a, b, rules));
      }),
      RUNS,
    );
  });

  it('on working minutes between two instants', () => {
    fc.assert(
      fc.property(rulesArb, instant, instant, (rules, from, to) => {
        expect(workMinutesBetween(from, to, copy(rules))).toBe(refWorkMinutesBetween(from, to, rules));
      }),
      RUNS,
    );
  });

  it('on adding working minutes', () => {
    fc.assert(
      fc.property(rulesArb, instant, fc.integer({ min: 0, max: 60 * 480 }), (rules, from, minutes) => {
        expect(addWorkMinutes(from, minutes, copy(rules))).toBe(refAddWorkMinutes(from, minutes, rules));
      }),
      RUNS,
    );
  });

  const offRun = (from: LocalDate, days: number): WorkRules => ({
    ...DEFAULT_RULES,
    extraDaysOff: Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), reason: 'Nghỉ dài' })),
  });

  it.each([
    ['a 200-day break', 200],
    ['a 360-day break', 360],
  ])('steps over %s the way the walk does', (_, days) => {
    const rules = offRun('2026-03-02', days);
    expect(addWorkingDays('2026-02-27', 3, rules)).toBe(refAddWorkingDays('2026-02-27', 3, rules));
    expect(toLocalDate(addWorkMinutes(atMinutes('2026-02-27', 600), 2000, rules))).toBe(
      toLocalDate(refAddWorkMinutes(atMinutes('2026-02-27', 600), 2000, rules)),
    );
  });

  it('finds a working day 366 days on, after 365 days off (the walk\'s last look)', () => {
    const rules = offRun('2027-07-05', 365); // to 2028-07-03; Tuesday 2028-07-04 is the 366th day after 2027-07-04
    expect(nextWorkingDay('2027-07-04', rules)).toBe('2028-07-04');
    expect(addWorkingDays('2027-07-04', 1, rules)).toBe('2028-07-04');
  });

  it('gives up on 366 days off split 183 + 183 over a new year, as the walk does', () => {
    const rules = offRun('2027-07-02', 366); // 2027-07-02 … 2028-07-01: 183 days in each year
    expect(() => refAddWorkingDays('2027-07-01', 1, rules)).toThrow(/sau 2027-07-01/);
    expect(() => addWorkingDays('2027-07-01', 1, rules)).toThrow('Không tìm thấy ngày làm việc nào sau 2027-07-01');
    expect(() => nextWorkingDay('2027-07-01', rules)).toThrow('Không tìm thấy ngày làm việc nào sau 2027-07-01');
    expect(() => previousWorkingDay('2028-07-02', rules)).toThrow('Không tìm thấy ngày làm việc nào trước 2028-07-02');
  });

  it('gives up on a break of 366 days or more, as the walk does', () => {
    const rules = offRun('2026-03-02', 400);
    expect(() => refAddWorkingDays('2026-02-27', 2, rules)).toThrow(/sau 2026-02-27/);
    expect(() => addWorkingDays('2026-02-27', 2, rules)).toThrow(/Không tìm thấy ngày làm việc nào sau 2026-02-27/);
    expect(() => nextWorkingDay('2026-02-27', rules)).toThrow(/sau 2026-02-27/);
  });
});

describe('the year tables at their edges', () => {
  const workingOn = (date: LocalDate): WorkRules => ({ ...DEFAULT_RULES, extraWorkingDays: [{ date, reason: 'Trực' }] });

  it.each([
    // 2026 and 2100 have 365 days (2100 is a century year, not a leap year), 2000 has 366.
    ['2026-12-30', '2027-01-01', 3, '2027-01-04'], // Thu 31/12, the worked Friday 1/1, Monday 4/1
    ['2100-12-30', '2101-01-01', 3, '2101-01-04'], // Fri 31/12, the worked Saturday 1/1; Monday 3/1 is its compensatory day
    ['2000-12-29', '2000-12-31', 1, '2000-12-31'], // the worked Sunday 31/12 of a 366-day year
  ])('counts an officer\'s worked day at the turn of the year once (from %s, %s worked, %i days)', (from, worked, n, to) => {
    const rules = workingOn(worked);
    expect(isWorkingDay(worked, rules)).toBe(true);
    expect(addWorkingDays(from, n, rules)).toBe(to);
    expect(addWorkingDays(from, n, rules)).toBe(refAddWorkingDays(from, n, rules));
    expect(workingDaysBetween(from, to, rules)).toBe(n);
  });

  it('answers on the last day of the last supported year (no table is built for 2200)', () => {
    expect(isWorkingDay('2199-12-31', workingOn('2199-12-30'))).toBe(true);
    expect(previousWorkingDay('2199-12-31', workingOn('2199-12-29'))).toBe('2199-12-30');
  });

  it('refuses a year with three digits by the supported range, not by a date it made up', () => {
    expect(() => isWorkingDay('0999-06-15')).toThrow('Năm ngoài phạm vi lịch âm (1900–2199): 999');
  });
});

describe('compiled rules are shared by content', () => {
  it('equal settings read twice compile once', () => {
    const rules = { ...DEFAULT_RULES, extraDaysOff: [{ date: '2026-11-20', reason: 'Họp' }] };
    expect(compileRules(copy(rules))).toBe(compileRules(copy(rules)));
    expect(compileRules(rules)).toBe(compileRules(compileRules(rules).rules));
  });

  it.each<[string, Partial<WorkRules>]>([
    ['another day off', { extraDaysOff: [{ date: '2026-11-19', reason: 'Họp' }] }],
    ['other hours', { workingHours: [{ start: '08:00', end: '16:00' }] }],
    ['no cut-off', { cutoff: null }],
  ])('settings with %s get their own answers', (_, change) => {
    const base: WorkRules = { ...DEFAULT_RULES, extraDaysOff: [{ date: '2026-11-20', reason: 'Họp' }] };
    const other: WorkRules = { ...base, ...change };
    expect(compileRules(other)).not.toBe(compileRules(base));
    expect(isWorkingDay('2026-11-19', copy(other))).toBe(refIsWorking('2026-11-19', other));
  });

  it.each<[string, Partial<WorkRules>]>([
    ['a NaN cut-off', { cutoff: Number.NaN as unknown as string }],
    ['an infinite cut-off', { cutoff: Number.POSITIVE_INFINITY as unknown as string }],
  ])('settings with %s are refused even when "no cut-off" was compiled before (same JSON)', (_, change) => {
    compileRules({ ...DEFAULT_RULES, cutoff: null });
    expect(() => compileRules({ ...DEFAULT_RULES, ...change })).toThrow();
  });
});
