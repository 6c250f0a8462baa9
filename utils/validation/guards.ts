/**
 * Small runtime validators for data that crosses a trust boundary: messages from content
 * scripts (scraped, untrusted text), stored settings, imported backups. Each guard returns a
 * clean copy (unknown keys dropped, instants normalised to +07:00) or throws a
 * `ValidationError` listing every problem with its path.
 */
import { parseInstant, parseClock, isLocalDate, toVnIso, type LocalDate } from '../time/vn-time';

export class ValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('; '));
    this.name = 'ValidationError';
  }
}

/**
 * Problems that did not stop validation: a text cut at its limit, a list item left out. The
 * caller reports them (the `recognized` answer, the import report).
 */
export type Notes = string[];

export interface Guard<T> {
  (x: unknown, path?: string, notes?: Notes): T;
  /** Present on object guards so settings can be repaired field by field. */
  readonly shape?: { readonly [K in keyof T]: Guard<T[K]> };
  /** Present on lists whose stored items are repaired one by one (a bad item is dropped, not the list). */
  readonly item?: Guard<unknown>;
}

export const MAX_STRING = 2_000;

export function fail(path: string, message: string): never {
  throw new ValidationError([`${path || 'giá trị'}: ${message}`]);
}

/** Short, safe rendering of a rejected value for error messages. */
export function preview(x: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(x) ?? String(x);
  } catch {
    text = String(x);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function str(opts: { max?: number; min?: number; pattern?: RegExp; hint?: string } = {}): Guard<string> {
  const max = opts.max ?? MAX_STRING;
  return (x, path = '') => {
    if (typeof x !== 'string') fail(path, `cần chuỗi, nhận ${preview(x)}`);
    if (x.length > max) fail(path, `chuỗi dài ${x.length} ký tự, tối đa ${max}`);
    if (x.length < (opts.min ?? 0)) fail(path, `không được để trống`);
    if (opts.pattern && !opts.pattern.test(x)) fail(path, `${preview(x)} không đúng dạng ${opts.hint ?? String(opts.pattern)}`);
    return x;
  };
}

export const bool: Guard<boolean> = (x, path = '') => (typeof x === 'boolean' ? x : fail(path, `cần true/false, nhận ${preview(x)}`));

export function int(min: number, max: number): Guard<number> {
  return (x, path = '') => {
    if (typeof x !== 'number' || !Number.isInteger(x)) fail(path, `cần số nguyên, nhận ${preview(x)}`);
    if (x < min || x > max) fail(path, `${x} ngoài khoảng ${min}–${max}`);
    return x;
  };
}

export function oneOf<const T extends readonly (string | number)[]>(values: T): Guard<T[number]> {
  return (x, path = '') =>
    values.includes(x as T[number]) ? (x as T[number]) : fail(path, `${preview(x)} không thuộc {${values.join(', ')}}`);
}

/**
 * Free text (scraped or typed by a citizen): over `max` it is cut, not refused, so one long field
 * never costs its record. The last kept character becomes "…" so the cut shows; a note says so.
 */
export function clipped(max: number = MAX_STRING): Guard<string> {
  return (x, path = '', notes) => {
    if (typeof x !== 'string') fail(path, `cần chuỗi, nhận ${preview(x)}`);
    if (x.length <= max) return x;
    notes?.push(`${path || 'giá trị'}: dài ${x.length} ký tự, đã cắt còn ${max}`);
    return clip(x, max);
  };
}

// A cut never splits a surrogate pair or leaves a base letter without its combining accent.
const CONTINUES = /^[\p{M}\uDC00-\uDFFF\u200D]$/u;

/** `text` shortened to at most `max` characters, ending in "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  while (end > 0 && CONTINUES.test(text[end]!)) end--;
  return `${text.slice(0, end)}…`;
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (x, path = '', notes) => (x === null ? null : guard(x, path, notes));
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (x, path = '', notes) => (x === undefined ? undefined : guard(x, path, notes));
}

// A full date and time with an explicit offset: a bare date or a zone-less time is ambiguous.
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with offset, normalised to `…+07:00` so stored strings sort by time. */
export const isoInstant: Guard<string> = (x, path = '') => {
  if (typeof x !== 'string' || x.length > 40 || !ISO_INSTANT_RE.test(x) || Number.isNaN(parseInstant(x))) {
    fail(path, `${preview(x)} không phải thời điểm ISO 8601 có múi giờ (vd. 2026-11-27T17:00:00+07:00)`);
  }
  return toVnIso(parseInstant(x));
};

export const localDate: Guard<LocalDate> = (x, path = '') =>
  isLocalDate(x) ? x : fail(path, `${preview(x)} không phải ngày dạng YYYY-MM-DD`);

/** `HH:mm`, 00:00–24:00. */
export const clock: Guard<string> = (x, path = '') => {
  if (typeof x !== 'string' || !/^\d{2}:\d{2}$/.test(x)) fail(path, `${preview(x)} không phải giờ dạng HH:mm`);
  try {
    parseClock(x);
  } catch {
    fail(path, `${preview(x)} không phải giờ hợp lệ`);
  }
  return x;
};

export function arrayOf<T>(guard: Guard<T>, max: number, options: { repairEach?: boolean } = {}): Guard<T[]> {
  const list = (x: unknown, path = '', notes?: Notes): T[] => {
    const items = arrayWithin(x, path, max);
    const issues: string[] = [];
    const out = items.map((item, i) => collect(issues, () => guard(item, `${path}[${i}]`, notes)));
    if (issues.length) throw new ValidationError(issues);
    return out as T[];
  };
  return options.repairEach ? Object.assign(list, { item: guard }) : list;
}

/**
 * A list of independent records: an invalid item is left out and noted (with `label`, e.g. its
 * code), the others are kept. Only a list that is not a list, or too long, is refused whole.
 */
export function keepValid<T>(guard: Guard<T>, max: number, label: (item: unknown) => string = () => ''): Guard<T[]> {
  return (x, path = '', notes) => {
    const out: T[] = [];
    arrayWithin(x, path, max).forEach((item, i) => {
      // Notes of an item count only if it is kept (a cut in a record then dropped is no news).
      const own: Notes = [];
      try {
        out.push(guard(item, `${path}[${i}]`, own));
        notes?.push(...own);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        notes?.push(`${path}[${i}]${label(item)}: bỏ qua (${e.issues.join('; ')})`);
      }
    });
    return out;
  };
}

function arrayWithin(x: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(x)) fail(path, `cần danh sách, nhận ${preview(x)}`);
  if (x.length > max) fail(path, `${x.length} phần tử, tối đa ${max}`);
  return x;
}

/**
 * Object with exactly these fields (unknown keys are dropped; absent optional fields stay absent).
 * `refine` checks the object as a whole once every field is valid (it throws via `fail`).
 */
export function object<T extends object>(
  shape: { [K in keyof T]-?: Guard<T[K]> },
  refine?: (value: T, path: string) => void,
): Guard<T> {
  const guard = (x: unknown, path = '', notes?: Notes): T => {
    if (!isPlainObject(x)) fail(path, `cần đối tượng, nhận ${preview(x)}`);
    const issues: string[] = [];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const value = collect(issues, () => shape[key](x[key], path ? `${path}.${key}` : key, notes));
      if (value !== undefined) out[key] = value;
    }
    if (issues.length) throw new ValidationError(issues);
    refine?.(out as T, path);
    return out as T;
  };
  return Object.assign(guard, { shape }) as Guard<T>;
}

function collect<T>(issues: string[], run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    issues.push(...e.issues);
    return undefined;
  }
}
