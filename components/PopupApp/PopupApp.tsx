import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { formatVnDateTime } from '../../utils/time/vn-time';
import type { ListedView } from '../../utils/service/views';
import type { ListRow } from '../../utils/service/records';
import { DossierList } from '../DossierList';
import { toRows } from '../DossierList/rows';
import { groupCounts, type PopupGroup } from '../../utils/service/popup-groups';
import { CoverageNote } from './CoverageNote';
import { matches } from './search';
import './popup.css';

export interface PopupData {
  views: ListedView[];
  locale: Locale;
  /** Recent lists read only in part (absent where lists are not tracked). */
  partialLists?: ListRow[];
  /** The instant the views were computed at: dossiers unseen for days fold by it. */
  now?: number;
  /** Per group and in all, the dossiers listed, when `views` holds only the first screen of them. */
  counts?: Record<PopupGroup, number>;
  total?: number;
  /** The views are older than the minute they would be current for: said, until the current ones come. */
  asOf?: number;
}

/** Addresses of the other pages (absent in the userscript, which has none). */
export interface PopupLinks {
  dashboard: string;
  register: string;
  settings: string;
  guide: string;
  /** Today's list, ready for paper. */
  printToday: string;
}

export interface PopupAppProps {
  /**
   * Sorted views and the officer's locale; called again after an action. May hand `early` a first
   * screen (kept from the last refresh) before it resolves with everything.
   */
  load: (early?: (first: PopupData) => void) => Promise<PopupData>;
  onOpen: (view: ListedView) => void;
  /** Marks (or, to undo, unmarks) a finished dossier as confirmed in the portal's software. */
  onConfirm: (view: ListedView, confirmed: boolean) => Promise<void>;
  onLetter: (view: ListedView) => void;
  /** Above everything else, in the officer's locale (the extension's "this tab" line). */
  top?: (locale: Locale) => ComponentChildren;
  links?: PopupLinks;
  /** Opens one of `links` (a tab in the extension). */
  onNavigate?: (url: string) => void;
}

/** The strip's counts, most urgent first; each jumps to its group. */
const STRIP: readonly { key: 'overdue' | 'letterToday' | 'dueToday' | 'near'; group: PopupGroup }[] = [
  { key: 'overdue', group: 'overdue' },
  { key: 'letterToday', group: 'letter-due' },
  { key: 'dueToday', group: 'due-today' },
  { key: 'near', group: 'near' },
];

