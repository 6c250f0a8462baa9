import { t, type Locale, type MessageKey } from '../../utils/i18n';
import { shownDate } from '../../utils/portals/precision';
import { formatVnDateTime, parseInstant } from '../../utils/time/vn-time';
import type { Sort, SortColumn, TableRow } from './table-model';
import { useRowWindow } from './use-window';

export const ROW_HEIGHT = 34;

const COLUMNS: { column: SortColumn; label: MessageKey }[] = [
  { column: 'level', label: 'dash.col.level' },
  { column: 'code', label: 'dash.col.code' },
  { column: 'applicant', label: 'dash.col.applicant' },
  { column: 'procedure', label: 'dash.col.procedure' },
  { column: 'handler', label: 'dash.col.handler' },
  { column: 'receivedAt', label: 'dash.col.receivedAt' },
  { column: 'dueAt', label: 'dash.col.dueAt' },
  { column: 'stepDueAt', label: 'dash.col.stepDueAt' },
  { column: 'letterDueBy', label: 'dash.col.letterDueBy' },
  { column: 'status', label: 'dash.col.status' },
  { column: 'portal', label: 'dash.col.portal' },
];

const dateTime = (iso: string | null) => (iso === null ? '—' : formatVnDateTime(parseInstant(iso)));

export interface DossierTableProps {
  rows: readonly TableRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: string | null;
  onSelect: (row: TableRow) => void;
  locale: Locale;
  /** Only the first screen of rows is in; the rest is on its way (keys move among the rows in). */
  busy?: boolean;
}

/**
 * All stored dossiers in one table; only the rows in view are in the DOM (10,000 rows scroll
 * like 50). Column headers sort; arrow keys move the selection; the selected row's details
 * show beside the table.
 */
export function DossierTable({ rows, sort, onSort, selected, onSelect, locale, busy = false }: DossierTableProps) {
  const win = useRowWindow(rows.length, ROW_HEIGHT);
  const index = rows.findIndex((r) => r.key === selected);

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const next = moves[e.key];
    if (next === undefined || rows.length === 0) return;
    e.preventDefault();
    const clamped = Math.max(0, Math.min(rows.length - 1, next));
    onSelect(rows[clamped]!);
    win.reveal(clamped);
  };

  const sortBy = (column: SortColumn) =>
    onSort({ column, descending: sort.column === column ? !sort.descending : false });

  return (
    <div class="nh-table-box" ref={win.ref} onScroll={win.onScroll} tabIndex={0} onKeyDown={onKeyDown} aria-label={t(locale, 'dash.table.label')} aria-busy={busy}>
      <table class="nh-table" role="grid" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label }) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" data-sort={column} onClick={() => sortBy(column)}>
                  {t(locale, label)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && <tr aria-hidden="true" style={{ height: `${win.padTop}px` }} />}
          {rows.slice(win.start, win.end).map((row, i) => {
            const d = row.dossier;
            return (
              <tr
                key={row.key}
                class="nh-row"
                data-code={d.code}
                data-level={row.view.level}
                aria-rowindex={win.start + i + 2}
                aria-selected={row.key === selected}
                onClick={() => onSelect(row)}
              >
                <td>
                  <span class={`nh-pill nh-${row.view.level}`}>{row.view.label}</span>
                </td>
                <td class="nh-mono">{d.code}</td>
                <td>{d.applicant ?? '—'}</td>
                <td title={d.procedure ?? undefined}>{d.procedure ?? '—'}</td>
                <td>{d.handler ?? '—'}</td>
                <td>{shownDate(d, 'receivedAt', '—')}</td>
                <td data-col="dueAt">
                  {d.appointmentOverride ? dateTime(d.appointmentOverride) : shownDate(d, 'dueAt', '—')}
                  {d.appointmentOverride && <span class="nh-moved" title={t(locale, 'dash.movedFrom', { date: shownDate(d, 'dueAt', '—') })}> *</span>}
                </td>
                <td>{shownDate(d, 'stepDueAt', '—')}</td>
                <td data-col="letterDueBy">{dateTime(row.letterDueBy)}</td>
                <td>{row.view.status}</td>
                <td>{row.view.source}</td>
              </tr>
            );
          })}
          {win.padBottom > 0 && <tr aria-hidden="true" style={{ height: `${win.padBottom}px` }} />}
        </tbody>
      </table>
    </div>
  );
}
