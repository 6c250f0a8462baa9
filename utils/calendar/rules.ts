/** Officer/unit settings the engine is given; the engine itself holds no state. */
import type { LocalDate } from '../time/vn-time';
import { isLocalDate, parseClock } from '../time/vn-time';

export interface WorkSession {
  start: string; // 'HH:mm'
  end: string;
}
export interface DayOverride {
  date: LocalDate;
  reason: string;
}
export interface WorkRules {
  /** Weekday sessions. */
  workingHours: WorkSession[];
  /** Saturday-morning desk sessions (receiving only); [] = no Saturday desk. */
  saturdayHours: WorkSession[];
  /** Receipts after this time count from the next working day (NĐ 61 Điều 18); null = no cut-off. */
  cutoff: string | null;
  /** After a supplement request the clock restarts (NĐ 61 Điều 19.4) or, where the province says so, pauses. */
  supplementRule: 'restart' | 'pause';
  /** Officer/unit additions (also re-adds a holiday removed by an official schedule). */
  extraDaysOff: DayOverride[];
  /** Days worked although the schedule says off (also "remove a holiday"). */
  extraWorkingDays: DayOverride[];
  /** A deadline within this many working days is 'near'. */
  nearWorkingDays: number;
}

export const DEFAULT_RULES: WorkRules = Object.freeze({
  workingHours: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
  saturdayHours: [],
  cutoff: '15:00',
  supplementRule: 'restart',
  extraDaysOff: [],
  extraWorkingDays: [],
  nearWorkingDays: 2,
}) as WorkRules;

/** Sessions as minutes since midnight. */
export interface SessionMinutes {
  start: number;
  end: number;
}

/** Rules checked once and turned into lookups; cached per rules object and per content. */
export interface CompiledRules {
  rules: WorkRules;
  sessions: SessionMinutes[];
  saturdaySessions: SessionMinutes[];
  cutoffMinutes: number | null;
  daysOff: Map<LocalDate, string>;
  workingDays: Map<LocalDate, string>;
  /** Length of an ordinary working day in minutes. */
  dayMinutes: number;
}

/** By identity, and by content: settings read from storage are a new object on every read. */
const compiled = new WeakMap<object, CompiledRules>();
const byContent = new Map<string, CompiledRules>();
const CONTENT_CACHE_SIZE = 32;

/** JSON that still tells undefined and NaN apart from absent and null. */
const contentKey = (full: WorkRules) =>
  JSON.stringify(full, (_, v: unknown) =>
    v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? `\u0000${String(v)}` : v,
  );

function compileSessions(sessions: WorkSession[], label: string, allowEmpty: boolean): SessionMinutes[] {
  if (!Array.isArray(sessions) || (!allowEmpty && sessions.length === 0)) {
    throw new RangeError(`${label}: cần ít nhất một ca làm việc`);
  }
  const out = sessions.map((s) => ({ start: parseClock(s.start), end: parseClock(s.end) }));
  out.forEach((s, i) => {
    if (s.end <= s.start) throw new RangeError(`${label}: ca ${sessions[i]!.start}–${sessions[i]!.end} kết thúc trước hoặc đúng lúc bắt đầu`);
    const prev = out[i - 1];
    if (prev && s.start < prev.end) throw new RangeError(`${label}: các ca phải theo thứ tự và không chồng nhau`);
  });
  return out;
}

function overrideMap(list: DayOverride[], label: string): Map<LocalDate, string> {
  const map = new Map<LocalDate, string>();
  for (const o of list) {
    if (!isLocalDate(o.date)) throw new RangeError(`${label}: ngày không hợp lệ "${o.date}"`);
    map.set(o.date, o.reason);
  }
  return map;
}

/** Merges partial settings over the defaults and validates them; throws a readable error on bad settings. */
export function compileRules(rules: Partial<WorkRules> = DEFAULT_RULES): CompiledRules {
  const hit = compiled.get(rules);
  if (hit) return hit;
  const full: WorkRules = { ...DEFAULT_RULES, ...rules };
  const key = contentKey(full);
  let result = byContent.get(key);
  if (!result) {
    result = compileFull(full);
    byContent.set(key, result);
    if (byContent.size > CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value!);
  }
  compiled.set(rules, result);
  compiled.set(result.rules, result);
  return result;
}

function compileFull(full: WorkRules): CompiledRules {
  const sessions = compileSessions(full.workingHours, 'Giờ làm việc', false);
  const saturdaySessions = compileSessions(full.saturdayHours, 'Giờ tiếp nhận thứ Bảy', true);
  if (full.supplementRule !== 'restart' && full.supplementRule !== 'pause') {
    throw new RangeError(`Quy tắc bổ sung hồ sơ không hợp lệ: "${String(full.supplementRule)}"`);
  }
  if (!Number.isInteger(full.nearWorkingDays) || full.nearWorkingDays < 0) {
    throw new RangeError(`Ngưỡng "sắp đến hạn" phải là số ngày nguyên không âm: ${full.nearWorkingDays}`);
  }
  const daysOff = overrideMap(full.extraDaysOff, 'Ngày nghỉ thêm');
  const workingDays = overrideMap(full.extraWorkingDays, 'Ngày làm việc thêm');
  for (const date of daysOff.keys()) {
    if (workingDays.has(date)) throw new RangeError(`Ngày ${date} vừa là ngày nghỉ thêm vừa là ngày làm việc thêm`);
  }
  return {
    rules: full,
    sessions,
    saturdaySessions,
    cutoffMinutes: full.cutoff === null ? null : parseClock(full.cutoff),
    daysOff,
    workingDays,
    dayMinutes: sessions.reduce((sum, s) => sum + s.end - s.start, 0),
  };
}
