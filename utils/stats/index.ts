/**
 * Statistics for a period, counted the way provincial reports give them (seed articles): dossiers
 * received, resolved, resolved early / on time / late, and the on-time rate = (early + on time) /
 * resolved, e.g. Long An 2018: 654,074 of 683,241 resolved = 95.73 %. Also the late dossiers with
 * their reasons (from the apology letters), letters issued, and dossiers finished but not yet
 * confirmed on the portal's software (seed 003: they turn into false late records).
 *
 * What this local copy can know: "resolved at" is when Nhắc Hạn first saw the dossier finished
 * (`closedAt`), so it is never earlier than the real completion; the portal's own report stays
 * the official figure. Timeliness is judged against the original appointment (`dueAt`): a dossier
 * re-appointed by an apology letter was still late.
 */
import type { DossierRecord } from '../portals/types';
import { parseInstant, toLocalDate } from '../time/vn-time';
import { periodBounds, type Period } from './period';

export { PERIOD_PRESETS, periodBounds, presetPeriod, type Period, type PeriodPreset } from './period';

/** What statistics read of a stored dossier (the store's rows have these fields and more). */
export type StatsDossier = Pick<DossierRecord, 'portal' | 'code' | 'procedure' | 'applicant' | 'handler' | 'receivedAt' | 'dueAt' | 'status'> & {
  closedAt: string | null;
  unseenSince: string | null;
  confirmedOnSystem: boolean;
  appointmentOverride: string | null;
};

/** What statistics read of a recorded apology letter. */
export interface StatsLetter {
  portal: string;
  code: string;
  reason: string;
  numberText: string;
  issuedAt: string;
  late: boolean;
}

export type Timeliness = 'early' | 'on-time' | 'late';

export interface Counts {
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  /** Resolved, but no appointment date was ever read: left out of the rate. */
  unknownDue: number;
  /** Percent with two decimals, null when nothing resolved had a known appointment. */
  onTimeRate: number | null;
  /** Still open at the end of the period although the appointment had passed. */
  openOverdue: number;
  lettersIssued: number;
  /** Letters sent later than one working day before the appointment (NĐ 61 Điều 19.9). */
  lettersLate: number;
  /** Resolved in the period and not yet marked as confirmed on the portal's software. */
  doneUnconfirmed: number;
}

export interface GroupStats extends Counts {
  /** Procedure or handler name; null when the portal did not show it. */
  key: string | null;
}

export interface LateDossier {
  portal: string;
  code: string;
  procedure: string | null;
  applicant: string | null;
  handler: string | null;
  dueAt: string;
  /** null: still open at the end of the period. */
  resolvedAt: string | null;
  reason: string | null;
  letterNumber: string | null;
  newDueAt: string | null;
}

export interface Statistics {
  period: Period;
  totals: Counts;
  byProcedure: GroupStats[];
  byHandler: GroupStats[];
  late: LateDossier[];
}

/** (early + on time) / resolved with a known appointment, in percent rounded to 0.01. */
export function onTimeRate(c: Pick<Counts, 'early' | 'onTime' | 'late'>): number | null {
  const judged = c.early + c.onTime + c.late;
  return judged === 0 ? null : Math.round(((c.early + c.onTime) / judged) * 10_000) / 100;
}

/** Early = finished on a day before the appointment day; on time = by the appointment; late = after it. */
export function timeliness(resolvedAt: string, dueAt: string): Timeliness {
  const resolved = parseInstant(resolvedAt);
  const due = parseInstant(dueAt);
  if (resolved > due) return 'late';
  return toLocalDate(resolved) < toLocalDate(due) ? 'early' : 'on-time';
}

const emptyCounts = (): Counts => ({
  received: 0,
  resolved: 0,
  early: 0,
  onTime: 0,
  late: 0,
  unknownDue: 0,
  onTimeRate: null,
  openOverdue: 0,
  lettersIssued: 0,
  lettersLate: 0,
  doneUnconfirmed: 0,
});

const TIMELINESS_FIELD = { early: 'early', 'on-time': 'onTime', late: 'late' } as const;

type Event = Exclude<keyof Counts, 'onTimeRate'>;

const dossierKey = (d: { portal: string; code: string }) => `${d.portal}|${d.code}`;

