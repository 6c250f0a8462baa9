/** Working time: the minutes inside working sessions on working days, in Vietnam wall-clock time. */
import type { LocalDate } from '../time/vn-time';
import { atMinutes, dayNumberOf, MINUTE_MS, startOfDayNumber } from '../time/vn-time';
import { isWorkingDayNumber, nextWorkingDayNumber, nthWorkingDayAfter, workingDaysIn } from './day-table';
import { dayInfo, isWorkingDay } from './days';
import type { CompiledRules, SessionMinutes, WorkRules } from './rules';
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

function requireInstant(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`Thời điểm không hợp lệ: ${ms}`);
}

/** Working ms of one day's sessions inside [from, to). */
function workMsOnDay(c: CompiledRules, day: number, from: number, to: number): number {
  if (!isWorkingDayNumber(c, day)) return 0;
  const midnight = startOfDayNumber(day);
  let total = 0;
  for (const s of c.sessions) {
    const start = Math.max(from, midnight + s.start * MINUTE_MS);
    const end = Math.min(to, midnight + s.end * MINUTE_MS);
    if (end > start) total += end - start;
  }
  return total;
}

/** Working minutes in [from, to); negative when `to` is before `from`. */
export function workMinutesBetween(from: number, to: number, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  requireInstant(from);
  requireInstant(to);
  if (to < from) return -workMinutesBetween(to, from, rules);
  const c = compileRules(rules);
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);
  let total = workMsOnDay(c, first, from, to);
  if (last > first) {
    // Every working day strictly between is a whole working day.
    total += workingDaysIn(c, first + 1, last) * c.dayMinutes * MINUTE_MS + workMsOnDay(c, last, from, to);
  }
  return total / MINUTE_MS;
}

/** Runs `left` ms of working time through one working day's sessions, starting no earlier than `from`. */
function runDay(c: CompiledRules, day: number, from: number, left: number): { at: number } | { left: number } {
  const midnight = startOfDayNumber(day);
  for (const s of c.sessions) {
    const start = Math.max(from, midnight + s.start * MINUTE_MS);
    const end = midnight + s.end * MINUTE_MS;
    if (end <= start) continue;
    if (left <= end - start) return { at: start + left };
    left -= end - start;
  }
  return { left };
}

/**
 * The instant at which `minutes` of working time have passed since `from`. A result that lands on a
 * session's end stays there (a 4-hour task from 07:30 ends at 11:30, not 13:00).
 */
export function addWorkMinutes(from: number, minutes: number, rules: Partial<WorkRules> = DEFAULT_RULES): number {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError(`Số phút làm việc không hợp lệ: ${minutes}`);
  requireInstant(from);
  const c = compileRules(rules);
  let day = dayNumberOf(from);
  if (!isWorkingDayNumber(c, day)) day = nextWorkingDayNumber(c, day);
  const firstDay = runDay(c, day, from, minutes * MINUTE_MS);
  if ('at' in firstDay) return firstDay.at;
  // Whole working days are skipped at once; the last day takes what is left, (0, one day].
  const { left } = firstDay;
  const dayMs = c.dayMinutes * MINUTE_MS;
  let whole = Math.max(0, Math.ceil(left / dayMs) - 1);
  while (left - whole * dayMs > dayMs) whole++; // left / dayMs may round down
  const lastDay = runDay(c, nthWorkingDayAfter(c, day, whole + 1), from, left - whole * dayMs);
  if (!('at' in lastDay)) throw new Error('addWorkMinutes: không tính được (lỗi nội bộ)');
  return lastDay.at;
}
