/** Legal checks on a letter before it is issued (docs/domain.md §2). Pure: the caller passes the history. */
import { dayInfo, endOfWorkDay, type WorkRules } from '../calendar';
import { letterDueBy } from '../deadline';
import { atMinutes, formatVnDate, parseInstant, toLocalDate, toVnIso, type LocalDate } from '../time/vn-time';
import type { RegimeTemplate } from './types';

/** What the checks need of a letter already issued for the dossier (the store's rows fit). */
export interface PriorLetter {
  issuedAt: string;
  newDueAt: string;
  numberText?: string;
}

export type RuleResult = { ok: true } | { ok: false; message: string };

/** NĐ 61 Điều 19.9: the return date may be moved only once, so a further letter is refused. */
export function checkOnceOnly(code: string, prior: readonly PriorLetter[], regime: RegimeTemplate): RuleResult {
  if (prior.length < regime.maxReappointments) return { ok: true };
  const last = [...prior].sort((a, b) => parseInstant(a.issuedAt) - parseInstant(b.issuedAt)).at(-1)!;
  const number = last.numberText ? `thư số ${last.numberText} ` : 'thư ';
  return {
    ok: false,
    message:
      `Hồ sơ ${code} đã được hẹn lại ngày trả kết quả (${number}ngày ${formatVnDate(parseInstant(last.issuedAt))}, ` +
      `hẹn trả ${formatVnDate(parseInstant(last.newDueAt))}). ${regime.limitRule}`,
  };
}

export interface NewDateInput {
  newDueAt: string;
  /** The appointment being moved; null when the portal did not show it. */
  originalDueAt: string | null;
  issuedAt: string;
}

/**
 * Problems with the proposed return date, in Vietnamese for the form; empty when it is acceptable:
 * a real date, on a working day (weekends, holidays and the officer's days off excluded),
 * after the original appointment and after the letter itself.
 */
export function newDueDateProblems(input: NewDateInput, rules: Partial<WorkRules>): string[] {
  const newAt = parseInstant(input.newDueAt);
  if (Number.isNaN(newAt)) return [`Ngày hẹn trả mới không hợp lệ: "${input.newDueAt}"`];
  const day = toLocalDate(newAt);
  const problems: string[] = [];
  const dayOff = dayOffProblem(day, rules);
  if (dayOff) problems.push(dayOff);
  const originalAt = input.originalDueAt ? parseInstant(input.originalDueAt) : NaN;
  if (Number.isNaN(originalAt)) {
    problems.push('Hồ sơ chưa có ngày hẹn trả ban đầu: cần nhập ngày hẹn trả trước khi hẹn lại.');
  } else if (day <= toLocalDate(originalAt)) {
    problems.push(`Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu ${formatVnDate(originalAt)}.`);
  }
  const issuedAt = parseInstant(input.issuedAt);
  if (!Number.isNaN(issuedAt) && newAt <= issuedAt) {
    problems.push(`Ngày hẹn trả mới phải sau ngày ký thư ${formatVnDate(issuedAt)}.`);
  }
  return problems;
}

/** "Lý do" is a required element of the letter. */
export function reasonProblems(reason: string): string[] {
  return reason.trim() === '' ? ['Cần nêu lý do chậm trả kết quả.'] : [];
}

/** A letter sent after its deadline (one working day before the appointment) is allowed but marked late. */
export function isLateLetter(issuedAt: string, originalDueAt: string, rules: Partial<WorkRules>): boolean {
  return parseInstant(issuedAt) > parseInstant(letterDueBy(originalDueAt, rules));
}

/** A day picked by the officer as the new appointment: the end of that working day. Throws on a day off. */
export function appointmentOn(date: LocalDate, rules: Partial<WorkRules>): string {
  // dayInfo refuses an invalid date itself ("Ngày không hợp lệ: …").
  const dayOff = dayOffProblem(date, rules);
  if (dayOff) throw new RangeError(dayOff);
  return toVnIso(endOfWorkDay(date, rules));
}

/** Why a day cannot be an appointment, or null on a working day (classifyDay names every day off). */
function dayOffProblem(date: LocalDate, rules: Partial<WorkRules>): string | null {
  const info = dayInfo(date, rules);
  return info.working ? null : `Ngày ${formatVnDate(atMinutes(date, 0))} là ngày nghỉ (${info.reason}).`;
}
