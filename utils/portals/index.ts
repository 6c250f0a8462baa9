/**
 * Portal page → dossier records. Pure reading of the current DOM (no mutation, no network), so it is
 * idempotent and can simply run again after SPA navigation or re-rendering. Used alike by the content
 * script, the userscript and `npm run cli -- inspect`.
 */
import type { PortalAdapter } from './adapter';
import { readCoverage, type Coverage } from './coverage';
import { readDetail } from './generic/detail';
import { readRow, type RowContext } from './generic/extract';
import { findDossierGrids } from './generic/index';
import { dataRows, gridCache, gridOf, headerOf, withGridCache, type ColumnMap } from './generic/grid';
import { isLookupPage, isReportPage, type PageKind } from './page-kind';
import { ADAPTERS } from './registry';
import { elementText } from './parse/text';
import { runInSlices, runNow, type Steps } from './steps';
import { taughtFor } from './taught/guard';
import { compileTaught, untrustedDates } from './taught/read';
import type { TaughtAdapter } from './taught/types';
import type { DossierRecord } from './types';

export type { Coverage } from './coverage';
export type { PortalAdapter } from './adapter';
export type { PageKind } from './page-kind';

export interface RecognizedRow {
  record: DossierRecord;
  row: Element;
  /** Where a chip goes: the cell holding the code, else the composite or due-date cell. */
  anchor: Element;
  problems: string[];
}

/** How a taught portal (utils/portals/taught) fared on this page. */
export type TaughtState =
  | { state: 'ok'; label: string; path: string }
  /** Its rows or its code / appointment cells are gone: the portal changed its markup. */
  | { state: 'changed'; label: string; path: string }
  /** Some taught date cell no longer reads as a date: no date of the list is trusted. */
  | { state: 'dates'; label: string; path: string; codes: string[] };

export interface Recognition {
  portal: string | null;
  /** null: nothing recognised. Only a 'list' can ever be complete. */
  kind: PageKind | null;
  coverage: Coverage | null;
  rows: RecognizedRow[];
  problems: string[];
  /** Set when a taught portal matches the page's URL. */
  taught?: TaughtState;
}

export interface RecognizeOptions {
  /** Reference clock (epoch ms) for telling placeholder dates from real ones. */
  now?: number;
  /** Portals the officer taught (settings): tried before the built-in adapters. */
  taught?: readonly TaughtAdapter[];
  /**
   * The rows of a list read since the last call, at each point where a sliced reading may pause:
   * a list's first rows can have their chips before the rest is read. Provisional: the recognition
   * decides (a report's rows change portal, a taught portal's rows are never reported early, since
   * its dates are checked only once all are read).
   */
  onRows?: (rows: readonly RecognizedRow[]) => void;
}

interface Found {
  rows: RecognizedRow[];
  rowsSeen: number;
  problems: string[];
  /** Group/total/column-number rows left out (generic grids only). */
  summaryRows: number;
}

const LOOKUP_NOTE = 'Trang tra cứu hồ sơ của công dân: không lưu hồ sơ nào vào danh sách của cán bộ';

/** A report or a single dossier never shows a whole list: nothing may be taken as gone from one. */
const partial = (coverage: Coverage): Coverage => ({ ...coverage, complete: false });

/** Rows read between two points where a sliced reading may give the page its thread back. */
const ROWS_PER_STEP = 50;

/**
 * Reads rows; identity is portal + code, so a row drawn twice (antd fixed columns) counts once.
 * It yields every ROWS_PER_STEP rows, where `recognizeInSlices` may pause.
 */