export function PopupApp({ load, onOpen, onConfirm, onLetter, top, links, onNavigate }: PopupAppProps) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [jump, setJump] = useState<{ group: PopupGroup } | null>(null);
  const [confirmed, setConfirmed] = useState<ListedView | null>(null);
  const failed = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = () => load().then(setData, failed);
  useEffect(() => void load(setData).then(setData, failed), []);

  const shown = useMemo(() => (data ? data.views.filter((v) => v.level !== 'done' && matches(v, query)) : []), [data, query]);
  const locale = data?.locale ?? 'vi';
  const now = data?.now ?? null;
  // A first screen counts from the service's figures until every dossier is in (a search waits for them).
  const firstOnly = data?.total !== undefined && data.views.length < data.total;
  const partial = firstOnly && query === '' ? data?.counts : undefined;
  const counts = useMemo(() => partial ?? groupCounts(shown, now), [partial, shown, now]);
  useEffect(() => setSelected(0), [query]);

  if (error) return <p role="alert" class="nh-msg">{t(locale, 'popup.error', { message: error })}</p>;
  if (!data) return <p class="nh-msg">{t(locale, 'popup.loading')}</p>;
  const total = partial ? data.total! : data.views.filter((v) => v.level !== 'done').length;
  const shownCount = partial ? total : shown.length;
  const current = shown.length > 0 ? currentView(shown, now, selected) : undefined;
  const confirm = (view: ListedView, value: boolean) =>
    void onConfirm(view, value).then(() => {
      setConfirmed(value ? view : null);
      return reload();
    });
  const go = (url: string) => (e: Event) => {
    if (!onNavigate) return;
    e.preventDefault();
    onNavigate(url);
  };

  return (
    // `lang` on the list itself: inside the userscript panel the document is the portal's page.
    <main class="nh-popup" lang={locale}>
      {top?.(locale)}
      <header class="nh-head">
        <h1>{t(locale, 'popup.title')}</h1>
        <span class="nh-count" aria-live="polite">
          {t(locale, 'popup.count', { shown: shownCount, total })}
        </span>
      </header>
      {links && (
        <nav class="nh-links" aria-label={t(locale, 'nav.label')}>
          <a href={links.dashboard} onClick={go(links.dashboard)}>{t(locale, 'nav.dashboard')}</a>
          <a href={links.register} onClick={go(links.register)}>{t(locale, 'nav.register')}</a>
          <a href={links.settings} onClick={go(links.settings)}>{t(locale, 'nav.settings')}</a>
          <a href={links.guide} onClick={go(links.guide)}>{t(locale, 'nav.guide')}</a>
        </nav>
      )}
      {total > 0 && (
        <div class="nh-strip" role="group" aria-label={t(locale, 'popup.strip')}>
          {STRIP.map(({ key, group }) => {
            const n = key === 'overdue' ? counts.overdue + counts.stale : counts[group];
            const target: PopupGroup = key === 'overdue' && counts.overdue === 0 ? 'stale' : group;
            return (
              <button type="button" key={key} class={`nh-strip-item nh-strip-${group}`} data-group={target} disabled={n === 0} onClick={() => setJump({ group: target })}>
                {t(locale, `popup.strip.${key}`)} <b>{n}</b>
              </button>
            );
          })}
        </div>
      )}
      {data.asOf !== undefined && (
        <p class="nh-asof" role="status">
          {t(locale, 'popup.asOf', { at: formatVnDateTime(data.asOf) })}
        </p>
      )}
      <CoverageNote lists={data.partialLists ?? []} locale={locale} />
      {total > 0 && (
        <input
          type="search"
          class="nh-search"
          value={query}
          placeholder={t(locale, 'popup.search')}
          aria-label={t(locale, 'popup.search')}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      )}
      {total === 0 ? (
        <div class="nh-empty">
          <p>{t(locale, 'popup.empty')}</p>
          <p>{t(locale, 'popup.emptyPortal')}</p>
          {links && (
            <p>
              <a href={links.guide} onClick={go(links.guide)}>{t(locale, 'nav.guide')}</a>
              {' · '}
              <a href={links.settings} onClick={go(links.settings)}>{t(locale, 'nav.settings')}</a>
            </p>
          )}
        </div>
      ) : shown.length === 0 ? (
        <p class="nh-msg">{t(locale, 'popup.noMatch', { query })}</p>
      ) : (
        <DossierList views={shown} counts={partial} busy={firstOnly} locale={locale} now={now} jump={jump} selected={Math.min(selected, shown.length - 1)} onSelect={setSelected} onOpen={onOpen} />
      )}
      {confirmed && (
        <p class="nh-done" role="status">
          {t(locale, 'action.confirmDone', { code: confirmed.code })}{' '}
          <button type="button" class="nh-undo" onClick={() => confirm(confirmed, false)}>
            {t(locale, 'action.unconfirm')}
          </button>
        </p>
      )}
      {current && (
        <div class="nh-actions" role="toolbar" aria-label={current.code}>
          <button type="button" onClick={() => onOpen(current)}>
            {t(locale, 'action.open')}
          </button>
          {current.level === 'done-unconfirmed' && (
            <button type="button" title={t(locale, 'action.confirmWhy')} onClick={() => confirm(current, true)}>
              {t(locale, 'action.confirm')}
            </button>
          )}
          <button type="button" onClick={() => onLetter(current)}>
            {t(locale, 'action.letter')}
          </button>
          {links && (
            <a class="nh-print-today" href={links.printToday} onClick={go(links.printToday)}>
              {t(locale, 'popup.printToday')}
            </a>
          )}
        </div>
      )}
    </main>
  );
}

/** The selected dossier in the list's own (grouped) order. */
function currentView(shown: readonly ListedView[], now: number | null, selected: number): ListedView | undefined {
  const ordered = toItems(shown, now);
  return ordered[Math.min(selected, ordered.length - 1)];
}

function toItems(views: readonly ListedView[], now: number | null): ListedView[] {
  return toRows(views, now).flatMap((r) => (r.kind === 'item' ? [r.view] : []));
}
