/**
 * The popup's groups of dossiers, in the order the officer works through them. Pure, shared by the
 * popup list (components/DossierList) and the service's snapshot, which answers the first screen.
 */
import type { ListedView } from './views';

/**
 * What must be done today first, then the overdue, then the rest. `stale`: overdue and not seen on
 * any list for days: most likely finished on the portal, to check rather than to chase.
 */
export const POPUP_GROUPS = ['letter-due', 'due-today', 'overdue', 'near', 'ok', 'done-unconfirmed', 'unknown', 'stale'] as const;
export type PopupGroup = (typeof POPUP_GROUPS)[number];

/** Not seen on any list for this long, an overdue dossier folds into `stale`. */
export const STALE_AFTER_MS = 3 * 24 * 3_600_000;

export function groupOf(view: ListedView, now: number | null): PopupGroup | null {
  if (view.level === 'done') return null;
  if (view.level !== 'overdue') return view.level;
  const seen = view.unseenSince ?? view.lastSeenAt;
  const unseen = view.unseenSince !== null || (now !== null && seen !== null && now - Date.parse(seen) >= STALE_AFTER_MS);
  return unseen ? 'stale' : 'overdue';
}

/** Views (sorted by urgency) by group, in POPUP_GROUPS order; confirmed finished dossiers are left out. */
export function byGroup<V extends ListedView>(views: readonly V[], now: number | null): Map<PopupGroup, V[]> {
  const groups = new Map<PopupGroup, V[]>(POPUP_GROUPS.map((g) => [g, []]));
  for (const view of views) {
    const group = groupOf(view, now);
    if (group) groups.get(group)!.push(view);
  }
  return groups;
}

/** How many dossiers each group holds. */
export function groupCounts(views: readonly ListedView[], now: number | null): Record<PopupGroup, number> {
  const counts = Object.fromEntries(POPUP_GROUPS.map((g) => [g, 0])) as Record<PopupGroup, number>;
  for (const view of views) {
    const group = groupOf(view, now);
    if (group) counts[group]++;
  }
  return counts;
}