function* readRows(rows: Iterable<Element>, columnsOf: (row: Element) => ColumnMap, adapter: PortalAdapter | null, ctx: RowContext, onRows?: RecognizeOptions['onRows']): Steps<Found> {
  const out: RecognizedRow[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  let reported = 0;
  let i = -1;
  for (const row of rows) {
    i++;
    if (i > 0 && i % ROWS_PER_STEP === 0) {
      if (onRows && out.length > reported) onRows(out.slice(reported));
      reported = out.length;
      yield;
    }
    const read = readRow(row, columnsOf(row), adapter?.fields ?? {}, ctx);
    if (!read) {
      if (elementText(row)) problems.push(`Dòng ${i + 1}: không đọc được mã hồ sơ`);
      continue;
    }
    if (seen.has(read.record.code)) continue;
    seen.add(read.record.code);
    out.push({ ...read, row });
  }
  return { rows: out, rowsSeen: out.length + problems.length, problems, summaryRows: 0 };
}

const rowSet = (found: Found): ReadonlySet<Element> => new Set(found.rows.map((r) => r.row));

function* viaAdapter(doc: Document, adapter: PortalAdapter, ctx: RowContext, onRows?: RecognizeOptions['onRows']): Steps<Found> {
  const headers = new Map<Element | null, ColumnMap>();
  const columnsOf = (row: Element) => {
    const grid = gridOf(row);
    if (!headers.has(grid)) headers.set(grid, grid ? headerOf(grid).columns : new Map());
    return headers.get(grid) ?? new Map();
  };
  return yield* readRows(adapter.rows(doc), columnsOf, adapter, ctx, onRows);
}

function* viaGeneric(doc: Document, ctx: RowContext, onRows?: RecognizeOptions['onRows']): Steps<Found> {
  const grids = findDossierGrids(doc, (row, columns) => readRow(row, columns, {}, ctx) !== null);
  const columns = new Map<Element, ColumnMap>();
  const tally = { summaryRows: 0 };
  // The grids' data rows as the reading asks for them: the first chips before the last row is looked at.
  function* rows() {
    for (const { grid, header } of grids) {
      for (const row of dataRows(grid, header, tally)) {
        columns.set(row, header.columns);
        yield row;
      }
    }
  }
  const found = yield* readRows(rows(), (row) => columns.get(row) ?? new Map(), null, ctx, onRows);
  return { ...found, summaryRows: tally.summaryRows };
}

/** The one dossier of a detail page, as a recognition of its own. */
function viaDetail(doc: Document, ctx: RowContext, problems: string[]): Recognition | null {
  const read = readDetail(doc, ctx);
  if (!read) return null;
  const coverage: Coverage = { page: null, pageCount: null, rowsSeen: 1, totalRows: null, complete: false };
  return { portal: ctx.portal, kind: 'detail', coverage, rows: [{ ...read, row: read.anchor, problems: [] }], problems };
}

/** A taught portal's reading, or why there is none (then the other adapters and the generic recognizer try). */
function* viaTaught(doc: Document, taught: TaughtAdapter, url: string, now: number): Steps<Recognition> {
  const base = { label: taught.label, path: taught.path };
  const compiled = compileTaught(taught, doc);
  const found = compiled.ok ? yield* viaAdapter(doc, compiled.adapter, { portal: compiled.adapter.id, url, now }) : null;
  if (!compiled.ok || !found || found.rows.length === 0) {
    const problem = `Cách đọc đã dạy cho ${taught.label} không còn khớp với trang: có thể giao diện cổng đã đổi`;
    return { portal: null, kind: null, coverage: null, rows: [], problems: [problem], taught: { state: 'changed', ...base } };
  }
  const untrusted = untrustedDates(taught, compiled.adapter, found.rows);
  if (untrusted.length > 0) {
    const problem = `${untrusted.length} hồ sơ có ô ngày không còn đọc được theo cách đã dạy (${taught.dateFormat}): Nhắc Hạn tạm dừng nhắc hạn cho danh sách này`;
    return { portal: null, kind: 'list', coverage: null, rows: [], problems: [problem], taught: { state: 'dates', ...base, codes: untrusted } };
  }
  const coverage = readCoverage(doc, found.rowsSeen, undefined, rowSet(found));
  return { portal: compiled.adapter.id, kind: 'list', coverage, rows: found.rows, problems: found.problems, taught: { state: 'ok', ...base } };
}

export function recognize(doc: Document, url: string, options: RecognizeOptions = {}): Recognition {
  return withGridCache(() => runNow(reading(doc, url, options)));
}

/**
 * The same reading as `recognize`, in slices of a few milliseconds with `pause()` awaited between
 * them. The rows read are those of the DOM as each slice found it; a change meanwhile brings
 * another scan anyway.
 */
export function recognizeInSlices(doc: Document, url: string, pause: () => Promise<void>, options: RecognizeOptions & { budgetMs?: number } = {}): Promise<Recognition> {
  const cache = gridCache();
  return runInSlices(reading(doc, url, options), pause, options.budgetMs, (slice) => withGridCache(slice, cache));
}

function* reading(doc: Document, url: string, options: RecognizeOptions): Steps<Recognition> {
  if (isLookupPage(doc, url)) return { portal: null, kind: 'lookup', coverage: null, rows: [], problems: [LOOKUP_NOTE] };
  const now = options.now ?? Date.now();
  const taught = taughtFor(options.taught ?? [], url)[0];
  if (!taught) return yield* builtIn(doc, url, now, options.onRows);
  const read = yield* viaTaught(doc, taught, url, now);
  // Dates that no longer parse stop the list: never a chip with a wrong date.
  if (read.taught?.state !== 'changed') return read;
  const rest = yield* builtIn(doc, url, now, options.onRows);
  return { ...rest, problems: [...read.problems, ...rest.problems], taught: read.taught };
}

/** The built-in adapters, then the generic recognizer. */
function* builtIn(doc: Document, url: string, now: number, onRows?: RecognizeOptions['onRows']): Steps<Recognition> {
  const adapter = ADAPTERS.find((a) => a.match.some((re) => re.test(url)) && a.detect(doc)) ?? null;
  if (adapter) {
    const found = yield* viaAdapter(doc, adapter, { portal: adapter.id, url, now }, onRows);
    if (found.rows.length > 0) {
      const coverage = readCoverage(doc, found.rowsSeen, adapter.coverage?.(doc), rowSet(found));
      return { portal: adapter.id, kind: 'list', coverage, rows: found.rows, problems: found.problems };
    }
  }
  // A detected portal's reports and single-dossier pages belong to that portal (same dossier identity).
  const own = { portal: adapter?.id ?? 'generic', url, now };
  const found = yield* viaGeneric(doc, { ...own, portal: 'generic' }, onRows);
  const report = found.rows.length > 0 && isReportPage(doc, url, found.summaryRows);
  const changed = adapter && !report ? [`Trang giống ${adapter.label} nhưng không thấy dòng hồ sơ nào: có thể giao diện cổng đã đổi`] : [];
  if (found.rows.length === 0) return viaDetail(doc, own, []) ?? { portal: null, kind: null, coverage: null, rows: [], problems: changed };
  const portal = report ? own.portal : 'generic';
  const rows = found.rows.map((r) => ({ ...r, record: { ...r.record, portal } }));
  const coverage = readCoverage(doc, found.rowsSeen, undefined, rowSet(found));
  return {
    portal,
    kind: report ? 'report' : 'list',
    coverage: report ? partial(coverage) : coverage,
    rows,
    problems: [...changed, ...found.problems],
  };
}

/** What `cli inspect` prints: records plus every problem, row problems prefixed with the code. */
export function toInspectJson(rec: Recognition): {
  portal: string | null;
  kind: PageKind | null;
  coverage: Coverage | null;
  dossiers: DossierRecord[];
  problems: string[];
} {
  return {
    portal: rec.portal,
    kind: rec.kind,
    coverage: rec.coverage,
    dossiers: rec.rows.map((r) => r.record),
    problems: [...rec.problems, ...rec.rows.flatMap((r) => r.problems.map((p) => `${r.record.code}: ${p}`))],
  };
}
