/** Pure helpers of the settings form: field errors by path, day overrides, portal origins. */
import type { DayOverride, WorkRules } from '../../utils/calendar';
import type { LocalDate } from '../../utils/time/vn-time';

/**
 * Validation messages start with the field's path (`rules.nearWorkingDays: …`); a field shows
 * the messages at or below its path. Rules-wide checks (overlapping sessions) sit at `rules`.
 */
export function errorsFor(errors: readonly string[], path: string): string[] {
  return errors.filter((e) => {
    const at = e.slice(0, e.indexOf(':'));
    return at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`);
  });
}

/** Marks a day off or worked; a date is never in both lists (the calendar refuses that). */
export function setDayOverride(rules: WorkRules, date: LocalDate, working: boolean, reason: string): WorkRules {
  const without = (list: DayOverride[]) => list.filter((o) => o.date !== date);
  const entry = { date, reason: reason.trim() };
  const sorted = (list: DayOverride[]) => list.sort((a, b) => a.date.localeCompare(b.date));
  return working
    ? { ...rules, extraDaysOff: without(rules.extraDaysOff), extraWorkingDays: sorted([...without(rules.extraWorkingDays), entry]) }
    : { ...rules, extraWorkingDays: without(rules.extraWorkingDays), extraDaysOff: sorted([...without(rules.extraDaysOff), entry]) };
}

/** Drops the officer's own override of a date, back to the official schedule. */
export function clearDayOverride(rules: WorkRules, date: LocalDate): WorkRules {
  return {
    ...rules,
    extraDaysOff: rules.extraDaysOff.filter((o) => o.date !== date),
    extraWorkingDays: rules.extraWorkingDays.filter((o) => o.date !== date),
  };
}

/** `motcua.x.gov.vn/ho-so?x=1` or a full URL → `https://motcua.x.gov.vn`; null when it is not a web address. */
export function toOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.origin;
}
