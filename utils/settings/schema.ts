/** The settings object: its shape, defaults and validation (stored settings and UI patches alike). */
import { DEFAULT_RULES, compileRules, type WorkRules, type WorkSession, type DayOverride } from '../calendar';
import {
  type Guard,
  ValidationError,
  object,
  str,
  bool,
  int,
  oneOf,
  nullable,
  arrayOf,
  clock,
  localDate,
  fail,
  preview,
} from '../validation/guards';
import { MAX_TAUGHT, taughtGuard } from '../portals/taught/guard';
import type { TaughtAdapter } from '../portals/taught/types';
import { DEFAULT_UNIT_PROFILE, SIGNING_MODES, type UnitProfile } from './profile';

export type Locale = 'vi' | 'en';

export interface Settings {
  locale: Locale;
  rules: WorkRules;
  /** Which groups the toolbar badge counts. */
  badgeCounts: { overdue: boolean; letterDue: boolean; dueToday: boolean; near: boolean };
  notifications: {
    enabled: boolean;
    /** `HH:mm` bounds; may wrap past midnight (22:00–06:00). */
    quietHours: { start: string; end: string } | null;
    morningDigest: boolean;
    stepDeadlines: boolean;
  };
  /** Closed dossiers not seen for this many days are purged. */
  retentionDays: number;
  letter: { newDateWorkingDays: number; profile: UnitProfile };
  portals: {
    extraOrigins: string[];
    /** Portals the officer taught by clicks or imported, keyed by origin + path pattern. */
    taught: TaughtAdapter[];
  };
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'vi',
  rules: DEFAULT_RULES,
  badgeCounts: { overdue: true, letterDue: true, dueToday: true, near: false },
  notifications: { enabled: true, quietHours: null, morningDigest: true, stepDeadlines: true },
  retentionDays: 90,
  letter: { newDateWorkingDays: 5, profile: DEFAULT_UNIT_PROFILE },
  portals: { extraOrigins: [], taught: [] },
};

const session = object<WorkSession>({ start: clock, end: clock });

const dayOverride = object<DayOverride>({ date: localDate, reason: str({ max: 200 }) });

const rules = object<WorkRules>(
  {
    workingHours: arrayOf(session, 6),
    saturdayHours: arrayOf(session, 6),
    cutoff: nullable(clock),
    supplementRule: oneOf(['restart', 'pause']),
    extraDaysOff: arrayOf(dayOverride, 1_000),
    extraWorkingDays: arrayOf(dayOverride, 1_000),
    nearWorkingDays: int(0, 30),
  },
  // Session order and overlap, and days both off and worked, are the calendar's own checks.
  (value, path) => {
    try {
      compileRules(value);
    } catch (e) {
      if (e instanceof RangeError) fail(path, e.message);
      throw e;
    }
  },
);

const quietHours = object<{ start: string; end: string }>({ start: clock, end: clock }, (q, path) => {
  if (q.start === q.end) fail(path, 'giờ bắt đầu và kết thúc trùng nhau');
});

/** `https://host[:port]` exactly, as granted by `permissions.request({ origins })`. */
const origin: Guard<string> = (x, path = '') => {
  const text = str({ min: 1, max: 300 })(x, path);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== text) {
    fail(path, `${preview(text)} không phải origin dạng https://ten-mien`);
  }
  return text;
};

const line = str({ max: 200 });

const profile = object<UnitProfile>({
  parentBody: line,
  agency: line,
  place: line,
  signing: oneOf(SIGNING_MODES),
  collective: line,
  headTitle: line,
  signerTitle: line,
  signerName: line,
  numberSuffix: str({ max: 20 }),
  recipients: arrayOf(line, 20),
});

export const settingsGuard: Guard<Settings> = object<Settings>({
  locale: oneOf(['vi', 'en']),
  rules,
  badgeCounts: object<Settings['badgeCounts']>({ overdue: bool, letterDue: bool, dueToday: bool, near: bool }),
  notifications: object<Settings['notifications']>({
    enabled: bool,
    quietHours: nullable(quietHours),
    morningDigest: bool,
    stepDeadlines: bool,
  }),
  retentionDays: int(1, 3_650),
  letter: object<Settings['letter']>({ newDateWorkingDays: int(1, 60), profile }),
  portals: object<Settings['portals']>(
    { extraOrigins: arrayOf(origin, 200), taught: arrayOf(taughtGuard, MAX_TAUGHT, { repairEach: true }) },
    (p, path) => {
      const keys = p.taught.map((a) => `${a.origin}${a.path}`);
      const twice = keys.find((k, i) => keys.indexOf(k) !== i);
      if (twice) fail(`${path}.taught`, `${twice} được dạy hai lần`);
    },
  ),
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function run<T>(guard: Guard<T>, x: unknown): ValidationResult<T> {
  try {
    return { ok: true, value: guard(x) };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, errors: e.issues };
    throw e;
  }
}

export function validateSettings(x: unknown): ValidationResult<Settings> {
  return run(settingsGuard, x);
}
