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

export interface Guard<T> {
  (x: unknown, path?: string): T;
  /** Present on object guards so settings can be repaired field by field. */
  readonly shape?: { readonly [K in keyof T]: Guard<T[K]> };
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

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (x, path = '') => (x === null ? null : guard(x, path));
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (x, path = '') => (x === undefined ? undefined : guard(x, path));
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

export function arrayOf<T>(guard: Guard<T>, max: number): Guard<T[]> {
  return (x, path = '') => {
    if (!Array.isArray(x)) fail(path, `cần danh sách, nhận ${preview(x)}`);
    if (x.length > max) fail(path, `${x.length} phần tử, tối đa ${max}`);
    const issues: string[] = [];
    const out = x.map((item, i) => collect(issues, () => guard(item, `${path}[${i}]`)));
    if (issues.length) throw new ValidationError(issues);
    return out as T[];
  };
}

/**
 * Object with exactly these fields (unknown keys are dropped; absent optional fields stay absent).
 * `refine` checks the object as a whole once every field is valid (it throws via `fail`).
 */
export function object<T extends object>(
  shape: { [K in keyof T]-?: Guard<T[K]> },
  refine?: (value: T, path: string) => void,
): Guard<T> {
  const guard = (x: unknown, path = ''): T => {
    if (!isPlainObject(x)) fail(path, `cần đối tượng, nhận ${preview(x)}`);
    const issues: string[] = [];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const value = collect(issues, () => shape[key](x[key], path ? `${path}.${key}` : key));
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
