/**
 * Statutory holidays (Bộ luật Lao động 2019 Điều 112) as data, derived per year, with
 * compensatory days for holidays on a weekend (Điều 112.3), and the official schedules laid over them.
 */
import type { LocalDate } from '../time/vn-time';
import { addDays, weekdayOf } from '../time/vn-time';
import { lunarToSolar } from './lunar';
import type { OfficialSchedule, ScheduledKind } from './schedules';
import { OFFICIAL_SCHEDULES } from './schedules';

export interface StatutoryHoliday {
  name: string;
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
  /** Days taken around the anchor date (Tết: last day of the old year + 4 days, the usual plan). */
  offsets: number[];
  fromYear?: number;
  /** 2/9 comes with "one adjacent day" [T]: chosen to join the nearer weekend. */
  adjacentDay?: boolean;
}

export const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  { name: 'Tết Dương lịch', calendar: 'solar', month: 1, day: 1, offsets: [0] },
  { name: 'Tết Nguyên Đán', calendar: 'lunar', month: 1, day: 1, offsets: [-1, 0, 1, 2, 3] },
  { name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', calendar: 'lunar', month: 3, day: 10, offsets: [0] },
  { name: 'Ngày Chiến thắng (30/4)', calendar: 'solar', month: 4, day: 30, offsets: [0] },
  { name: 'Ngày Quốc tế Lao động (1/5)', calendar: 'solar', month: 5, day: 1, offsets: [0] },
  { name: 'Quốc khánh (2/9)', calendar: 'solar', month: 9, day: 2, offsets: [0], adjacentDay: true },
  { name: 'Ngày Văn hóa Việt Nam (24/11)', calendar: 'solar', month: 11, day: 24, offsets: [0], fromYear: 2026 },
];

export interface ScheduledDay {
  kind: ScheduledKind;
  reason: string;
}

export interface YearSchedule {
  year: number;
  provisional: boolean;
  days: Map<LocalDate, ScheduledDay>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isWeekend = (date: LocalDate) => {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
};

function anchorDate(h: StatutoryHoliday, year: number): LocalDate {
  return h.calendar === 'lunar'
    ? lunarToSolar({ year, month: h.month, day: h.day, leap: false })
    : `${String(year).padStart(4, '0')}-${pad(h.month)}-${pad(h.day)}`;
}

/** Monday or Thursday → the day after joins a weekend; otherwise the day before does. */
function adjacentOffset(anchor: LocalDate): number {
  const w = weekdayOf(anchor);
  return w === 1 || w === 4 ? 1 : -1;
}

function deriveYear(year: number): Map<LocalDate, ScheduledDay> {
  const days = new Map<LocalDate, ScheduledDay>();
  for (const h of STATUTORY_HOLIDAYS) {
    if (h.fromYear !== undefined && year < h.fromYear) continue;
    const anchor = anchorDate(h, year);
    const offsets = h.adjacentDay ? [...h.offsets, adjacentOffset(anchor)] : h.offsets;
    for (const off of offsets) days.set(addDays(anchor, off), { kind: 'holiday', reason: h.name });
  }
  // Each holiday on a weekend gives one compensatory day on the next free weekday. ISO dates sort
  // as plain strings: localeCompare would start the locale's collator, 15 ms on a portal page.
  const onWeekend = [...days.entries()].filter(([d]) => isWeekend(d)).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [date, info] of onWeekend) {
    let d = addDays(date, 1);
    while (isWeekend(d) || days.has(d)) d = addDays(d, 1);
    days.set(d, { kind: 'compensatory', reason: `Nghỉ bù ${info.reason}` });
  }
  return days;
}

function officialYear(schedule: OfficialSchedule): Map<LocalDate, ScheduledDay> {
  const days = new Map<LocalDate, ScheduledDay>();
  for (const s of schedule.days) {
    for (let d = s.from; d <= s.to; d = addDays(d, 1)) days.set(d, { kind: s.kind, reason: s.reason });
  }
  return days;
}

const cache = new Map<number, YearSchedule>();

export function yearSchedule(year: number): YearSchedule {
  let hit = cache.get(year);
  if (!hit) {
    const official = OFFICIAL_SCHEDULES.find((s) => s.year === year);
    hit = official
      ? { year, provisional: false, days: officialYear(official) }
      : { year, provisional: true, days: deriveYear(year) };
    cache.set(year, hit);
  }
  return hit;
}

/** The statutory derivation alone, for comparing with an official schedule. */
export function derivedHolidays(year: number): Map<LocalDate, ScheduledDay> {
  return deriveYear(year);
}
