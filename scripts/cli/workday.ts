/** `workday <YYYY-MM-DD> [--rules settings.json]` → {date, working, reason, provisional} */
import { parseArgs } from 'node:util';
import { dayInfo } from '../../utils/calendar';
import { isLocalDate } from '../../utils/time/vn-time';
import { loadRules } from '../cli-rules';

export async function run(args: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({ args, options: { rules: { type: 'string' } }, allowPositionals: true });
  const [date, ...extra] = positionals;
  if (!date || extra.length) throw new Error('Cách dùng: workday <YYYY-MM-DD> [--rules settings.json]');
  if (!isLocalDate(date)) throw new Error(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  const { working, reason, provisional } = dayInfo(date, loadRules(values.rules));
  return { date, working, reason, provisional };
}
