/** What kind of day a date is, after the schedule and the officer's overrides. */
import type { LocalDate } from '../time/vn-time';
import { addDays, parseLocalDate, weekdayOf } from '../time/vn-time';
import { yearSchedule } from './holidays';
import type { WorkRules } from './rules';
import { compileRules, DEFAULT_RULES } from './rules';

export type DayKind =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'compensatory'
  | 'swap-off'
  | 'swap-work'
  | 'user-off'
  | 'user-work';

export interface DayInfo {
  date: LocalDate;
  working: boolean;
  reason: string | null;
  kind: DayKind;
  /** The year has no official schedule yet: holidays are derived from the Labor Code. */
  provisional: boolean;
}

const WEEKEND_REASON: Record<number, string> = { 0: 'Chủ nhật', 6: 'Thứ Bảy' };

function requireDate(date: LocalDate) {
  const p = parseLocalDate(date);
  if (!p) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  return p;
}

export function dayInfo(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): DayInfo {
  const { year } = requireDate(date);
  const c = compileRules(rules);
  const schedule = yearSchedule(year);
  const base = { date, provisional: schedule.provisional };
  const userWork = c.workingDays.get(date);
  if (userWork !== undefined) return { ...base, working: true, reason: userWork || 'Ngày làm việc thêm', kind: 'user-work' };
  const userOff = c.daysOff.get(date);
  if (userOff !== undefined) return { ...base, working: false, reason: userOff || 'Ngày nghỉ thêm', kind: 'user-off' };
  const scheduled = schedule.days.get(date);
  if (scheduled) return { ...base, working: scheduled.kind === 'swap-work', reason: scheduled.reason, kind: scheduled.kind };
  const weekend = WEEKEND_REASON[weekdayOf(date)];
  if (weekend) return { ...base, working: false, reason: weekend, kind: 'weekend' };
  return { ...base, working: true, reason: null, kind: 'workday' };
}

export function isWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): boolean {
  return dayInfo(date, rules).working;
}

/** Guards the day-by-day walks: no real schedule has a year without working days. */
const MAX_SCAN_DAYS = 366;

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    d = addDays(d, 1);
    if (isWorkingDay(d, rules)) return d;
  }
  throw new RangeError(`Không tìm thấy ngày làm việc nào sau ${date}`);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    d = addDays(d, -1);
    if (isWorkingDay(d, rules)) return d;
  }
  throw new RangeError(`Không tìm thấy ngày làm việc nào trước ${date}`);
}

/** The n-th working day after `date` (the day itself is not counted; n = 0 returns `date`). */
export function addWorkingDays(date: LocalDate, n: number, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  requireDate(date);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc phải là số nguyên không âm: ${n}`);
  let d = date;
  for (let i = 0; i < n; i++) d = nextWorkingDay(d, rules);
  return d;
}

/** Working days in (from, to]: how many working days after `from` up to and including `to`. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, rules)) count++;
  return count;
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
  const days: DayInfo[] = [];
  for (let d = first; d.startsWith(first.slice(0, 5)); d = addDays(d, 1)) {
    const info = dayInfo(d, rules);
    if (info.kind !== 'workday' && info.kind !== 'weekend') days.push(info);
  }
  return { year, provisional: yearSchedule(year).provisional, days };
}
