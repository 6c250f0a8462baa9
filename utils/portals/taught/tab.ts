/**
 * What a portal tab tells the popup about its reading, and what the popup then offers: teaching a
 * list nothing reads (or reads without appointment dates), teaching again a taught portal that no
 * longer matches, sharing one that works.
 */
import type { Recognition, TaughtState } from '../index';

export interface TabReading {
  url: string;
  /** Rows read on the page. */
  rows: number;
  /** Rows read without an appointment date. */
  missingDue: number;
  taught: TaughtState | null;
}

export type TeachOffer = 'none' | 'teach' | 'changed' | 'dates' | 'taught';

export function tabReading(rec: Recognition | null, url: string): TabReading {
  const rows = rec?.rows ?? [];
  return { url, rows: rows.length, missingDue: rows.filter((r) => r.record.dueAt === null).length, taught: rec?.taught ?? null };
}

export function teachOffer(r: TabReading): TeachOffer {
  if (r.taught?.state === 'changed') return 'changed';
  if (r.taught?.state === 'dates') return 'dates';
  if (r.taught?.state === 'ok') return 'taught';
  return r.rows === 0 || r.missingDue > 0 ? 'teach' : 'none';
}
