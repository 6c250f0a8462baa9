/** Working days after the schedule and the officer's overrides (lookups in the year tables). */
import type { LocalDate } from '../time/vn-time';
import { addDays, dateOfDayNumber, dayNumber } from '../time/vn-time';
import type { DayInfo } from './classify';
import { classifyDay, requireDate } from './classify';
import {
  isWorkingDayNumber,
  nextWorkingDayNumber,
  nthWorkingDayAfter,
  previousWorkingDayNumber,
  workingDaysIn,
} from './day-table';
import { yearSchedule } from './holidays';
import type { WorkRules } from './rules';
import { compileRules, DEFAULT_RULES } from './rules';

export type { DayInfo, DayKind } from './classify';

export function dayInfo(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): DayInfo {
  return classifyDay(date, compileRules(rules));
}

export function isWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): boolean {
  return isWorkingDayNumber(compileRules(rules), dayNumber(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  return dateOfDayNumber(nextWorkingDayNumber(compileRules(rules), dayNumber(date)));
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  return dateOfDayNumber(previousWorkingDayNumber(compileRules(rules), dayNumber(date)));
}

/** The n-th working day after `date` (the day itself is not counted; n = 0 returns `date`). */
export function addWorkingDays(date: LocalDate, n: number, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  requireDate(date);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc phải là số nguyên không âm: ${n}`);
  if (n === 0) return date;
  return dateOfDayNumber(nthWorkingDayAfter(compileRules(rules), dayNumber(date), n));
}

/** Working days in (from, to]: how many working days after `from` up to and including `to`. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return b > a ? workingDaysIn(compileRules(rules), a + 1, b + 1) : 0;
}

export interface YearCalendar {
  year: number;
  provisional: boolean;
  /** Every day that is not an ordinary weekday or weekend: days off with their reason, and worked Saturdays. */
  days: DayInfo[];
}

export function yearCalendar(year: number, rules: Partial<WorkRules> = DEFAULT_RULES): YearCalendar {
  if (!Number.isInteger(year)) throw new RangeError(`Năm không hợp lệ: ${year}`);
  const first = `${String(year).padStart(4, '0')}-01-01`;
  requireDate(first);
  const c = compileRules(rules);
  const days: DayInfo[] = [];
  for (let d = first; d.startsWith(first.slice(0, 5)); d = addDays(d, 1)) {
    const info = classifyDay(d, c);
    if (info.kind !== 'workday' && info.kind !== 'weekend') days.push(info);
  }
  return { year, provisional: yearSchedule(year).provisional, days };
}
