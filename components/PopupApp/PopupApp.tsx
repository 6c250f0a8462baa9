import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import type { DossierView } from '../../utils/service/views';
import type { ListRow } from '../../utils/service/records';
import { DossierList } from '../DossierList';
import { CoverageNote } from './CoverageNote';
import { matches } from './search';
import './popup.css';

export interface PopupData {
  views: DossierView[];
  locale: Locale;
  /** Recent lists read only in part (absent where lists are not tracked). */
  partialLists?: ListRow[];
}

export interface PopupAppProps {
  /** Sorted views and the officer's locale; called again after an action. */
  load: () => Promise<PopupData>;
  onOpen: (view: DossierView) => void;
  onConfirm: (view: DossierView) => Promise<void>;
  onLetter: (view: DossierView) => void;
  /** Above everything else, in the officer's locale (the extension's "this tab" line). */
  top?: (locale: Locale) => ComponentChildren;
}

export function PopupApp({ load, onOpen, onConfirm, onLetter, top }: PopupAppProps) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const reload = () => load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => void reload(), []);

  const shown = useMemo(() => (data ? data.views.filter((v) => v.level !== 'done' && matches(v, query)) : []), [data, query]);
  const locale = data?.locale ?? 'vi';
  useEffect(() => setSelected(0), [query]);

  if (error) return <p role="alert" class="nh-msg">{t(locale, 'popup.error', { message: error })}</p>;
  if (!data) return <p class="nh-msg">{t(locale, 'popup.loading')}</p>;
  const current = shown[Math.min(selected, shown.length - 1)];
  const total = data.views.filter((v) => v.level !== 'done').length;

  return (
    // `lang` on the list itself: inside the userscript panel the document is the portal's page.
    <main class="nh-popup" lang={locale}>
      {top?.(locale)}
      <header class="nh-head">
        <h1>{t(locale, 'popup.title')}</h1>
        <span class="nh-count" aria-live="polite">
          {t(locale, 'popup.count', { shown: shown.length, total })}
        </span>
      </header>
      <CoverageNote lists={data.partialLists ?? []} locale={locale} />
      <input
        type="search"
        class="nh-search"
        value={query}
        placeholder={t(locale, 'popup.search')}
        aria-label={t(locale, 'popup.search')}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {total === 0 ? (
        <p class="nh-msg">{t(locale, 'popup.empty')}</p>
      ) : shown.length === 0 ? (
        <p class="nh-msg">{t(locale, 'popup.noMatch', { query })}</p>
      ) : (
        <>
          <p class="nh-hint">{t(locale, 'popup.keys')}</p>
          <DossierList views={shown} locale={locale} selected={Math.min(selected, shown.length - 1)} onSelect={setSelected} onOpen={onOpen} />
        </>
      )}
      {current && (
        <div class="nh-actions" role="toolbar" aria-label={current.code}>
          <button type="button" onClick={() => onOpen(current)}>
            {t(locale, 'action.open')}
          </button>
          <button type="button" disabled={current.confirmedOnSystem} onClick={() => void onConfirm(current).then(reload)}>
            {t(locale, current.confirmedOnSystem ? 'action.confirmed' : 'action.confirm')}
          </button>
          <button type="button" onClick={() => onLetter(current)}>
            {t(locale, 'action.letter')}
          </button>
        </div>
      )}
    </main>
  );
}
