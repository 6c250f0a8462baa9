/** Countdown text as officers say it, counted in working time ("Còn 2 ngày làm việc", "Quá hạn 2 ngày làm việc"). */
import type { WorkRules } from '../calendar';
import { compileRules, DEFAULT_RULES, endOfWorkDay, isWorkingDay, workingDaysBetween } from '../calendar';
import { formatVnDate, formatVnTime, parseInstant, toLocalDate } from '../time/vn-time';
import type { DeadlineState } from './urgency';

export type CountdownLocale = 'vi' | 'en';

const TEXT = {
  vi: {
    daysLeft: (n: number) => `Còn ${n} ngày làm việc`,
    hoursLeft: (n: number) => `Còn ${n} giờ`,
    minutesLeft: (n: number) => `Còn ${n} phút`,
    dueToday: (time: string) => `Hết hạn hôm nay ${time}`,
    overdueDays: (n: number) => `Quá hạn ${n} ngày làm việc`,
    overdueHours: (n: number) => `Quá hạn ${n} giờ`,
    overdueMinutes: (n: number) => `Quá hạn ${n} phút`,
    overdueSince: (time: string) => `Quá hạn từ ${time}`,
    done: 'Đã xong',
    unknown: 'Chưa rõ hạn',
  },
  en: {
    daysLeft: (n: number) => `${n} working ${n === 1 ? 'day' : 'days'} left`,
    hoursLeft: (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'} left`,
    minutesLeft: (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'} left`,
    dueToday: (time: string) => `Due today ${time}`,
    overdueDays: (n: number) => `Overdue ${n} working ${n === 1 ? 'day' : 'days'}`,
    overdueHours: (n: number) => `Overdue ${n} ${n === 1 ? 'hour' : 'hours'}`,
    overdueMinutes: (n: number) => `Overdue ${n} ${n === 1 ? 'minute' : 'minutes'}`,
    overdueSince: (time: string) => `Overdue since ${time}`,
    done: 'Done',
    unknown: 'No deadline',
  },
} as const;

/**
 * Overdue: whole working days after the deadline's day up to today, or the working hours/minutes
 * when it is still the same working day. Remaining: "today HH:mm" when due at today's close, hours
 * under one working day, otherwise working days to go.
 */
export function countdownText(
  state: DeadlineState,
  locale: CountdownLocale,
  now: number,
  rules: Partial<WorkRules> = DEFAULT_RULES,
): string {
  const t = TEXT[locale];
  if (state.level === 'done') return t.done;
  const dueMs = state.deadline === null ? NaN : parseInstant(state.deadline);
  if (state.level === 'unknown' || !Number.isFinite(dueMs)) return t.unknown;
  const today = toLocalDate(now);
  const dueDay = toLocalDate(dueMs);
  if (now > dueMs) {
    const days = workingDaysBetween(dueDay, today, rules);
    if (days > 0) return t.overdueDays(days);
    const minutes = Math.floor(state.overdueWorkMinutes ?? 0);
    if (minutes >= 60) return t.overdueHours(Math.floor(minutes / 60));
    if (minutes > 0) return t.overdueMinutes(minutes);
    // No working time has passed since (evening, weekend, holiday): say since when, with the day if not today.
    return t.overdueSince(dueDay === today ? formatVnTime(dueMs) : `${formatVnTime(dueMs)} ${formatVnDate(dueMs).slice(0, 5)}`);
  }
  const dueAtClose = isWorkingDay(dueDay, rules) && endOfWorkDay(dueDay, rules) === dueMs;
  if (today === dueDay && dueAtClose) return t.dueToday(formatVnTime(dueMs));
  const minutes = Math.floor(state.remainingWorkMinutes ?? 0);
  if (today === dueDay || minutes < compileRules(rules).dayMinutes) {
    return minutes >= 60 ? t.hoursLeft(Math.floor(minutes / 60)) : t.minutesLeft(minutes);
  }
  return t.daysLeft(Math.max(1, workingDaysBetween(today, dueDay, rules)));
}
