/**
 * What the last refresh computed, kept so that the popup and the dashboard show their first rows
 * without the store being read and every view recomputed first (5,000 views cost the popup about
 * 0.3 s). Pure: the service decides when a snapshot may be used (docs/performance.md).
 */
import type { Locale } from '../i18n';
import { byGroup, type PopupGroup } from './popup-groups';
import type { DossierKey, ListRow } from './records';
import { listed, type DossierView, type ListedView } from './views';

/** Every stored dossier's view at `at`, sorted by urgency (compareViews). */
export interface ViewSnapshot {
  at: number;
  locale: Locale;
  views: DossierView[];
  /** Recent lists read only in part. */
  partialLists: ListRow[];
}

/**
 * The popup's answer: the dossiers it lists (all but confirmed finished ones) in its own group
 * order, or only the first of them, with the counts of them all.
 */
export interface PopupSnapshot {
  /** The instant the views were computed at. */
  at: number;
  locale: Locale;
  views: ListedView[];
  partialLists: ListRow[];
  counts: Record<PopupGroup, number>;
  /** How many dossiers the popup lists; `views.length` unless this is a first screen. */
  total: number;
}

/** Views are computed again rather than answered from a snapshot older than this (the alarm's period). */
export const FRESH_MS = 60_000;

/** Whether views computed at `at` still hold at `now` (a clock set back makes them unknown). */
export function isCurrent(at: number, now: number): boolean {
  return now >= at && now - at < FRESH_MS;
}

/** The popup's dossiers in group order; `first`: only that many (the first screen). */
export function popupAnswer(snapshot: ViewSnapshot, first?: number): PopupSnapshot {
  const groups = byGroup(snapshot.views, snapshot.at);
  const inOrder = [...groups.values()].flat();
  return {
    at: snapshot.at,
    locale: snapshot.locale,
    views: (first === undefined ? inOrder : inOrder.slice(0, first)).map(listed),
    partialLists: snapshot.partialLists,
    counts: Object.fromEntries([...groups].map(([g, members]) => [g, members.length])) as Record<PopupGroup, number>,
    total: inOrder.length,
  };
}

/** A shorter first screen of an answer (already in group order). */
export function firstScreen(answer: PopupSnapshot, first: number): PopupSnapshot {
  return answer.views.length <= first ? answer : { ...answer, views: answer.views.slice(0, first) };
}

/** The dashboard's first screen: the keys of its first rows in the table's default order, and how many rows there are. */
export interface TableHead {
  at: number;
  total: number;
  keys: DossierKey[];
}

export function tableHead(snapshot: ViewSnapshot, rows: number): TableHead {
  return { at: snapshot.at, total: snapshot.views.length, keys: snapshot.views.slice(0, rows).map((v): DossierKey => [v.portal, v.code]) };
}
