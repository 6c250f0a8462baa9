/**
 * `due --received <ISO> --days <n> [--unit working|calendar|hours] [--rules settings.json]
 *  [--supplement-requested <ISO> --supplement-completed <ISO>]`
 * → {receivedAt, countFrom, dueAt, letterDueBy}. With unit 'hours', --days is the number of working hours.
 */
import { parseArgs } from 'node:util';
import type { DeadlineUnit } from '../../utils/deadline';
import { DEADLINE_UNITS, dueAfterSupplement, dueDate } from '../../utils/deadline';
import { loadRules } from '../cli-rules';

const USAGE = 'Cách dùng: due --received <YYYY-MM-DDTHH:mm> --days <n> [--unit working|calendar|hours]';

export async function run(args: string[]): Promise<unknown> {
  const { values } = parseArgs({
    args,
    options: {
      received: { type: 'string' },
      days: { type: 'string' },
      unit: { type: 'string', default: 'working' },
      rules: { type: 'string' },
      'supplement-requested': { type: 'string' },
      'supplement-completed': { type: 'string' },
    },
  });
  if (!values.received || values.days === undefined) throw new Error(USAGE);
  // Whole numbers only: "5.5", "-1", "5 ngày" are mistakes, not something to round.
  if (!/^\d+$/.test(values.days.trim())) throw new Error(`--days phải là số nguyên dương (nhận "${values.days}")`);
  const unit = values.unit;
  if (!(DEADLINE_UNITS as readonly string[]).includes(unit)) {
    throw new Error(`--unit phải là working, calendar hoặc hours (nhận "${unit}")`);
  }
  const rules = loadRules(values.rules);
  const amount = Number(values.days);
  const requestedAt = values['supplement-requested'];
  const resubmittedAt = values['supplement-completed'];
  if ((requestedAt === undefined) !== (resubmittedAt === undefined)) {
    throw new Error('Cần cả --supplement-requested và --supplement-completed');
  }
  if (requestedAt !== undefined && resubmittedAt !== undefined) {
    return dueAfterSupplement({ receivedAt: values.received, amount, unit: unit as DeadlineUnit, requestedAt, resubmittedAt }, rules);
  }
  return dueDate(values.received, amount, unit as DeadlineUnit, rules);
}
