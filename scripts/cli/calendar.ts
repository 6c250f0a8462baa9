/** `calendar <year> [--rules settings.json]` → the year's days off and worked Saturdays, with reasons. */
import { parseArgs } from 'node:util';
import { yearCalendar } from '../../utils/calendar';
import { loadRules } from '../cli-rules';

export async function run(args: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({ args, options: { rules: { type: 'string' } }, allowPositionals: true });
  const [year, ...extra] = positionals;
  if (!year || extra.length) throw new Error('Cách dùng: calendar <năm> [--rules settings.json]');
  if (!/^\d{4}$/.test(year)) throw new Error(`Năm không hợp lệ: "${year}"`);
  const cal = yearCalendar(Number(year), loadRules(values.rules));
  return {
    year: cal.year,
    provisional: cal.provisional,
    days: cal.days.map(({ date, working, kind, reason }) => ({ date, working, kind, reason })),
  };
}
