/**
 * Dossier view models: what a chip, the popup list, the badge and the notifications show for one
 * stored dossier at a given instant. Pure: computed by the background with its clock and settings.
 */
import type { WorkRules } from '../calendar';
import { countdownText, letterDueBy, urgencyOf, type DeadlineState } from '../deadline';
import { tPage as t, type Locale } from '../i18n/page';
import { shownDate } from '../portals/precision';
import type { DateField, DossierRecord } from '../portals/types';
import { formatVnDate, formatVnDateTime, parseInstant } from '../time/vn-time';
import { portalSource } from './portal-label';

/** The engine's levels, with `done` split by whether the officer confirmed it on the portal. */
export const VIEW_LEVELS = [
  'overdue',
  'letter-due',
  'due-today',
  'near',
  'ok',
  'done-unconfirmed',
  'unknown',
  'done',
] as const;
export type ViewLevel = (typeof VIEW_LEVELS)[number];

/** A stored dossier as the views need it (structurally a subset of the store's row). */
export type TrackedDossier = DossierRecord & {
  appointmentOverride?: string | null;
  confirmedOnSystem?: boolean;
  letterSent?: boolean;
  unseenSince?: string | null;
  lastSeenAt?: string;
};

export interface DeadlineView {
  level: DeadlineState['level'];
  deadline: string | null;
  text: string | null;
}

export interface DossierView {
  key: string;
  portal: string;
  /** Portal label and host, so the same code on two portals is told apart. */
  source: string;
  code: string;
  url: string;
  applicant: string | null;
  procedure: string | null;
  status: string;
  level: ViewLevel;
  /** Chip text: the countdown of whichever deadline decides the level. */
  label: string;
  appointment: DeadlineView;
  step: DeadlineView;
  /** Disclosure lines: both deadlines, how they are counted, status, handler. */
  details: string[];
  /** For ordering inside a level: lower is more urgent. */
  rank: number;
  confirmedOnSystem: boolean;
  appointmentOverride: string | null;
  unseenSince: string | null;
  /** When a list last showed the dossier (absent for records not stored yet). */
  lastSeenAt: string | null;
}

export function dossierKey(portal: string, code: string): string {
  return `${portal}|${code}`;
}

export function levelIndex(level: ViewLevel): number {
  return VIEW_LEVELS.indexOf(level);
}

const dateTime = (iso: string) => formatVnDateTime(parseInstant(iso));

function deadlineView(state: DeadlineState, locale: Locale, now: number, rules: WorkRules): DeadlineView {
  return {
    level: state.level,
    deadline: state.deadline,
    text: state.deadline === null ? null : countdownText(state, locale, now, rules),
  };
}

/** The deadline that sets the dossier's level; the appointment when both do. */
function decisive(appointment: DeadlineState, step: DeadlineState, level: string): 'appointment' | 'step' {
  return appointment.level !== level && step.level === level ? 'step' : 'appointment';
}

function rankOf(state: DeadlineState): number {
  if (state.overdueWorkMinutes !== null && state.overdueWorkMinutes > 0) return -state.overdueWorkMinutes;
  return state.remainingWorkMinutes ?? Number.MAX_SAFE_INTEGER;
}

/** The portal's own status wording, else ours: never the internal id ("unknown" → "Chưa rõ"). */
function statusLabel(d: TrackedDossier, locale: Locale): string {
  return d.statusText ?? t(locale, `dash.status.${d.status}`);
}

