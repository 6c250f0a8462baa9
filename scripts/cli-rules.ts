/** `--rules <settings.json>` for the engine commands: a partial WorkRules laid over the defaults. */
import { readFileSync } from 'node:fs';
import type { WorkRules } from '../utils/calendar';
import { compileRules, DEFAULT_RULES } from '../utils/calendar';

export function loadRules(path: string | undefined): WorkRules {
  if (path === undefined) return DEFAULT_RULES;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Không đọc được tệp cài đặt "${path}": ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`"${path}" phải là một đối tượng JSON`);
  const unknownKeys = Object.keys(value).filter((k) => !(k in DEFAULT_RULES));
  if (unknownKeys.length) throw new Error(`Cài đặt không có trường: ${unknownKeys.join(', ')}`);
  return compileRules(value as Partial<WorkRules>).rules;
}
