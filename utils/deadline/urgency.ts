/** How urgent a dossier is at a given moment, for the appointment (hẹn trả) and the officer's step (hạn xử lý). */
import type { WorkRules } from '../calendar';
import { compileRules, DEFAULT_RULES, isWorkingDay, workingDaysBetween, workMinutesBetween } from '../calendar';
import type { DossierStatus } from '../portals/types';
import { parseInstant, toLocalDate, toVnIso } from '../time/vn-time';
import { letterDueBy } from './due';

export type UrgencyLevel = 'overdue' | 'letter-due' | 'due-today' | 'near' | 'ok' | 'done' | 'unknown';

/** Most urgent first; the dossier takes the most urgent of its two deadlines. */
export const URGENCY_ORDER: readonly UrgencyLevel[] = ['overdue', 'letter-due', 'due-today', 'near', 'ok', 'unknown', 'done'];

export interface DeadlineState {
  level: UrgencyLevel;
  remainingWorkMinutes: number | null;
  overdueWorkMinutes: number | null;
  deadline: string | null;
}

export interface UrgencyInput {
  dueAt: string | null;
  stepDueAt: string | null;
  status: DossierStatus;
  /** An apology letter with a new date was already issued (it can be issued only once). */
  letterIssued?: boolean;
}

export interface Urgency {
  level: UrgencyLevel;
  appointment: DeadlineState;
  step: DeadlineState;
}

/** Statuses where the dossier has left the officer's hands for good. */
const CLOSED: ReadonlySet<DossierStatus> = new Set(['done', 'returned', 'rejected', 'withdrawn']);

function deadlineState(
  deadline: string | null,
  now: number,
  closed: boolean,
  letterPending: boolean,
  rules: Partial<WorkRules>,
): DeadlineState {
  const none = { remainingWorkMinutes: null, overdueWorkMinutes: null };
  if (closed) return { level: 'done', ...none, deadline };
  const dueMs = deadline === null ? NaN : parseInstant(deadline);
  if (!Number.isFinite(dueMs)) return { level: 'unknown', ...none, deadline: null };
  const iso = toVnIso(dueMs);
  if (now > dueMs) {
    return { level: 'overdue', remainingWorkMinutes: null, overdueWorkMinutes: workMinutesBetween(dueMs, now, rules), deadline: iso };
  }
  const remainingWorkMinutes = workMinutesBetween(now, dueMs, rules);
  const today = toLocalDate(now);
  const dueDay = toLocalDate(dueMs);
  const state = (level: UrgencyLevel): DeadlineState => ({ level, remainingWorkMinutes, overdueWorkMinutes: null, deadline: iso });
  if (today === dueDay) return state('due-today');
  // The letter is owed from the start of its due day until it is sent (weekends in between included).
  if (letterPending && today >= toLocalDate(parseInstant(letterDueBy(dueMs, rules)))) return state('letter-due');
  const daysLeft = workingDaysBetween(today, dueDay, rules) + (isWorkingDay(dueDay, rules) ? 0 : 1);
  return state(daysLeft <= compileRules(rules).rules.nearWorkingDays ? 'near' : 'ok');
}

export function urgencyOf(input: UrgencyInput, now: number, rules: Partial<WorkRules> = DEFAULT_RULES): Urgency {
  if (!Number.isFinite(now)) throw new RangeError(`Thời điểm hiện tại không hợp lệ: ${now}`);
  const closed = CLOSED.has(input.status);
  const appointment = deadlineState(input.dueAt, now, closed, !input.letterIssued, rules);
  const step = deadlineState(input.stepDueAt, now, closed, false, rules);
  const level = URGENCY_ORDER[Math.min(URGENCY_ORDER.indexOf(appointment.level), URGENCY_ORDER.indexOf(step.level))]!;
  return { level, appointment, step };
}
