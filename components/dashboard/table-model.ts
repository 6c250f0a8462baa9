/** The dashboard table as data: one row per stored dossier, filtered and sorted without the DOM. */
import type { WorkRules } from '../../utils/calendar';
import { letterDueBy } from '../../utils/deadline';
import { dossierView, levelIndex, type DossierView, type ViewLevel } from '../../utils/service/views';
import type { Locale } from '../../utils/i18n';
import type { DossierStatus } from '../../utils/portals/types';
import type { StoredDossier } from '../../utils/service/records';
import { parseInstant, toLocalDate, type LocalDate } from '../../utils/time/vn-time';
import { fold } from '../PopupApp/search';

export interface TableRow {
  key: string;
  dossier: StoredDossier;
  view: DossierView;
  /** When the apology letter is owed (1 working day before the appointment); null once it is moot. */
  letterDueBy: string | null;
  /** Folded text of the searchable fields, computed once per load rather than per keystroke. */
  haystack: string;
}

export function tableRows(dossiers: readonly StoredDossier[], now: number, rules: WorkRules, locale: Locale): TableRow[] {
  return dossiers.map((d) => {
    const view = dossierView(d, now, rules, locale);
    const open = view.level !== 'done' && view.level !== 'done-unconfirmed';
    return {
      key: view.key,
      dossier: d,
      view,
      letterDueBy: open && d.dueAt !== null && d.appointmentOverride === null ? letterDueBy(d.dueAt, rules) : null,
      haystack: fold([d.code, d.applicant, d.procedure, d.handler, d.statusText, d.note].filter(Boolean).join(' ')),
    };
  });
}

export interface TableFilter {
  text: string;
  portal: string;
  status: DossierStatus | '';
  level: ViewLevel | '';
  procedure: string;
  handler: string;
  receivedFrom: LocalDate | '';
  receivedTo: LocalDate | '';
  dueFrom: LocalDate | '';
  dueTo: LocalDate | '';
}

export const EMPTY_FILTER: TableFilter = {
  text: '',
  portal: '',
  status: '',
  level: '',
  procedure: '',
  handler: '',
  receivedFrom: '',
  receivedTo: '',
  dueFrom: '',
  dueTo: '',
};

const dayOf = (iso: string | null) => (iso === null ? null : toLocalDate(parseInstant(iso)));

/** A date bound set on the filter excludes rows without that date: "received in May" is not "unknown". */
function inRange(iso: string | null, from: LocalDate | '', to: LocalDate | ''): boolean {
  if (!from && !to) return true;
  const day = dayOf(iso);
  return day !== null && (!from || day >= from) && (!to || day <= to);
}

export function filterRows(rows: readonly TableRow[], f: TableFilter): TableRow[] {
  const words = fold(f.text).split(' ').filter(Boolean);
  return rows.filter(({ dossier: d, view, haystack }) => {
    if (f.portal && d.portal !== f.portal) return false;
    if (f.status && d.status !== f.status) return false;
    if (f.level && view.level !== f.level) return false;
    if (f.procedure && d.procedure !== f.procedure) return false;
    if (f.handler && d.handler !== f.handler) return false;
    if (!inRange(d.receivedAt, f.receivedFrom, f.receivedTo)) return false;
    // The due filter follows the appointment in force (a letter may have moved it).
    if (!inRange(d.appointmentOverride ?? d.dueAt, f.dueFrom, f.dueTo)) return false;
    return words.every((w) => haystack.includes(w));
  });
}

export const SORT_COLUMNS = [
  'level',
  'code',
  'applicant',
  'procedure',
  'handler',
  'receivedAt',
  'dueAt',
  'stepDueAt',
  'letterDueBy',
  'status',
  'portal',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

const collator = new Intl.Collator('vi', { numeric: true });

function sortValue(row: TableRow, column: Exclude<SortColumn, 'level'>): string | null {
  switch (column) {
    case 'letterDueBy':
      return row.letterDueBy;
    case 'dueAt':
      return row.dossier.appointmentOverride ?? row.dossier.dueAt;
    case 'status':
      return row.view.status;
    default:
      return row.dossier[column];
  }
}

/** Stored instants are all `…+07:00`, so they compare as text. Empty values stay last either way. */
export function sortRows(rows: readonly TableRow[], sort: Sort): TableRow[] {
  const sign = sort.descending ? -1 : 1;
  const compare =
    sort.column === 'level'
      ? (a: TableRow, b: TableRow) => sign * (levelIndex(a.view.level) - levelIndex(b.view.level) || a.view.rank - b.view.rank)
      : (a: TableRow, b: TableRow) => {
          const column = sort.column as Exclude<SortColumn, 'level'>;
          const x = sortValue(a, column);
          const y = sortValue(b, column);
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          return sign * collator.compare(x, y);
        };
  return [...rows].sort((a, b) => compare(a, b) || collator.compare(a.dossier.code, b.dossier.code));
}

/** Choices for a select filter, in Vietnamese order. */
export function distinct(rows: readonly TableRow[], pick: (d: StoredDossier) => string | null): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const v = pick(row.dossier);
    if (v) values.add(v);
  }
  return [...values].sort(collator.compare);
}
