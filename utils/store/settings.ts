/** Settings persistence: one validated object under key 'main'. */
import { applySettingsPatch, repairSettings, type Settings, type ValidationResult } from '../settings';
import type { KeyValueRow, NhacHanDb } from './db';

const KEY = 'main';

/** Stored settings with invalid fields replaced by defaults; `errors` says which, for the UI to show. */
export function readStoredSettings(row: KeyValueRow | undefined): { value: Settings; errors: string[] } {
  return repairSettings(row?.value);
}

export async function getSettings(db: NhacHanDb): Promise<{ value: Settings; errors: string[] }> {
  return readStoredSettings(await db.settings.get(KEY));
}

/** Applies a partial update atomically; nothing is written when the result is invalid. */
export function saveSettings(db: NhacHanDb, patch: unknown): Promise<ValidationResult<Settings>> {
  return db.transaction('rw', db.settings, async () => {
    const current = readStoredSettings(await db.settings.get(KEY)).value;
    const result = applySettingsPatch(current, patch);
    if (result.ok) await db.settings.put({ key: KEY, value: result.value });
    return result;
  });
}
