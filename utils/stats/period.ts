/** Reporting periods: whole Vietnamese calendar days, both ends included. */
import { addDays, atMinutes, daysInMonth, toLocalDate, vnEpoch, vnParts, type LocalDate } from '../time/vn-time';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

export const PERIOD_PRESETS = ['this-month', 'last-month', 'this-quarter', 'this-year', 'last-30-days'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const day = (y: number, m: number, d: number): LocalDate => toLocalDate(vnEpoch(y, m, d));
const monthPeriod = (y: number, first: number, last: number): Period => ({
  from: day(y, first, 1),
  to: day(y, last, daysInMonth(y, last)),
});

/** Provincial reports go by month, quarter and year (seed articles: "6 tháng đầu năm", "năm 2023"). */
export function presetPeriod(preset: PeriodPreset, now: number): Period {
  const { year, month } = vnParts(now);
  switch (preset) {
    case 'this-month':
      return monthPeriod(year, month, month);
    case 'last-month':
      return month === 1 ? monthPeriod(year - 1, 12, 12) : monthPeriod(year, month - 1, month - 1);
    case 'this-quarter': {
      const first = month - ((month - 1) % 3);
      return monthPeriod(year, first, first + 2);
    }
    case 'this-year':
      return monthPeriod(year, 1, 12);
    case 'last-30-days': {
      const today = toLocalDate(now);
      return { from: addDays(today, -29), to: today };
    }
  }
}

/** The period as a half-open range of epoch ms: [start of `from`, start of the day after `to`). */
export function periodBounds(period: Period): { start: number; end: number } {
  return { start: atMinutes(period.from, 0), end: atMinutes(addDays(period.to, 1), 0) };
}
