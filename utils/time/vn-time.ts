/**
 * Wall-clock time in Vietnam (Asia/Ho_Chi_Minh, UTC+07:00, no DST since 1975) from plain
 * epoch milliseconds, so nothing depends on the machine's TZ. Every other module goes
 * through these helpers instead of `Date#getHours()` and friends.
 */

export const VN_OFFSET_MINUTES = 7 * 60;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** A calendar day in Vietnam, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface VnParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function vnParts(epochMs: number): VnParts {
  const d = new Date(epochMs + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Epoch ms of a Vietnamese wall-clock time. Returns NaN for impossible dates (31/02, 24:01). */
export function vnEpoch(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (!isValidDate(year, month, day)) return NaN;
  if (!isValidTime(hour, minute, second)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second) - VN_OFFSET_MS;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function isValidTime(hour: number, minute: number, second: number): boolean {
  if (![hour, minute, second].every(Number.isInteger)) return false;
  // 24:00 is accepted as "end of day" by some portals; nothing past it.
  if (hour === 24) return minute === 0 && second === 0;
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of `month` (1–12) in the proleptic Gregorian calendar. A table, not a Date: it is on every date read. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** `2026-12-01T17:00:00+07:00` */
export function toVnIso(epochMs: number): string {
  const p = vnParts(epochMs);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}+07:00`;
}

/** The Vietnamese calendar day containing an instant. */
export function toLocalDate(epochMs: number): LocalDate {
  const p = vnParts(epochMs);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `dd/MM/yyyy` */
export function formatVnDate(epochMs: number): string {
  const p = vnParts(epochMs);
  return `${pad2(p.day)}/${pad2(p.month)}/${pad4(p.year)}`;
}

/** `HH:mm`, 24 h */
export function formatVnTime(epochMs: number): string {
  const p = vnParts(epochMs);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `dd/MM/yyyy HH:mm` */
export function formatVnDateTime(epochMs: number): string {
  return `${formatVnDate(epochMs)} ${formatVnTime(epochMs)}`;
}

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } | null {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) !== null;
}

function requireLocalDate(date: LocalDate) {
  const p = parseLocalDate(date);
  if (!p) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  return p;
}

/** Epoch ms of a wall-clock time (minutes since midnight) on a Vietnamese day. */
export function atMinutes(date: LocalDate, minutesOfDay: number): number {
  const p = requireLocalDate(date);
  return Date.UTC(p.year, p.month - 1, p.day) - VN_OFFSET_MS + minutesOfDay * MINUTE_MS;
}

/** Minutes since Vietnamese midnight of an instant. */
export function minutesOfDay(epochMs: number): number {
  const p = vnParts(epochMs);
  return p.hour * 60 + p.minute + p.second / 60;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const p = requireLocalDate(date);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(date: LocalDate): number {
  const p = requireLocalDate(date);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** Days since 1970-01-01 of a Vietnamese calendar day: a compact key for day tables. */
export function dayNumber(date: LocalDate): number {
  const p = requireLocalDate(date);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** Day number of the Vietnamese calendar day containing an instant. */
export function dayNumberOf(epochMs: number): number {
  return Math.floor((epochMs + VN_OFFSET_MS) / DAY_MS);
}

/** Epoch ms of Vietnamese midnight starting a day number. */
export function startOfDayNumber(day: number): number {
  return day * DAY_MS - VN_OFFSET_MS;
}

export function dateOfDayNumber(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const pa = requireLocalDate(a);
  const pb = requireLocalDate(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS);
}

/** `"07:30"` → 450. Throws on malformed input so a bad setting is caught when it is saved. */
export function parseClock(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new RangeError(`Giờ không hợp lệ: "${hhmm}" (cần dạng HH:mm)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new RangeError(`Giờ không hợp lệ: "${hhmm}"`);
  return h * 60 + min;
}

export function formatClock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(Math.round(minutes % 60))}`;
}

/**
 * Parses an ISO 8601 instant. A string without offset is read as Vietnamese wall-clock time
 * (that is how officers type it and how the CLI examples are written).
 */
export function parseInstant(text: string): number {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    );
  if (!m) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const local = vnEpoch(year, month, day, hour, minute, second);
  if (Number.isNaN(local)) return NaN;
  const zone = m[8];
  if (!zone) return local + ms;
  const offsetMinutes = zone === 'Z' ? 0 : parseOffset(zone);
  if (Number.isNaN(offsetMinutes)) return NaN;
  return local + VN_OFFSET_MS - offsetMinutes * MINUTE_MS + ms;
}

/** Minutes east of UTC; NaN for offsets no zone has (real ones run from -12:00 to +14:00). */
function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return NaN;
  return sign * (hours * 60 + minutes);
}
