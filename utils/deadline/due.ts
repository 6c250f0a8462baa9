/**
 * Due dates (Bộ luật Dân sự Điều 147–148, NĐ 61/2018 Điều 18–19): the receipt day is not counted,
 * receipts after the cut-off count from the next working day, and a deadline on a day off moves to
 * the end of the next working day. Decisions are explained in docs/deadlines.md.
 */
import type { WorkRules } from '../calendar';
import {
  addWorkingDays,
  addWorkMinutes,
  compileRules,
  DEFAULT_RULES,
  endOfWorkDay,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  receivingSessions,
  startOfWorkDay,
  workingDaysBetween,
  workMinutesBetween,
} from '../calendar';
import type { LocalDate } from '../time/vn-time';
import { addDays, daysBetween, minutesOfDay, parseInstant, toLocalDate, toVnIso } from '../time/vn-time';

export const DEADLINE_UNITS = ['working', 'calendar', 'hours'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export interface DueDate {
  receivedAt: string;
  /** First day that counts toward the time limit. */
  countFrom: LocalDate;
  dueAt: string;
  letterDueBy: string;
}

/** Epoch ms from epoch ms or an ISO string (no offset = Vietnam time); throws instead of guessing. */
export function toInstant(value: number | string, label = 'Thời điểm'): number {
  const ms = typeof value === 'number' ? value : parseInstant(value);
  if (!Number.isFinite(ms)) throw new RangeError(`${label} không hợp lệ: "${String(value)}"`);
  return ms;
}

function checkUnit(unit: string): asserts unit is DeadlineUnit {
  if (!(DEADLINE_UNITS as readonly string[]).includes(unit)) {
    throw new RangeError(`Đơn vị thời hạn không hợp lệ: "${unit}" (working | calendar | hours)`);
  }
}

function checkAmount(amount: number) {
  if (!Number.isInteger(amount) || amount < 1) {
    throw new RangeError(`Thời hạn phải là số nguyên dương: ${amount}`);
  }
}

/**
 * The day a receipt counts as received. On a working day that is the day itself up to the cut-off;
 * at a Saturday desk it is the Saturday while the desk is open; otherwise the next working day.
 */
export function receiptDay(receivedMs: number, rules: Partial<WorkRules> = DEFAULT_RULES): LocalDate {
  const day = toLocalDate(receivedMs);
  const minutes = minutesOfDay(receivedMs);
  if (isWorkingDay(day, rules)) {
    const { cutoffMinutes } = compileRules(rules);
    return cutoffMinutes === null || minutes <= cutoffMinutes ? day : nextWorkingDay(day, rules);
  }
  const desk = receivingSessions(day, rules);
  const closes = desk[desk.length - 1]?.end;
  return closes !== undefined && minutes <= closes ? day : nextWorkingDay(day, rules);
}

/** Where an 'hours' clock starts: the receipt itself when it counts on its own working day, else the next opening. */
function hoursClockStart(receivedMs: number, rules: Partial<WorkRules>): number {
  const day = receiptDay(receivedMs, rules);
  if (day === toLocalDate(receivedMs) && isWorkingDay(day, rules)) return receivedMs;
  return startOfWorkDay(isWorkingDay(day, rules) ? day : nextWorkingDay(day, rules), rules);
}

function workingDayOnOrAfter(day: LocalDate, rules: Partial<WorkRules>): LocalDate {
  return isWorkingDay(day, rules) ? day : nextWorkingDay(day, rules);
}

/** Due instant for a clock that starts at `receivedMs` with `amount` units still to run (0 = due at once). */
function runClock(receivedMs: number, amount: number, unit: DeadlineUnit, rules: Partial<WorkRules>) {
  if (unit === 'hours') {
    const start = addWorkMinutes(hoursClockStart(receivedMs, rules), 0, rules);
    return { countFrom: toLocalDate(start), dueMs: addWorkMinutes(start, amount * 60, rules) };
  }
  const day = receiptDay(receivedMs, rules);
  if (unit === 'working') {
    const dueDay = amount === 0 ? workingDayOnOrAfter(day, rules) : addWorkingDays(day, amount, rules);
    return { countFrom: nextWorkingDay(day, rules), dueMs: endOfWorkDay(dueDay, rules) };
  }
  const dueDay = workingDayOnOrAfter(addDays(day, amount), rules);
  return { countFrom: addDays(day, 1), dueMs: endOfWorkDay(dueDay, rules) };
}

export function dueDate(
  receivedAt: number | string,
  amount: number,
  unit: DeadlineUnit,
  rules: Partial<WorkRules> = DEFAULT_RULES,
): DueDate {
  checkUnit(unit);
  checkAmount(amount);
  const receivedMs = toInstant(receivedAt, 'Thời điểm tiếp nhận');
  const { countFrom, dueMs } = runClock(receivedMs, amount, unit, rules);
  const dueAt = toVnIso(dueMs);
  return { receivedAt: toVnIso(receivedMs), countFrom, dueAt, letterDueBy: letterDueBy(dueAt, rules) };
}

/** Apology letter deadline: end of the working day before the due date (NĐ 61 Điều 19.9). */
export function letterDueBy(dueAt: number | string, rules: Partial<WorkRules> = DEFAULT_RULES): string {
  const dueDay = toLocalDate(toInstant(dueAt, 'Hạn trả'));
  return toVnIso(endOfWorkDay(previousWorkingDay(dueDay, rules), rules));
}

export interface SupplementInput {
  receivedAt: number | string;
  amount: number;
  unit: DeadlineUnit;
  /** When the desk asked for more papers (the clock stops). */
  requestedAt: number | string;
  /** When the dossier became complete again. */
  resubmittedAt: number | string;
}

/**
 * Due date after a supplement request. 'restart' counts the whole limit again from the complete
 * dossier (NĐ 61 Điều 19.4); 'pause' keeps what was left when the request was made.
 */
export function dueAfterSupplement(input: SupplementInput, rules: Partial<WorkRules> = DEFAULT_RULES): DueDate {
  const { amount, unit } = input;
  checkUnit(unit);
  checkAmount(amount);
  const receivedMs = toInstant(input.receivedAt, 'Thời điểm tiếp nhận');
  const requestedMs = toInstant(input.requestedAt, 'Thời điểm yêu cầu bổ sung');
  const resubmittedMs = toInstant(input.resubmittedAt, 'Thời điểm nộp bổ sung');
  if (requestedMs < receivedMs) throw new RangeError('Yêu cầu bổ sung không thể trước thời điểm tiếp nhận');
  if (resubmittedMs < requestedMs) throw new RangeError('Thời điểm nộp bổ sung không thể trước yêu cầu bổ sung');
  const remaining =
    compileRules(rules).rules.supplementRule === 'restart'
      ? amount
      : Math.max(0, amount - usedBefore(receivedMs, requestedMs, unit, rules));
  const { countFrom, dueMs } = runClock(resubmittedMs, remaining, unit, rules);
  const dueAt = toVnIso(dueMs);
  return { receivedAt: toVnIso(receivedMs), countFrom, dueAt, letterDueBy: letterDueBy(dueAt, rules) };
}

/** Units of the limit already used when the clock stopped; the request day itself counts as used. */
function usedBefore(receivedMs: number, stoppedMs: number, unit: DeadlineUnit, rules: Partial<WorkRules>): number {
  if (unit === 'hours') return workMinutesBetween(hoursClockStart(receivedMs, rules), stoppedMs, rules) / 60;
  const day = receiptDay(receivedMs, rules);
  const stopDay = toLocalDate(stoppedMs);
  return unit === 'working' ? workingDaysBetween(day, stopDay, rules) : Math.max(0, daysBetween(day, stopDay));
}

/** A new appointment `extraWorkingDays` after the original one (or after today if that has passed). */
export function suggestNewDueDate(
  originalDueAt: string,
  now: number,
  extraWorkingDays: number,
  rules: Partial<WorkRules> = DEFAULT_RULES,
): string {
  if (!Number.isInteger(extraWorkingDays) || extraWorkingDays < 1) {
    throw new RangeError(`Số ngày gia hạn phải là số nguyên dương: ${extraWorkingDays}`);
  }
  const dueDay = toLocalDate(toInstant(originalDueAt, 'Hạn trả'));
  const today = toLocalDate(toInstant(now, 'Thời điểm hiện tại'));
  const from = dueDay > today ? dueDay : today;
  return toVnIso(endOfWorkDay(addWorkingDays(from, extraWorkingDays, rules), rules));
}
