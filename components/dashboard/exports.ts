/** What the dashboard's CSV buttons write: the filtered table and the statistics, in the officer's language. */
import { toCsv, toCsvSections, type CsvCell } from '../../utils/csv';
import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { shownDate } from '../../utils/portals/precision';
import type { Counts, GroupStats, Statistics } from '../../utils/stats';
import { atMinutes, formatVnDate, formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import type { TableRow } from './table-model';

const dateTime = (iso: string | null) => (iso === null ? '' : formatVnDateTime(parseInstant(iso)));

export function tableCsv(rows: readonly TableRow[], locale: Locale): string {
  const header: MessageKey[] = [
    'dash.col.code',
    'dash.col.level',
    'dash.col.applicant',
    'dash.col.procedure',
    'dash.col.handler',
    'dash.col.receivedAt',
    'dash.col.dueAt',
    'dash.col.newDueAt',
    'dash.col.stepDueAt',
    'dash.col.letterDueBy',
    'dash.col.status',
    'dash.col.confirmed',
    'dash.col.portal',
    'dash.col.note',
    'dash.col.url',
  ];
  const yesNo = (b: boolean) => t(locale, b ? 'dash.yes' : 'dash.no');
  return toCsv(
    header.map((k) => t(locale, k)),
    rows.map(({ dossier: d, view, letterDueBy }) => [
      d.code,
      view.label,
      d.applicant,
      d.procedure,
      d.handler,
      shownDate(d, 'receivedAt', ''),
      shownDate(d, 'dueAt', ''),
      dateTime(d.appointmentOverride),
      shownDate(d, 'stepDueAt', ''),
      dateTime(letterDueBy),
      view.status,
      yesNo(d.confirmedOnSystem),
      d.portal,
      d.note,
      d.url,
    ]),
  );
}

/** The count columns shared by the totals and the group tables, in report order. */
export const COUNT_COLUMNS: { field: keyof Counts; label: MessageKey }[] = [
  { field: 'received', label: 'dash.stat.received' },
  { field: 'resolved', label: 'dash.stat.resolved' },
  { field: 'early', label: 'dash.stat.early' },
  { field: 'onTime', label: 'dash.stat.onTime' },
  { field: 'late', label: 'dash.stat.late' },
  { field: 'onTimeRate', label: 'dash.stat.rate' },
  { field: 'unknownDue', label: 'dash.stat.unknownDue' },
  { field: 'openOverdue', label: 'dash.stat.openOverdue' },
  { field: 'lettersIssued', label: 'dash.stat.letters' },
  { field: 'lettersLate', label: 'dash.stat.lettersLate' },
  { field: 'doneUnconfirmed', label: 'dash.stat.doneUnconfirmed' },
];

const countCells = (c: Counts): CsvCell[] => COUNT_COLUMNS.map(({ field }) => c[field]);

export function statsCsv(stats: Statistics, locale: Locale): string {
  const groupRows = (groups: GroupStats[]) => groups.map((g) => [g.key ?? t(locale, 'dash.unknownGroup'), ...countCells(g)]);
  const countHeader = COUNT_COLUMNS.map((c) => t(locale, c.label));
  const period = t(locale, 'dash.stat.period', {
    from: formatVnDate(atMinutes(stats.period.from, 0)),
    to: formatVnDate(atMinutes(stats.period.to, 0)),
  });
  return toCsvSections([
    { title: period, header: countHeader, rows: [countCells(stats.totals)] },
    { title: t(locale, 'dash.stat.byProcedure'), header: [t(locale, 'dash.col.procedure'), ...countHeader], rows: groupRows(stats.byProcedure) },
    { title: t(locale, 'dash.stat.byHandler'), header: [t(locale, 'dash.col.handler'), ...countHeader], rows: groupRows(stats.byHandler) },
    {
      title: t(locale, 'dash.stat.lateList'),
      header: (
        ['dash.col.code', 'dash.col.applicant', 'dash.col.procedure', 'dash.col.handler', 'dash.col.dueAt', 'dash.col.resolvedAt', 'dash.col.reason', 'dash.col.letter', 'dash.col.newDueAt'] as const
      ).map((k) => t(locale, k)),
      rows: stats.late.map((l) => [
        l.code,
        l.applicant,
        l.procedure,
        l.handler,
        dateTime(l.dueAt),
        l.resolvedAt === null ? t(locale, 'dash.stat.stillOpen') : dateTime(l.resolvedAt),
        l.reason ?? t(locale, 'dash.stat.noReason'),
        l.letterNumber,
        dateTime(l.newDueAt),
      ]),
    },
  ]);
}
