/** What kind of day a date is, after the schedule and the officer's overrides. */
import type { LocalDate } from '../time/vn-time';
import { parseLocalDate, weekdayOf } from '../time/vn-time';
import { yearSchedule } from './holidays';
import type { CompiledRules } from './rules';

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

export function requireDate(date: LocalDate) {
  const p = parseLocalDate(date);
  if (!p) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  return p;
}

/** Overrides win over the schedule, the schedule over weekends (docs/deadlines.md). */
export function classifyDay(date: LocalDate, c: CompiledRules): DayInfo {
  const { year } = requireDate(date);
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
