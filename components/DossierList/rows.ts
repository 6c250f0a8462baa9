/** Flattening of grouped dossiers into fixed-height rows, and the window of rows to draw. */
import { byGroup, type PopupGroup } from '../../utils/service/popup-groups';
import type { ListedView } from '../../utils/service/views';

export type ListRow = { kind: 'header'; group: PopupGroup; count: number } | { kind: 'item'; view: ListedView; index: number };

export const HEADER_HEIGHT = 32;
/** Three lines: countdown and code; applicant, procedure, date; portal. */
export const ITEM_HEIGHT = 76;

/**
 * Views sorted by urgency (compareViews) in, rows by group out; confirmed finished dossiers are not
 * listed. `counts`: the groups' sizes when `views` is only the first screen of a longer list.
 */
export function toRows(views: readonly ListedView[], now: number | null = null, counts?: Readonly<Record<PopupGroup, number>>): ListRow[] {
  const rows: ListRow[] = [];
  let index = 0;
  for (const [group, members] of byGroup(views, now)) {
    if (members.length === 0) continue;
    rows.push({ kind: 'header', group, count: counts?.[group] ?? members.length });
    for (const view of members) rows.push({ kind: 'item', view, index: index++ });
  }
  return rows;
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
