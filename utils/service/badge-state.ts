/** What the toolbar badge shows: a count of dossiers needing action, a colour and a breakdown. */
import { t, type Locale } from '../i18n';
import { VIEW_LEVELS, type DossierView, type ViewLevel } from './views';

export interface BadgeCounts {
  overdue: boolean;
  letterDue: boolean;
  dueToday: boolean;
  near: boolean;
}

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  count: number;
}

export const BADGE_COLORS = { red: '#c62828', amber: '#e08a00', green: '#2e7d32' } as const;

const COUNTED: { level: ViewLevel; setting: keyof BadgeCounts }[] = [
  { level: 'overdue', setting: 'overdue' },
  { level: 'letter-due', setting: 'letterDue' },
  { level: 'due-today', setting: 'dueToday' },
  { level: 'near', setting: 'near' },
];

export function levelCounts(views: readonly DossierView[]): Record<ViewLevel, number> {
  const counts = Object.fromEntries(VIEW_LEVELS.map((l) => [l, 0])) as Record<ViewLevel, number>;
  for (const v of views) counts[v.level]++;
  return counts;
}

/**
 * Dossiers that left the officer's list (`unseenSince`) are not counted: their state on the
 * portal is no longer known. Rows never seen were never stored, so they are not "0 overdue":
 * with `partialLists` (recent lists read only in part) a zero count shows no number at all, and
 * the tooltip says the counts cover only the dossiers seen.
 */
export function badgeState(views: readonly DossierView[], settings: BadgeCounts, locale: Locale, partialLists: number): BadgeState {
  const partial = partialLists > 0 ? [t(locale, 'badge.partial', { count: partialLists })] : [];
  const live = views.filter((v) => v.unseenSince === null);
  if (live.length === 0) {
    return { text: '', color: BADGE_COLORS.green, title: [t(locale, 'badge.titleEmpty'), ...partial].join('\n'), count: 0 };
  }
  const counts = levelCounts(live);
  const counted = COUNTED.filter((c) => settings[c.setting]);
  const count = counted.reduce((sum, c) => sum + counts[c.level], 0);
  const color =
    settings.overdue && counts.overdue > 0 ? BADGE_COLORS.red : count > 0 ? BADGE_COLORS.amber : BADGE_COLORS.green;
  const breakdown = COUNTED.map((c) => t(locale, 'badge.line', { label: t(locale, `level.${c.level}`), count: counts[c.level] }));
  return {
    text: count > 999 ? '999+' : count === 0 && partial.length > 0 ? '' : String(count),
    color,
    title: [t(locale, 'badge.title', { count }), ...partial, ...breakdown].join('\n'),
    count,
  };
}
