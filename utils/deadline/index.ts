export type { DeadlineUnit, DueDate, SupplementInput } from './due';
export { DEADLINE_UNITS, dueAfterSupplement, dueDate, letterDueBy, receiptDay, suggestNewDueDate, toInstant } from './due';
export type { DeadlineState, Urgency, UrgencyInput, UrgencyLevel } from './urgency';
export { URGENCY_ORDER, urgencyOf } from './urgency';
export type { CountdownLocale } from './countdown';
export { countdownText } from './countdown';