export function dossierView(d: TrackedDossier, now: number, rules: WorkRules, locale: Locale): DossierView {
  const override = d.appointmentOverride ?? null;
  const dueAt = override ?? d.dueAt;
  const confirmed = d.confirmedOnSystem ?? false;
  const u = urgencyOf(
    { dueAt, stepDueAt: d.stepDueAt, status: d.status, letterIssued: (d.letterSent ?? false) || override !== null },
    now,
    rules,
  );
  const level: ViewLevel = u.level === 'done' ? (confirmed ? 'done' : 'done-unconfirmed') : u.level;
  const appointment = deadlineView(u.appointment, locale, now, rules);
  const step = deadlineView(u.step, locale, now, rules);
  const which = decisive(u.appointment, u.step, u.level);
  const decisiveView = which === 'step' ? step : appointment;

  let label: string;
  if (level === 'letter-due') label = t(locale, 'chip.letterToday');
  else if (level === 'done-unconfirmed') label = t(locale, 'chip.doneUnconfirmed');
  else if (level === 'done') label = t(locale, 'chip.doneConfirmed');
  else if (override !== null && (level === 'ok' || level === 'near' || level === 'due-today')) {
    label = t(locale, 'chip.letterSent', { date: formatVnDate(parseInstant(override)).slice(0, 5) });
  }
  else if (decisiveView.text === null) label = t(locale, 'chip.noDeadline');
  else label = which === 'step' ? t(locale, 'chip.stepPrefix', { text: decisiveView.text }) : decisiveView.text;

  return {
    key: dossierKey(d.portal, d.code),
    portal: d.portal,
    source: portalSource(d.portal, d.url, locale),
    code: d.code,
    url: d.url,
    applicant: d.applicant,
    procedure: d.procedure,
    status: statusLabel(d, locale),
    level,
    label,
    appointment,
    step,
    details: detailLines(d, { dueAt, override, appointment, step, level }, rules, locale),
    rank: rankOf(which === 'step' ? u.step : u.appointment),
    confirmedOnSystem: confirmed,
    appointmentOverride: override,
    unseenSince: d.unseenSince ?? null,
    lastSeenAt: d.lastSeenAt ?? null,
  };
}

function detailLines(
  d: TrackedDossier,
  v: { dueAt: string | null; override: string | null; appointment: DeadlineView; step: DeadlineView; level: ViewLevel },
  rules: WorkRules,
  locale: Locale,
): string[] {
  // A deadline that is the portal's own date is shown as the portal showed it (the day alone, or with its time).
  const shown = (iso: string, field: DateField) => (iso === d[field] ? shownDate(d, field, '') : dateTime(iso));
  const lines = [t(locale, 'detail.code', { code: d.code })];
  lines.push(
    v.appointment.deadline === null
      ? t(locale, 'detail.appointmentNone')
      : t(locale, 'detail.appointment', { date: shown(v.appointment.deadline, 'dueAt'), text: v.appointment.text ?? '' }),
  );
  if (v.override !== null && d.dueAt !== null) {
    lines.push(t(locale, 'detail.override', { date: dateTime(v.override), old: shown(d.dueAt, 'dueAt') }));
  }
  if (v.dueAt !== null && v.override === null && v.level !== 'done' && v.level !== 'done-unconfirmed') {
    lines.push(t(locale, 'detail.letterDueBy', { date: dateTime(letterDueBy(v.dueAt, rules)) }));
  }
  lines.push(
    v.step.deadline === null
      ? t(locale, 'detail.stepNone')
      : t(locale, 'detail.step', { date: shown(v.step.deadline, 'stepDueAt'), text: v.step.text ?? '' }),
  );
  const hours = rules.workingHours.map((s) => `${s.start}–${s.end}`).join(', ');
  lines.push(t(locale, 'detail.method', { hours }));
  lines.push(t(locale, 'detail.status', { status: statusLabel(d, locale) }));
  if (d.handler) lines.push(t(locale, 'detail.handler', { handler: d.handler }));
  return lines;
}

/** A view as lists show it: without the disclosure lines, most of a view's size (the popup never shows them). */
export type ListedView = Omit<DossierView, 'details'>;

export function listed({ details: _details, ...view }: DossierView): ListedView {
  return view;
}

/** Codes in Vietnamese order, numbers by value, as the dashboard's table sorts them. */
const codes = new Intl.Collator('vi', { numeric: true });

/** Popup order (and the table's default): by level, then most urgent first, then by code. */
export function compareViews(a: DossierView, b: DossierView): number {
  return levelIndex(a.level) - levelIndex(b.level) || a.rank - b.rank || codes.compare(a.code, b.code);
}
