/** Flattening of grouped dossiers into fixed-height rows, and the window of rows to draw. */
import type { DossierView } from '../../utils/service/views';

/**
 * The popup's groups, in the order the officer works through them: what must be done today
 * first, then the overdue, then the rest. `stale`: overdue and not seen on any list for days:
 * most likely finished on the portal, to check rather than to chase.
 */
export const POPUP_GROUPS = ['letter-due', 'due-today', 'overdue', 'near', 'ok', 'done-unconfirmed', 'unknown', 'stale'] as const;
export type PopupGroup = (typeof POPUP_GROUPS)[number];

/** Not seen on any list for this long, an overdue dossier folds into `stale`. */
export const STALE_AFTER_MS = 3 * 24 * 3_600_000;

export type ListRow = { kind: 'header'; group: PopupGroup; count: number } | { kind: 'item'; view: DossierView; index: number };

export const HEADER_HEIGHT = 32;
/** Three lines: countdown and code; applicant, procedure, date; portal. */
export const ITEM_HEIGHT = 76;

export function groupOf(view: DossierView, now: number | null): PopupGroup | null {
  if (view.level === 'done') return null;
  if (view.level !== 'overdue') return view.level;
  const seen = view.unseenSince ?? view.lastSeenAt;
  const unseen = view.unseenSince !== null || (now !== null && seen !== null && now - Date.parse(seen) >= STALE_AFTER_MS);
  return unseen ? 'stale' : 'overdue';
}

/** Views sorted by urgency (compareViews) in, rows by group out; confirmed finished dossiers are not listed. */
export function toRows(views: readonly DossierView[], now: number | null = null): ListRow[] {
  const groups = new Map<PopupGroup, DossierView[]>(POPUP_GROUPS.map((g) => [g, []]));
  for (const view of views) {
    const group = groupOf(view, now);
    if (group) groups.get(group)!.push(view);
  }
  const rows: ListRow[] = [];
  let index = 0;
  for (const [group, members] of groups) {
    if (members.length === 0) continue;
    rows.push({ kind: 'header', group, count: members.length });
    for (const view of members) rows.push({ kind: 'item', view, index: index++ });
  }
  return rows;
}

/** How many dossiers each group holds. */
export function groupCounts(views: readonly DossierView[], now: number | null): Record<PopupGroup, number> {
  const counts = Object.fromEntries(POPUP_GROUPS.map((g) => [g, 0])) as Record<PopupGroup, number>;
  for (const view of views) {
    const group = groupOf(view, now);
    if (group) counts[group]++;
  }
  return counts;
}

export function rowHeight(row: ListRow): number {
  return row.kind === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT;
}

/** Top offset of each row plus the total height at the end. */
export function offsets(rows: readonly ListRow[]): number[] {
  const out = [0];
  for (const row of rows) out.push(out.at(-1)! + rowHeight(row));
  return out;
}

/** Index range [start, end) of rows intersecting the viewport, with `overscan` rows either side. */
export function visibleRange(tops: readonly number[], scrollTop: number, height: number, overscan = 4): [number, number] {
  const count = tops.length - 1;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1]! <= scrollTop) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < count && tops[end]! < scrollTop + height) end++;
  return [Math.max(0, lo - overscan), Math.min(count, end + overscan)];
}
