/** Working time: the minutes inside working sessions on working days, in Vietnam wall-clock time. */
import type { LocalDate } from '../time/vn-time';
import { addDays, atMinutes, MINUTE_MS, toLocalDate } from '../time/vn-time';
import { dayInfo, isWorkingDay, nextWorkingDay } from './days';
import type { SessionMinutes, WorkRules } from './rules';
import { compileRules, DEFAULT_RULES } from './rules';

/** Sessions that count toward deadlines on `date` ([] on a day off; a worked Saturday is a full day). */
export function workSessions(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): SessionMinutes[] {
  return isWorkingDay(date, rules) ? compileRules(rules).sessions : [];
}

/** Sessions in which the desk receives dossiers: working days, plus the Saturday desk on plain Saturdays. */
export function receivingSessions(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): SessionMinutes[] {
  const info = dayInfo(date, rules);
  if (info.working) return compileRules(rules).sessions;
  return info.kind === 'weekend' && info.reason === 'Thứ Bảy' ? compileRules(rules).saturdaySessions : [];
}

function lastSession(date: LocalDate, rules: Partial<WorkRules>): SessionMinutes {
  const sessions = workSessions(date, rules);
  const last = sessions[sessions.length - 1];
  if (!last) throw new RangeError(`${date} không phải ngày làm việc`);
  return last;
}

/** End of the last session of a working day (17:00 by default). */
export function endOfWorkDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  return atMinutes(date, lastSession(date, rules).end);
}

/** Start of the first session of a working day (07:30 by default). */
export function startOfWorkDay(date: LocalDate, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  const first = workSessions(date, rules)[0];
  if (!first) throw new RangeError(`${date} không phải ngày làm việc`);
  return atMinutes(date, first.start);
}

/** Working minutes in [from, to); negative when `to` is before `from`. */
export function workMinutesBetween(from: number, to: number, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  if (to < from) return -workMinutesBetween(to, from, rules);
  let total = 0;
  const lastDay = toLocalDate(to);
  for (let d = toLocalDate(from); d <= lastDay; d = addDays(d, 1)) {
    for (const s of workSessions(d, rules)) {
      const start = Math.max(from, atMinutes(d, s.start));
      const end = Math.min(to, atMinutes(d, s.end));
      if (end > start) total += end - start;
    }
  }
  return total / MINUTE_MS;
}

/**
 * The instant at which `minutes` of working time have passed since `from`. A result that lands on a
 * session's end stays there (a 4-hour task from 07:30 ends at 11:30, not 13:00).
 */
export function addWorkMinutes(from: number, minutes: number, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError(`Số phút làm việc không hợp lệ: ${minutes}`);
  let left = minutes * MINUTE_MS;
  let d = toLocalDate(from);
  if (!isWorkingDay(d, rules)) d = nextWorkingDay(d, rules);
  for (;;) {
    for (const s of workSessions(d, rules)) {
      const start = Math.max(from, atMinutes(d, s.start));
      const end = atMinutes(d, s.end);
      if (end <= start) continue;
      if (left <= end - start) return start + left;
      left -= end - start;
    }
    d = nextWorkingDay(d, rules);
  }
}
