/**
 * Which notifications to show at a tick, given what was already shown. Each (kind, dossier,
 * deadline) fires once: a new appointment date from an apology letter arms it again. Nothing fires
 * in quiet hours, and what was held back fires at the first tick after them.
 */
import { isWorkingDay, type WorkRules } from '../calendar';
import { t, type Locale, type MessageKey } from '../i18n';
import { formatVnDateTime, minutesOfDay, parseClock, parseInstant, toLocalDate, type LocalDate } from '../time/vn-time';
import { levelCounts } from './badge-state';
import type { DossierView } from './views';

export interface NotificationSettings {
  enabled: boolean;
  quietHours: { start: string; end: string } | null;
  morningDigest: boolean;
  stepDeadlines: boolean;
}

export interface NotifyMemory {
  /** `kind|portal|code|deadline` of every notification already shown. */
  fired: string[];
  /** Vietnamese day of the last morning digest. */
  digestDate: LocalDate | null;
}

export interface PlannedNotification {
  id: string;
  title: string;
  message: string;
  /** Opened on click. */
  url: string | null;
}

export const EMPTY_MEMORY: NotifyMemory = { fired: [], digestDate: null };

/** More new events than this at once are summed up in one notification instead of a flood. */
export const MAX_SINGLE = 3;

type Kind = 'overdue' | 'letterDue' | 'dueToday' | 'stepOverdue' | 'stepDueToday';

interface Event {
  kind: Kind;
  view: DossierView;
  deadline: string;
}

const TEXT: Record<Kind, { title: MessageKey; body: MessageKey }> = {
  overdue: { title: 'notify.overdue.title', body: 'notify.overdue.body' },
  letterDue: { title: 'notify.letterDue.title', body: 'notify.letterDue.body' },
  dueToday: { title: 'notify.dueToday.title', body: 'notify.dueToday.body' },
  stepOverdue: { title: 'notify.stepOverdue.title', body: 'notify.stepOverdue.body' },
  stepDueToday: { title: 'notify.stepDueToday.title', body: 'notify.stepDueToday.body' },
};

export function inQuietHours(now: number, quiet: NotificationSettings['quietHours']): boolean {
  if (!quiet) return false;
  const m = minutesOfDay(now);
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  // 21:00–07:00 wraps past midnight.
  return start <= end ? m >= start && m < end : m >= start || m < end;
}

function eventsOf(v: DossierView, stepDeadlines: boolean): Event[] {
  const out: Event[] = [];
  const a = v.appointment;
  if (a.deadline !== null) {
    if (a.level === 'overdue') out.push({ kind: 'overdue', view: v, deadline: a.deadline });
    else if (v.level === 'letter-due' || a.level === 'letter-due') out.push({ kind: 'letterDue', view: v, deadline: a.deadline });
    else if (a.level === 'due-today') out.push({ kind: 'dueToday', view: v, deadline: a.deadline });
  }
  const s = v.step;
  if (stepDeadlines && s.deadline !== null) {
    if (s.level === 'overdue') out.push({ kind: 'stepOverdue', view: v, deadline: s.deadline });
    else if (s.level === 'due-today') out.push({ kind: 'stepDueToday', view: v, deadline: s.deadline });
  }
  return out;
}

const eventId = (e: Event) => `${e.kind}|${e.view.key}|${e.deadline}`;

export function planNotifications(input: {
  views: readonly DossierView[];
  now: number;
  memory: NotifyMemory;
  settings: NotificationSettings;
  rules: WorkRules;
  locale: Locale;
}): { notifications: PlannedNotification[]; memory: NotifyMemory } {
  const { now, settings, rules, locale } = input;
  const live = input.views.filter((v) => v.unseenSince === null);
  // Forget dossiers that are gone so memory does not grow without end.
  const liveKeys = new Set(live.map((v) => v.key));
  const remembered = input.memory.fired.filter((id) => liveKeys.has(id.split('|').slice(1, 3).join('|')));
  const memory: NotifyMemory = { fired: remembered, digestDate: input.memory.digestDate };
  if (!settings.enabled || inQuietHours(now, settings.quietHours)) return { notifications: [], memory };

  const notifications: PlannedNotification[] = [];
  const today = toLocalDate(now);
  const digest = digestOf(live, now, today, memory.digestDate, settings, rules, locale);
  if (digest.due) {
    memory.digestDate = today;
    if (digest.notification) notifications.push(digest.notification);
  }

  const seen = new Set(remembered);
  const fresh = live.flatMap((v) => eventsOf(v, settings.stepDeadlines)).filter((e) => !seen.has(eventId(e)));
  memory.fired = [...remembered, ...fresh.map(eventId)];
  if (fresh.length > MAX_SINGLE && !digest.notification) notifications.push(summaryOf(live, `batch|${now}`, locale));
  else if (fresh.length <= MAX_SINGLE) notifications.push(...fresh.map((e) => single(e, locale)));
  return { notifications, memory };
}

function single(e: Event, locale: Locale): PlannedNotification {
  const { title, body } = TEXT[e.kind];
  const params = {
    code: e.view.code,
    applicant: e.view.applicant ?? t(locale, 'notify.applicantUnknown'),
    date: formatVnDateTime(parseInstant(e.deadline)),
  };
  return { id: eventId(e), title: t(locale, title), message: t(locale, body, params), url: e.view.url };
}

function summaryOf(live: readonly DossierView[], id: string, locale: Locale): PlannedNotification {
  const c = levelCounts(live);
  return {
    id,
    title: t(locale, 'notify.digest.title'),
    message: t(locale, 'notify.digest.body', { overdue: c.overdue, letter: c['letter-due'], today: c['due-today'], near: c.near }),
    url: null,
  };
}

/** The digest is due at the first tick of a working day's hours; it says nothing if nothing is pending. */
function digestOf(
  live: readonly DossierView[],
  now: number,
  today: LocalDate,
  lastDigest: LocalDate | null,
  settings: NotificationSettings,
  rules: WorkRules,
  locale: Locale,
): { due: boolean; notification: PlannedNotification | null } {
  const first = rules.workingHours[0];
  const last = rules.workingHours.at(-1);
  if (!settings.morningDigest || lastDigest === today || !first || !last || !isWorkingDay(today, rules)) {
    return { due: false, notification: null };
  }
  const m = minutesOfDay(now);
  if (m < parseClock(first.start) || m >= parseClock(last.end)) return { due: false, notification: null };
  const c = levelCounts(live);
  const pending = c.overdue + c['letter-due'] + c['due-today'] + c.near;
  return { due: true, notification: pending > 0 ? summaryOf(live, `digest|${today}`, locale) : null };
}
