import { useMemo, useState } from 'preact/hooks';
import { DEFAULT_RULES, yearCalendar, type DayInfo, type WorkRules } from '../../utils/calendar';
import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { atMinutes, formatVnDate, isLocalDate, weekdayOf, type LocalDate } from '../../utils/time/vn-time';
import { clearDayOverride, setDayOverride } from './draft';
import { DateInput } from '../inputs';

export interface HolidayEditorProps {
  rules: WorkRules;
  onChange: (rules: WorkRules) => void;
  /** The year shown first (the current one). */
  initialYear: number;
  errors: string[];
  locale: Locale;
}

const WEEKDAY: MessageKey[] = ['opt.day.0', 'opt.day.1', 'opt.day.2', 'opt.day.3', 'opt.day.4', 'opt.day.5', 'opt.day.6'];
const date = (d: LocalDate) => formatVnDate(atMinutes(d, 0));

/**
 * The year's days off and worked days as the engine computes them (official schedule, or the
 * Labor Code for years not yet announced, marked provisional), with the officer's changes.
 */
export function HolidayEditor({ rules, onChange, initialYear, errors, locale }: HolidayEditorProps) {
  const [year, setYear] = useState(initialYear);
  const [newDate, setNewDate] = useState('');
  const [reason, setReason] = useState('');
  const [working, setWorking] = useState(false);
  // Which days are off depends only on the overrides: a half-edited working-hours field elsewhere
  // in the form (overlapping sessions) must not break the calendar.
  const calendar = useMemo(
    () => yearCalendar(year, { ...DEFAULT_RULES, extraDaysOff: rules.extraDaysOff, extraWorkingDays: rules.extraWorkingDays }),
    [year, rules.extraDaysOff, rules.extraWorkingDays],
  );

  const action = (day: DayInfo) => {
    if (day.kind === 'user-off' || day.kind === 'user-work') {
      return { label: 'opt.holiday.undo' as const, run: () => onChange(clearDayOverride(rules, day.date)) };
    }
    // An official day off becomes a worked day for this unit, and a swapped working Saturday a day off.
    return day.working
      ? { label: 'opt.holiday.makeOff' as const, run: () => onChange(setDayOverride(rules, day.date, false, '')) }
      : { label: 'opt.holiday.makeWork' as const, run: () => onChange(setDayOverride(rules, day.date, true, '')) };
  };

  const add = (e: Event) => {
    e.preventDefault();
    if (!isLocalDate(newDate)) return;
    onChange(setDayOverride(rules, newDate, working, reason));
    setNewDate('');
    setReason('');
  };

  return (
    <div class="nh-holidays">
      <div class="nh-row-inline">
        <button type="button" onClick={() => setYear(year - 1)} aria-label={t(locale, 'opt.holiday.prev')}>
          ‹
        </button>
        <strong data-testid="holiday-year">{year}</strong>
        <button type="button" onClick={() => setYear(year + 1)} aria-label={t(locale, 'opt.holiday.next')}>
          ›
        </button>
        {calendar.provisional && (
          <span class="nh-provisional" role="note">
            {t(locale, 'opt.holiday.provisional')}
          </span>
        )}
      </div>
      <table class="nh-mini" data-testid="holiday-table">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'opt.holiday.date')}</th>
            <th scope="col">{t(locale, 'opt.holiday.reason')}</th>
            <th scope="col">{t(locale, 'opt.holiday.kind')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {calendar.days.map((day) => {
            const a = action(day);
            return (
              <tr key={day.date} data-date={day.date} class={day.working ? 'nh-worked' : 'nh-off'}>
                <td>
                  {t(locale, WEEKDAY[weekdayOf(day.date)]!)} {date(day.date)}
                </td>
                <td>{day.reason ?? ''}</td>
                <td>{t(locale, `opt.kind.${day.kind}`)}</td>
                <td>
                  <button type="button" onClick={a.run}>
                    {t(locale, a.label)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form class="nh-row-inline" onSubmit={add} aria-label={t(locale, 'opt.holiday.add')}>
        <label>
          {t(locale, 'opt.holiday.date')}
          <DateInput name="holiday-date" required value={newDate} onChange={setNewDate} invalidHint={t(locale, 'input.dateHint')} />
        </label>
        <label>
          {t(locale, 'opt.holiday.reason')}
          <input type="text" name="holiday-reason" maxLength={200} value={reason} onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          <input type="checkbox" name="holiday-working" checked={working} onChange={(e) => setWorking((e.currentTarget as HTMLInputElement).checked)} />
          {t(locale, 'opt.holiday.isWorking')}
        </label>
        <button type="submit">{t(locale, 'opt.holiday.add')}</button>
      </form>
      {errors.map((e) => (
        <p class="nh-error" role="alert" key={e}>
          {e}
        </p>
      ))}
    </div>
  );
}