/**
 * Everything for one period at `now`. Pure: the dashboard passes what the store holds; the
 * same numbers go to the screen, the charts and the CSV.
 */
export function computeStatistics(
  dossiers: readonly StatsDossier[],
  letters: readonly StatsLetter[],
  period: Period,
  now: number,
): Statistics {
  const { start, end } = periodBounds(period);
  const inPeriod = (iso: string | null) => {
    if (iso === null) return false;
    const t = parseInstant(iso);
    return t >= start && t < end;
  };
  // "Overdue at the end of the period", but never judged past what has happened yet.
  const cutoff = Math.min(end, now);

  const totals = emptyCounts();
  const byProcedure = new Map<string | null, Counts>();
  const byHandler = new Map<string | null, Counts>();
  const count = (d: Pick<StatsDossier, 'procedure' | 'handler'>, event: Event) => {
    totals[event]++;
    for (const [groups, key] of [[byProcedure, d.procedure], [byHandler, d.handler]] as const) {
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = emptyCounts()));
      counts[event]++;
    }
  };

  const letterOf = new Map(letters.map((l) => [dossierKey(l), l]));
  const late: LateDossier[] = [];
  const lateEntry = (d: StatsDossier, resolvedAt: string | null): LateDossier => {
    const letter = letterOf.get(dossierKey(d));
    return {
      portal: d.portal,
      code: d.code,
      procedure: d.procedure,
      applicant: d.applicant,
      handler: d.handler,
      dueAt: d.dueAt!,
      resolvedAt,
      reason: letter?.reason ?? null,
      letterNumber: letter?.numberText ?? null,
      newDueAt: d.appointmentOverride,
    };
  };

  const dossierByKey = new Map(dossiers.map((d) => [dossierKey(d), d]));
  for (const d of dossiers) {
    if (inPeriod(d.receivedAt)) count(d, 'received');
    const resolved = d.status === 'done' && inPeriod(d.closedAt);
    if (resolved) {
      count(d, 'resolved');
      if (!d.confirmedOnSystem) count(d, 'doneUnconfirmed');
      if (d.dueAt === null) count(d, 'unknownDue');
      else {
        const verdict = timeliness(d.closedAt!, d.dueAt);
        count(d, TIMELINESS_FIELD[verdict]);
        if (verdict === 'late') late.push(lateEntry(d, d.closedAt));
      }
    } else if (isOpenOverdue(d, end, cutoff)) {
      count(d, 'openOverdue');
      late.push(lateEntry(d, null));
    }
  }

  for (const letter of letters) {
    if (!inPeriod(letter.issuedAt)) continue;
    // A letter whose dossier was purged still counts in the totals, under no procedure or handler.
    const d = dossierByKey.get(dossierKey(letter)) ?? { procedure: null, handler: null };
    count(d, 'lettersIssued');
    if (letter.late) count(d, 'lettersLate');
  }

  const withRate = (c: Counts): Counts => ({ ...c, onTimeRate: onTimeRate(c) });
  const groups = (map: Map<string | null, Counts>): GroupStats[] =>
    [...map]
      .map(([key, c]) => ({ key, ...withRate(c) }))
      .sort((a, b) => b.resolved - a.resolved || b.received - a.received || compareKeys(a.key, b.key));
  late.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.code.localeCompare(b.code));

  return { period, totals: withRate(totals), byProcedure: groups(byProcedure), byHandler: groups(byHandler), late };
}

/** Unknown (null) groups last, names in Vietnamese order. The keys come from a Map: never both null. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === null ? 1 : -1;
  return a.localeCompare(b, 'vi');
}

/**
 * Open at the end of the period with its appointment already passed. A dossier that left the
 * officer's list before then is not counted: its fate on the portal is unknown (docs/domain.md §7).
 */
function isOpenOverdue(d: StatsDossier, end: number, cutoff: number): boolean {
  if (d.dueAt === null || parseInstant(d.dueAt) >= cutoff) return false;
  if (d.closedAt !== null && parseInstant(d.closedAt) < end) return false;
  if (d.unseenSince !== null && parseInstant(d.unseenSince) < end) return false;
  return d.receivedAt === null || parseInstant(d.receivedAt) < end;
}
