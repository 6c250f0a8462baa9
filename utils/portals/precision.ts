/**
 * Date precision: a date the portal showed without a time ("04/09/2026") is kept as the end of
 * working hours, which is what deadlines count to (docs/deadlines.md), and flagged in `dateOnly`
 * so that every screen, export and letter shows the day alone, as the portal did.
 */
import { formatVnDate, formatVnDateTime, minutesOfDay, parseInstant } from '../time/vn-time';
import { END_OF_WORK_MINUTES } from './parse/dates';
import { DATE_FIELDS, type DateField, type DossierRecord } from './types';

export function isDateOnly(d: Pick<DossierRecord, 'dateOnly'>, field: DateField): boolean {
  return d.dateOnly?.includes(field) ?? false;
}

/** `dd/MM/yyyy` for a date shown without a time, `dd/MM/yyyy HH:mm` otherwise; `empty` for none. */
export function formatShown(iso: string | null, dateOnly: boolean, empty: string): string {
  const ms = iso === null ? NaN : parseInstant(iso);
  if (Number.isNaN(ms)) return empty;
  return dateOnly ? formatVnDate(ms) : formatVnDateTime(ms);
}

/** A record's date as the portal showed it. */
export function shownDate(d: Pick<DossierRecord, DateField | 'dateOnly'>, field: DateField, empty: string): string {
  return formatShown(d[field], isDateOnly(d, field), empty);
}

/**
 * For rows stored before `dateOnly` existed: the recognizer stored every date shown without a time
 * at exactly the end of working hours, so such a value is taken as date-only. A time really shown as
 * 17:00 is then displayed as the day alone until the page is read again, which re-flags it.
 */
export function guessDateOnly(d: Pick<DossierRecord, DateField>): DateField[] {
  return DATE_FIELDS.filter((f) => {
    const ms = d[f] === null ? NaN : parseInstant(d[f]);
    return !Number.isNaN(ms) && minutesOfDay(ms) === END_OF_WORK_MINUTES && ms % 60_000 === 0;
  });
}

/** The flags after a merge: each date keeps the flag of the value it keeps. */
export function mergeDateOnly(old: Pick<DossierRecord, DateField | 'dateOnly'>, next: Pick<DossierRecord, DateField | 'dateOnly'>): DateField[] {
  return DATE_FIELDS.filter((f) => (next[f] !== null ? isDateOnly(next, f) : isDateOnly(old, f)));
}
