import { useMemo, useState } from 'preact/hooks';
import { t, type Locale } from '../../utils/i18n';
import type { LetterRow, StoredDossier } from '../../utils/service/records';
import { computeStatistics, PERIOD_PRESETS, presetPeriod, type Counts, type GroupStats, type Period, type PeriodPreset } from '../../utils/stats';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import { showDate } from '../inputs';
import { TimelinessBars } from './Charts';
import { ExportButtons, type Download } from './ExportButtons';
import { COUNT_COLUMNS, statsSheet } from './exports';
import { DateInput } from '../inputs';

export interface StatsViewProps {
  dossiers: readonly StoredDossier[];
  letters: readonly Omit<LetterRow, 'id'>[];
  now: number;
  locale: Locale;
  download: Download;
}

const dateTime = (iso: string | null) => (iso === null ? '—' : formatVnDateTime(parseInstant(iso)));
const cell = (c: Counts, field: keyof Counts, locale: Locale) => {
  const v = c[field];
  return v === null ? '—' : field === 'onTimeRate' ? `${v.toLocaleString(locale)} %` : v;
};

/** The on-time rate stands beside the dossiers still open and overdue, which it does not count. */
const TILE_ORDER = (() => {
  const rest = COUNT_COLUMNS.filter((c) => c.field !== 'openOverdue');
  const at = rest.findIndex((c) => c.field === 'onTimeRate') + 1;
  return [...rest.slice(0, at), COUNT_COLUMNS.find((c) => c.field === 'openOverdue')!, ...rest.slice(at)];
})();

const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

export function StatsView({ dossiers, letters, now, locale, download }: StatsViewProps) {
  const [period, setPeriod] = useState<Period>(() => presetPeriod('this-month', now));
  const stats = useMemo(() => computeStatistics(dossiers, letters, period, now), [dossiers, letters, period, now]);
  const tot = stats.totals;
  const openLate = tot.openOverdue;
  // A range typed backwards is read the right way round.
  const setBound = (bound: keyof Period) => (value: string) => {
    const next = { ...period, [bound]: value };
    setPeriod(next.from <= next.to ? next : { from: next.to, to: next.from });
  };

  const groupTable = (caption: string, groups: GroupStats[], keyLabel: string) => (
    <table class="nh-mini nh-stats-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          {COUNT_COLUMNS.map((c) => (
            <th scope="col" key={c.field}>
              {t(locale, c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key ?? ''}>
            <th scope="row">{g.key ?? t(locale, 'dash.unknownGroup')}</th>
            {COUNT_COLUMNS.map((c) => (
              <td key={c.field}>{cell(g, c.field, locale)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section class="nh-stats" aria-labelledby="nh-stats-title">
      <h2 id="nh-stats-title">{t(locale, 'dash.tab.stats')}</h2>
      <div class="nh-toolbar nh-no-print">
        {PERIOD_PRESETS.map((p: PeriodPreset) => (
          <button type="button" key={p} data-period={p} aria-pressed={samePeriod(period, presetPeriod(p, now))} onClick={() => setPeriod(presetPeriod(p, now))}>
            {t(locale, `dash.period.${p}`)}
          </button>
        ))}
        <label>
          {t(locale, 'dash.period.from')}
          <DateInput name="from" value={period.from} onChange={setBound('from')} invalidHint={t(locale, 'input.dateHint')} />
        </label>
        <label>
          {t(locale, 'dash.period.to')}
          <DateInput name="to" value={period.to} onChange={setBound('to')} invalidHint={t(locale, 'input.dateHint')} />
        </label>
        <ExportButtons tables={() => statsSheet(stats, locale)} name={`nhac-han-thong-ke-${period.from}-${period.to}`} sheet={t(locale, 'dash.tab.stats')} locale={locale} download={download} />
        <button type="button" onClick={() => window.print()}>
          {t(locale, 'dash.print')}
        </button>
      </div>
      <p class="nh-period" data-testid="period">
        {t(locale, 'dash.stat.period', { from: showDate(period.from), to: showDate(period.to) })}
      </p>
      <p class="nh-note">{t(locale, 'dash.stat.caveat')}</p>

      <dl class="nh-tiles" data-testid="totals">
        {TILE_ORDER.map((c) => (
          <div key={c.field} class={`nh-tile nh-tile-${c.field}${c.field === 'onTimeRate' && openLate ? ' nh-tile-warn' : ''}`} data-field={c.field}>
            <dt>{t(locale, c.label)}</dt>
            <dd>{cell(tot, c.field, locale)}</dd>
            {c.field === 'onTimeRate' && openLate > 0 && <p class="nh-tile-note">{t(locale, 'dash.stat.rateOpen', { count: openLate })}</p>}
          </div>
        ))}
      </dl>

      <TimelinessBars title={t(locale, 'dash.stat.byProcedure')} groups={stats.byProcedure} locale={locale} />
      <TimelinessBars title={t(locale, 'dash.stat.byHandler')} groups={stats.byHandler} locale={locale} />
      {groupTable(t(locale, 'dash.stat.byProcedure'), stats.byProcedure, t(locale, 'dash.col.procedure'))}
      {groupTable(t(locale, 'dash.stat.byHandler'), stats.byHandler, t(locale, 'dash.col.handler'))}
      {[...stats.byProcedure, ...stats.byHandler].some((g) => g.key === null) && <p class="nh-note" data-testid="unknown-group">{t(locale, 'dash.unknownGroupWhy')}</p>}

      <h3>{t(locale, 'dash.stat.lateList')}</h3>
      {stats.late.length === 0 ? (
        <p>{t(locale, 'dash.stat.noLate')}</p>
      ) : (
        <table class="nh-mini" data-testid="late-list">
          <thead>
            <tr>
              {(['dash.col.code', 'dash.col.procedure', 'dash.col.handler', 'dash.col.dueAt', 'dash.col.resolvedAt', 'dash.col.reason', 'dash.col.letter'] as const).map((k) => (
                <th scope="col" key={k}>
                  {t(locale, k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.late.map((l) => (
              <tr key={`${l.portal}|${l.code}`}>
                <td class="nh-mono">{l.code}</td>
                <td>{l.procedure ?? '—'}</td>
                <td>{l.handler ?? '—'}</td>
                <td>{dateTime(l.dueAt)}</td>
                <td>{l.resolvedAt === null ? t(locale, 'dash.stat.stillOpen') : dateTime(l.resolvedAt)}</td>
                <td class={l.reason === null ? 'nh-missing' : undefined}>{l.reason ?? t(locale, 'dash.stat.noReason')}</td>
                <td>{l.letterNumber ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
