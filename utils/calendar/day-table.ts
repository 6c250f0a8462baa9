/**
 * Working days as one table per year and compiled rules (a working-day bitmap and prefix counts),
 * so counting and stepping over working days are lookups instead of day-by-day walks. Days are
 * day numbers (`dayNumber` in vn-time); a table says what `classifyDay` says of each day (a test
 * holds it to that).
 */
import { DAY_MS, dateOfDayNumber, dayNumber, isLocalDate, type LocalDate } from '../time/vn-time';
import { yearSchedule } from './holidays';
import type { CompiledRules } from './rules';

interface YearTable {
  /** Day number of 1 January. */
  first: number;
  length: number;
  working: Uint8Array;
  /** before[i] = working days among the year's first i days (length + 1 entries). */
  before: Int32Array;
  /** Longest run of days off inside the year, counting the runs at its edges. */
  longestOff: number;
}

const tables = new WeakMap<CompiledRules, Map<number, YearTable>>();

/** The step-by-step walks give up after this many days off in a row; no real schedule comes close. */
const MAX_SCAN_DAYS = 366;
/**
 * A run of MAX_SCAN_DAYS days off needs more than half of it inside one year; while no year of a
 * span has a run that long, jumping over the span gives what the guarded walk would.
 */
const SAFE_RUN = Math.floor(MAX_SCAN_DAYS / 2) - 1;

/**
 * The year's working days: weekdays, then the schedule, the officer's days off and extra working
 * days laid over them in that order (later wins, as in `classifyDay`). Built from the lists, not by
 * classifying each day: a page that shows a few chips pays for one or two years of these.
 */
function buildYear(c: CompiledRules, year: number): YearTable {
  const first = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const length = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  const working = new Uint8Array(length);
  // Day number 0 (1970-01-01) was a Thursday.
  for (let i = 0; i < length; i++) working[i] = WEEKDAY_WORKING[(((first + i + 4) % 7) + 7) % 7]!;
  const lay = (dates: Iterable<LocalDate>, isWorking: (date: LocalDate) => boolean) => {
    for (const date of dates) {
      const i = dayIndex(date, first, length);
      if (i !== null) working[i] = isWorking(date) ? 1 : 0;
    }
  };
  const scheduled = yearSchedule(year).days;
  lay(scheduled.keys(), (date) => scheduled.get(date)!.kind === 'swap-work');
  lay(c.daysOff.keys(), () => false);
  lay(c.workingDays.keys(), () => true);
  const before = new Int32Array(length + 1);
  let run = 0;
  let longestOff = 0;
  for (let i = 0; i < length; i++) {
    before[i + 1] = before[i]! + working[i]!;
    run = working[i] ? 0 : run + 1;
    longestOff = Math.max(longestOff, run);
  }
  return { first, length, working, before, longestOff };
}

/** Sunday … Saturday: 1 where the weekday is a working day before any schedule. */
const WEEKDAY_WORKING = [0, 1, 1, 1, 1, 1, 0] as const;

/** Index of `date` in the year starting at day `first`, or null outside it (or not a canonical date, which no lookup would match). */
function dayIndex(date: LocalDate, first: number, length: number): number | null {
  if (!isLocalDate(date)) return null;
  const i = dayNumber(date) - first;
  return i >= 0 && i < length && dateOfDayNumber(first + i) === date ? i : null;
}

function tableFor(c: CompiledRules, day: number): YearTable {
  let years = tables.get(c);
  if (!years) tables.set(c, (years = new Map()));
  const year = new Date(day * DAY_MS).getUTCFullYear();
  let table = years.get(year);
  if (!table) years.set(year, (table = buildYear(c, year)));
  return table;
}

export function isWorkingDayNumber(c: CompiledRules, day: number): boolean {
  const t = tableFor(c, day);
  return t.working[day - t.first] === 1;
}

/** Working days in [from, to). */
export function workingDaysIn(c: CompiledRules, from: number, to: number): number {
  let count = 0;
  for (let d = from; d < to; ) {
    const t = tableFor(c, d);
    const end = Math.min(to, t.first + t.length);
    count += t.before[end - t.first]! - t.before[d - t.first]!;
    d = end;
  }
  return count;
}

function scan(c: CompiledRules, day: number, step: 1 | -1): number {
  for (let i = 1; i <= MAX_SCAN_DAYS; i++) {
    if (isWorkingDayNumber(c, day + step * i)) return day + step * i;
  }
  const where = step === 1 ? 'sau' : 'trước';
  throw new RangeError(`Không tìm thấy ngày làm việc nào ${where} ${dateOfDayNumber(day)}`);
}

/** The first working day strictly after `day`. */
export const nextWorkingDayNumber = (c: CompiledRules, day: number) => scan(c, day, 1);
/** The last working day strictly before `day`. */
export const previousWorkingDayNumber = (c: CompiledRules, day: number) => scan(c, day, -1);

/** The n-th working day after `day` (n ≥ 1): the same as n steps of nextWorkingDayNumber. */
export function nthWorkingDayAfter(c: CompiledRules, day: number, n: number): number {
  let t = tableFor(c, day);
  let target = t.before[day - t.first + 1]! + n;
  for (;;) {
    // A year with a very long break could trip the walk's guard: let the walk decide (and throw).
    if (t.longestOff > SAFE_RUN) return stepWise(c, day, n);
    if (target <= t.before[t.length]!) break;
    target -= t.before[t.length]!;
    t = tableFor(c, t.first + t.length);
  }
  // Smallest i with before[i + 1] >= target.
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.before[mid + 1]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return t.first + lo;
}

function stepWise(c: CompiledRules, day: number, n: number): number {
  let d = day;
  for (let i = 0; i < n; i++) d = nextWorkingDayNumber(c, d);
  return d;
}
