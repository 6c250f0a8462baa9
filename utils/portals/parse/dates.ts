/**
 * Dates as portals print them: `27/11/2026`, `27/11/2026 17:00[:00]`, `08:15 20/11/2026`, `27-11-2026`,
 * `2026-11-27`, ISO with offset (`2026-11-20T17:00:00.000+0700`), `ngày 27 tháng 11 năm 2026`, and
 * e-PAR's `27/11/2026 Từ 13:30 đến 17:00` (the end of the slot counts). Never invents a date: an
 * impossible day (31/02) or a text without a full date gives null.
 */
import { DEFAULT_RULES } from '../../calendar';
import { atMinutes, parseClock, parseInstant, toVnIso, vnEpoch } from '../../time/vn-time';
import { foldText } from './text';

/** A date shown without a time means the end of working hours (17:00 by default). */
export const END_OF_WORK_MINUTES = parseClock(DEFAULT_RULES.workingHours.at(-1)!.end);

export interface PortalDate {
  iso: string;
  hasTime: boolean;
}

const NOT_DIGIT_BEFORE = '(?<![\\d./-])';
const NOT_DIGIT_AFTER = '(?![\\d])';
const DATE_PATTERNS: RegExp[] = [
  // ISO / yyyy-MM-dd, optionally with time and offset
  new RegExp(
    `${NOT_DIGIT_BEFORE}\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:z|[+-]\\d{2}:?\\d{2})?)?${NOT_DIGIT_AFTER}`,
  ),
  new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})${NOT_DIGIT_AFTER}`),
  /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})(?!\d)/,
];
const TIME = '(\\d{1,2})\\s*[:hg]\\s*(\\d{2})(?:\\s*:\\s*(\\d{2}))?(?!\\d)';
const TIME_AFTER = new RegExp(`^\\s*,?\\s*(?:luc\\s*)?${TIME}`);
const SLOT_AFTER = new RegExp(`^\\s*,?\\s*(?:tu\\s*)?${TIME}\\s*(?:den|-|–)\\s*${TIME}`);
const TIME_BEFORE = new RegExp(`(?<![\\d:])${TIME}\\s*(?:,\\s*)?(?:ngay\\s*)?$`);

interface DateHit {
  index: number;
  end: number;
  epoch: number | null; // set when the token carries its own time
  ymd: [number, number, number];
}

function firstDate(text: string): DateHit | null {
  let best: DateHit | null = null;
  for (const [kind, re] of DATE_PATTERNS.entries()) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    let hit: DateHit;
    if (kind === 0) {
      const [y, mo, d] = m[0].slice(0, 10).split('-').map(Number) as [number, number, number];
      const hasTime = m[0].length > 10;
      // An impossible time (25:00) leaves the date alone, as in the other formats.
      const epoch = hasTime ? parseInstant(m[0].toUpperCase()) : NaN;
      hit = { index: m.index, end: m.index + m[0].length, epoch: Number.isNaN(epoch) ? null : epoch, ymd: [y, mo, d] };
    } else {
      const [d, mo, y] = kind === 1 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
      hit = { index: m.index, end: m.index + m[0].length, epoch: null, ymd: [Number(y), Number(mo), Number(d)] };
    }
    if (Number.isNaN(vnEpoch(...hit.ymd))) continue;
    best = hit;
  }
  return best;
}

function clockOf(m: RegExpExecArray, at: number): [number, number, number] {
  return [Number(m[at]), Number(m[at + 1]), Number(m[at + 2] ?? 0)];
}

export function parsePortalDate(text: string): PortalDate | null {
  const folded = foldText(text);
  const hit = firstDate(folded);
  if (!hit) return null;
  if (hit.epoch !== null) return { iso: toVnIso(hit.epoch), hasTime: true };
  const after = folded.slice(hit.end);
  const before = folded.slice(0, hit.index);
  const slot = SLOT_AFTER.exec(after);
  const time = slot ? clockOf(slot, 4) : (() => {
    const m = TIME_AFTER.exec(after) ?? TIME_BEFORE.exec(before);
    return m ? clockOf(m, 1) : null;
  })();
  if (time) {
    const epoch = vnEpoch(...hit.ymd, ...time);
    if (!Number.isNaN(epoch)) return { iso: toVnIso(epoch), hasTime: true };
  }
  const [y, mo, d] = hit.ymd;
  const day = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso: toVnIso(atMinutes(day, END_OF_WORK_MINUTES)), hasTime: false };
}
