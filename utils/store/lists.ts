/** How much of each portal list was last seen (one row per `listKey`), for "counts cover only what was seen". */
import { DAY_MS, toVnIso } from '../time/vn-time';
import type { ListRow, NhacHanDb } from './db';

/** A list counts as "recent" for a day: yesterday's page 1 still shapes today's counts. */
export const RECENT_LIST_MS = DAY_MS;

/** The latest reading of a list replaces the previous one; an older reading (another tab, late) is ignored. */
export async function recordList(db: NhacHanDb, row: ListRow): Promise<void> {
  await db.transaction('rw', db.lists, async () => {
    const old = await db.lists.get(row.list);
    if (!old || old.seenAt <= row.seenAt) await db.lists.put(row);
  });
}

/** Lists seen at or after `since` (ISO instant with +07:00), newest first. */
export async function listsSeenSince(db: NhacHanDb, since: string): Promise<ListRow[]> {
  return (await db.lists.where('seenAt').aboveOrEqual(since).toArray()).reverse();
}

/** Forgets lists not seen for `retentionDays` (the same retention as closed dossiers). */
export function purgeLists(db: NhacHanDb, now: number, retentionDays: number): Promise<number> {
  return db.lists.where('seenAt').below(toVnIso(now - retentionDays * DAY_MS)).delete();
}
