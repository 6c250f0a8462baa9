import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import { dossierKey } from '../../utils/service/views';
import type { Settings } from '../../utils/settings';
import type { HistoryRow, ImportMode, ImportReport, LetterRow, StoredDossier } from '../../utils/service/records';
import { formatVnDateTime, toLocalDate } from '../../utils/time/vn-time';
import type { BackupCheck } from '../../utils/service/backup';
import { DataPanel } from './DataPanel';
import { DossierDetails } from './DossierDetails';
import { DossierTable } from './DossierTable';
import { ExportButtons, type Download } from './ExportButtons';
import { tableSheet } from './exports';
import { Filters } from './Filters';
import { StatsView } from './StatsView';
import { distinct, EMPTY_FILTER, filterRows, sortRows, tableRows, type Sort, type TableFilter, type TableRow } from './table-model';
import { PageNav, type PageLinks } from '../nav';
import './dashboard.css';

export interface DashboardData {
  dossiers: StoredDossier[];
  history: Omit<HistoryRow, 'id'>[];
  letters: Omit<LetterRow, 'id'>[];
  settings: Settings;
  now: number;
  /** How many dossiers are stored, when `dossiers` holds only the first screen of the table (no history, no letters). */
  total?: number;
}

/** Rows asked for first: more than a tall screen shows (about 25 at 1080 px). */
export const FIRST_ROWS = 40;

/** Everything the dashboard reads or writes, so the components never touch storage themselves. */
export interface DashboardSource {
  load: () => Promise<DashboardData>;
  /** The table's first `rows` rows in its default order, before `load` has read everything. */
  loadFirst?: (rows: number) => Promise<DashboardData>;
  exportBackup: () => Promise<void>;
  check: (file: File) => Promise<BackupCheck>;
  apply: (data: unknown, mode: ImportMode) => Promise<ImportReport>;
  clear: () => Promise<void>;
  download: Download;
}

const TABS = ['table', 'stats', 'data'] as const;
type Tab = (typeof TABS)[number];

const unitName = (s: Settings) => [s.letter.profile.parentBody, s.letter.profile.agency].map((x) => x.trim()).filter(Boolean).join(' — ');

export function DashboardApp({ source, links }: { source: DashboardSource; links?: PageLinks }) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('table');
  const [filter, setFilter] = useState<TableFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>({ column: 'level', descending: false });
  const [selected, setSelected] = useState<TableRow | null>(null);

  const failed = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = () =>
    source.load().then((d) => {
      setData(d);
      setSelected(null);
    }, failed);
  // The first screen, then everything (the selection made meanwhile stays).
  useEffect(() => {
    const first = source.loadFirst?.(FIRST_ROWS).then(setData, () => undefined) ?? Promise.resolve();
    void first.then(() => source.load()).then(setData, failed);
  }, []);

  const locale: Locale = data?.settings.locale ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'dash.title');
  }, [locale]);

  const rows = useMemo(() => (data ? tableRows(data.dossiers, data.now, data.settings.rules, locale) : []), [data, locale]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const choices = useMemo(
    () => ({
      portals: distinct(rows, (d) => d.portal),
      procedures: distinct(rows, (d) => d.procedure),
      handlers: distinct(rows, (d) => d.handler),
    }),
    [rows],
  );

  const byDossier = useMemo(() => {
    const map = new Map<string, { history: Omit<HistoryRow, 'id'>[]; letters: Omit<LetterRow, 'id'>[] }>();
    const entry = (portal: string, code: string) => {
      const key = dossierKey(portal, code);
      let e = map.get(key);
      if (!e) map.set(key, (e = { history: [], letters: [] }));
      return e;
    };
    for (const h of data?.history ?? []) entry(h.portal, h.code).history.push(h);
    for (const l of data?.letters ?? []) entry(l.portal, l.code).letters.push(l);
    return map;
  }, [data]);

  if (error) return <p role="alert" class="nh-msg">{t(locale, 'popup.error', { message: error })}</p>;
  if (!data) return <p class="nh-msg">{t(locale, 'popup.loading')}</p>;
  // Until every row is in: the stored count, unfiltered; the other tabs wait.
  const partial = data.total !== undefined && data.total > rows.length;
  const shownCount = partial && filter === EMPTY_FILTER ? data.total! : shown.length;
  const totalCount = partial ? data.total! : rows.length;

  const related = selected ? byDossier.get(selected.key) : undefined;
  return (
    <main class="nh-dashboard">
      {links && <PageNav links={links} current="dashboard" locale={locale} />}
      <header class="nh-dash-head">
        <h1>{t(locale, 'dash.title')}</h1>
        <p class="nh-print-only" data-testid="print-line">
          {t(locale, 'dash.printed', { at: formatVnDateTime(data.now), unit: unitName(data.settings) })}
        </p>
        <nav role="tablist" class="nh-tabs nh-no-print">
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-tab={id} onClick={() => setTab(id)}>
              {t(locale, `dash.tab.${id}`)}
            </button>
          ))}
        </nav>
      </header>

      {tab === 'table' && totalCount === 0 && (
        <section class="nh-dash-empty" data-testid="dash-empty">
          <p>{t(locale, 'dash.empty')}</p>
          <p>
            {t(locale, 'dash.emptyRestore')}{' '}
            <button type="button" onClick={() => setTab('data')}>
              {t(locale, 'dash.tab.data')}
            </button>
          </p>
        </section>
      )}
      {tab === 'table' && totalCount > 0 && (
        <section class="nh-table-view" aria-label={t(locale, 'dash.tab.table')}>
          <Filters filter={filter} choices={choices} onChange={setFilter} locale={locale} />
          <div class="nh-toolbar nh-no-print">
            <span class="nh-count" aria-live="polite" data-testid="row-count">
              {t(locale, 'popup.count', { shown: shownCount, total: totalCount })}
            </span>
            <button type="button" onClick={() => setFilter(EMPTY_FILTER)}>
              {t(locale, 'dash.filter.reset')}
            </button>
            <ExportButtons
              tables={() => tableSheet(shown, locale)}
              name={`nhac-han-ho-so-${toLocalDate(data.now)}`}
              sheet={t(locale, 'dash.tab.table')}
              locale={locale}
              download={source.download}
            />
            <button type="button" onClick={() => window.print()}>
              {t(locale, 'dash.print')}
            </button>
          </div>
          <div class="nh-table-layout">
            <DossierTable rows={shown} busy={partial} sort={sort} onSort={setSort} selected={selected?.key ?? null} onSelect={setSelected} locale={locale} />
            {selected && (
              <DossierDetails row={selected} history={related?.history ?? []} letters={related?.letters ?? []} locale={locale} onClose={() => setSelected(null)} />
            )}
          </div>
        </section>
      )}
      {tab !== 'table' && partial && <p class="nh-msg">{t(locale, 'popup.loading')}</p>}
      {tab === 'stats' && !partial && (
        <StatsView
          dossiers={data.dossiers}
          letters={data.letters}
          now={data.now}
          locale={locale}
          download={source.download}
        />
      )}
      {tab === 'data' && !partial && (
        <DataPanel
          locale={locale}
          onExport={source.exportBackup}
          check={source.check}
          apply={source.apply}
          clear={source.clear}
          onChanged={() => void reload()}
        />
      )}
    </main>
  );
}
