/**
 * What the dashboard's and the letter register's export buttons write: the filtered table, the
 * statistics and the register, as tables for CSV (utils/csv) or Excel (utils/xlsx, loaded on
 * demand), in the officer's language: Vietnamese headers, labels instead of ids.
 */
import { toCsv, type CsvCell, type CsvSeparator, type InstantCell, type SheetTable } from '../../utils/csv';
import { portalSource } from '../../utils/service/portal-label';
import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { isDateOnly } from '../../utils/portals/precision';
import type { DateField } from '../../utils/portals/types';
import type { Counts, GroupStats, Statistics } from '../../utils/stats';
import { atMinutes, formatVnDate, parseInstant } from '../../utils/time/vn-time';
import type { RegisterEntry } from '../letter/LetterRegister';
import type { TableRow } from './table-model';

const dateTime = (iso: string | null): InstantCell | null => (iso === null ? null : { at: parseInstant(iso) });

/** A record's date as the portal showed it: a date cell, without its time when the portal showed none. */
const shownCell = (d: TableRow['dossier'], field: DateField): InstantCell | null => {
  const cell = dateTime(d[field]);
  return cell && isDateOnly(d, field) ? { ...cell, dateOnly: true } : cell;
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook writer (and its library) is loaded only when an officer asks for a workbook. */
export async function xlsxBlob(tables: readonly SheetTable[], sheetName: string): Promise<Blob> {
  const { toXlsx } = await import('../../utils/xlsx');
  return toXlsx(tables, sheetName);
}

/** The list separator of Excel under the officer's regional format: `;` in Vietnam (decimal comma), `,` elsewhere. */
export const csvSeparator = (locale: Locale): CsvSeparator => (locale === 'vi' ? ';' : ',');

export function tableSheet(rows: readonly TableRow[], locale: Locale): SheetTable[] {
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
  return [{
    header: header.map((k) => t(locale, k)),
    rows: rows.map(({ dossier: d, view, letterDueBy }) => [
      d.code,
      view.label,
      d.applicant,
      d.procedure,
      d.handler,
      shownCell(d, 'receivedAt'),
      shownCell(d, 'dueAt'),
      dateTime(d.appointmentOverride),
      shownCell(d, 'stepDueAt'),
      dateTime(letterDueBy),
      // The portal's own wording, else our label: never an id such as "unknown".
      d.statusText ?? t(locale, `dash.status.${d.status}`),
      yesNo(d.confirmedOnSystem),
      portalSource(d.portal, d.url, locale),
      d.note,
      d.url,
    ]),
  }];
}

export const tableCsv = (rows: readonly TableRow[], locale: Locale): string => toCsv(tableSheet(rows, locale), csvSeparator(locale));

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

export function statsSheet(stats: Statistics, locale: Locale): SheetTable[] {
  const groupRows = (groups: GroupStats[]) => groups.map((g) => [g.key ?? t(locale, 'dash.unknownGroup'), ...countCells(g)]);
  const countHeader = COUNT_COLUMNS.map((c) => t(locale, c.label));
  const period = t(locale, 'dash.stat.period', {
    from: formatVnDate(atMinutes(stats.period.from, 0)),
    to: formatVnDate(atMinutes(stats.period.to, 0)),
  });
  return [
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
  ];
}

export const statsCsv = (stats: Statistics, locale: Locale): string => toCsv(statsSheet(stats, locale), csvSeparator(locale));

/** Sổ theo dõi thư xin lỗi of one year, in number order, as the register page shows it. */
export function registerSheet(entries: readonly RegisterEntry[], year: number, locale: Locale): SheetTable[] {
  const columns = ['number', 'issued', 'code', 'applicant', 'reason', 'newDate', 'late'] as const;
  return [{
    title: t(locale, 'letter.register', { year }),
    header: columns.map((c) => t(locale, `letter.col.${c}`)),
    rows: entries
      .filter((e) => e.year === year)
      .sort((a, b) => a.number - b.number)
      .map((e) => [e.numberText, dateTime(e.issuedAt), e.code, e.applicant, e.reason, dateTime(e.newDueAt), e.late ? t(locale, 'letter.yes') : '']),
  }];
}
