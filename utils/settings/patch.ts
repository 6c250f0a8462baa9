/** Partial updates from the options page, and field-by-field repair of stored settings. */
import { type Guard, ValidationError, isPlainObject } from '../validation/guards';
import { DEFAULT_SETTINGS, settingsGuard, validateSettings, type Settings, type ValidationResult } from './schema';
import { migrateProfile } from './profile';

/** Objects may be given in part; arrays and null replace the whole value. */
export type SettingsPatch = DeepPartial<Settings>;
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Deep-merges `patch` into `current` and validates the result. Unknown keys are errors, not ignored. */
export function applySettingsPatch(current: Settings, patch: unknown): ValidationResult<Settings> {
  if (!isPlainObject(patch)) return { ok: false, errors: ['thay đổi thiết lập phải là một đối tượng'] };
  const errors: string[] = [];
  const merged = mergeInto(current, patch, '', errors);
  return errors.length ? { ok: false, errors } : validateSettings(merged);
}

function mergeInto(base: unknown, patch: unknown, path: string, errors: string[]): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    // hasOwn also refuses `__proto__` and friends arriving from JSON.
    if (!Object.hasOwn(base, key)) errors.push(`${join(path, key)}: không có thiết lập này`);
    else if (value !== undefined) out[key] = mergeInto(base[key], value, join(path, key), errors);
  }
  return out;
}

/**
 * Reads stored settings: each invalid field falls back to its default and is reported, so one
 * bad value never discards the rest. Missing fields (added by a later version) take their
 * default silently.
 */
export function repairSettings(stored: unknown): { value: Settings; errors: string[] } {
  const errors: string[] = [];
  const value = repair(settingsGuard, migrate(stored), DEFAULT_SETTINGS, '', errors);
  return { value, errors };
}

function repair<T>(guard: Guard<T>, x: unknown, fallback: T, path: string, errors: string[]): T {
  if (x === undefined) return fallback;
  if (guard.item && Array.isArray(x)) {
    const item = guard.item;
    x = x.filter((one, i) => attempt(item, one, `${path}[${i}]`, errors, `bỏ mục ${path}[${i}]`) !== undefined);
  }
  const shape = guard.shape;
  if (!shape || !isPlainObject(x)) return orElse(attempt(guard, x, path, errors), fallback);
  const out = {} as T;
  const keys = Object.keys(shape) as (keyof T & string)[];
  for (const key of keys) out[key] = repair(shape[key], x[key], fallback[key], join(path, key), errors);
  const whole = attempt(guard, out, path, []);
  if (whole) return whole.value;
  // Every field is valid alone, yet they conflict (overlapping sessions, a day both off and worked):
  // reset the first field whose default resolves the conflict, keeping the others.
  for (const key of keys) {
    const fixed = attempt(guard, { ...out, [key]: fallback[key] }, path, []);
    if (fixed) {
      attempt(guard, out, path, errors, join(path, key));
      return fixed.value;
    }
  }
  return orElse(attempt(guard, out, path, errors), fallback);
}

// Not `?.value ?? fallback`: null is a valid value (no cut-off, no quiet hours).
const orElse = <T>(result: { value: T } | undefined, fallback: T): T => (result ? result.value : fallback);

/** Runs a guard; on failure reports why (and what is reset) and returns undefined. */
function attempt<T>(guard: Guard<T>, x: unknown, path: string, errors: string[], reset?: string): { value: T } | undefined {
  try {
    return { value: guard(x, path) };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const outcome = reset?.startsWith('bỏ ') ? reset : reset ? `đặt lại ${reset} về mặc định` : 'dùng giá trị mặc định';
    errors.push(...e.issues.map((issue) => `${issue} → ${outcome}`));
    return undefined;
  }
}

/** Older stored shapes brought to the current one before repair (see migrateProfile). */
function migrate(stored: unknown): unknown {
  if (!isPlainObject(stored) || !isPlainObject(stored.letter)) return stored;
  return { ...stored, letter: { ...stored.letter, profile: migrateProfile(stored.letter.profile) } };
}
