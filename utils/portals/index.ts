/**
 * Portal page → dossier records. Pure reading of the current DOM (no mutation, no network), so it is
 * idempotent and can simply run again after SPA navigation or re-rendering. Used alike by the content
 * script, the userscript and `npm run cli -- inspect`.
 */
import type { PortalAdapter } from './adapter';
import { readCoverage, type Coverage } from './coverage';
import { readRow, type RowContext } from './generic/extract';
import { findDossierGrids } from './generic/index';
import { gridOf, headerOf, type ColumnMap } from './generic/grid';
import { ADAPTERS } from './registry';
import { elementText } from './parse/text';
import type { DossierRecord } from './types';

export type { Coverage } from './coverage';
export type { PortalAdapter } from './adapter';

export interface RecognizedRow {
  record: DossierRecord;
  row: Element;
  /** Where a chip goes: the cell holding the code, else the composite or due-date cell. */
  anchor: Element;
  problems: string[];
}

export interface Recognition {
  portal: string | null;
  coverage: Coverage | null;
  rows: RecognizedRow[];
  problems: string[];
}

export interface RecognizeOptions {
  /** Reference clock (epoch ms) for telling placeholder dates from real ones. */
  now?: number;
}

interface Found {
  rows: RecognizedRow[];
  rowsSeen: number;
  problems: string[];
}

/** Reads rows; identity is portal + code, so a row drawn twice (antd fixed columns) counts once. */
function readRows(rows: Element[], columnsOf: (row: Element) => ColumnMap, adapter: PortalAdapter | null, ctx: RowContext): Found {
  const out: RecognizedRow[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const read = readRow(row, columnsOf(row), adapter?.fields ?? {}, ctx);
    if (!read) {
      if (elementText(row)) problems.push(`Dòng ${i + 1}: không đọc được mã hồ sơ`);
      return;
    }
    if (seen.has(read.record.code)) return;
    seen.add(read.record.code);
    out.push({ ...read, row });
  });
  return { rows: out, rowsSeen: out.length + problems.length, problems };
}

function viaAdapter(doc: Document, adapter: PortalAdapter, ctx: RowContext): Found {
  const headers = new Map<Element | null, ColumnMap>();
  const columnsOf = (row: Element) => {
    const grid = gridOf(row);
    if (!headers.has(grid)) headers.set(grid, grid ? headerOf(grid).columns : new Map());
    return headers.get(grid) ?? new Map();
  };
  return readRows(adapter.rows(doc), columnsOf, adapter, ctx);
}

function viaGeneric(doc: Document, ctx: RowContext): Found {
  const grids = findDossierGrids(doc, (row, columns) => readRow(row, columns, {}, ctx) !== null);
  const columns = new Map<Element, ColumnMap>();
  for (const g of grids) for (const row of g.rows) columns.set(row, g.columns);
  return readRows(
    grids.flatMap((g) => g.rows),
    (row) => columns.get(row) ?? new Map(),
    null,
    ctx,
  );
}

export function recognize(doc: Document, url: string, options: RecognizeOptions = {}): Recognition {
  const now = options.now ?? Date.now();
  const adapter = ADAPTERS.find((a) => a.match.some((re) => re.test(url)) && a.detect(doc)) ?? null;
  const problems: string[] = [];
  if (adapter) {
    const found = viaAdapter(doc, adapter, { portal: adapter.id, url, now });
    if (found.rows.length > 0) {
      const coverage = readCoverage(doc, found.rowsSeen, adapter.coverage?.(doc));
      return { portal: adapter.id, coverage, rows: found.rows, problems: found.problems };
    }
    problems.push(`Trang giống ${adapter.label} nhưng không thấy dòng hồ sơ nào: có thể giao diện cổng đã đổi`);
  }
  const found = viaGeneric(doc, { portal: 'generic', url, now });
  if (found.rows.length === 0) return { portal: null, coverage: null, rows: [], problems };
  return {
    portal: 'generic',
    coverage: readCoverage(doc, found.rowsSeen),
    rows: found.rows,
    problems: [...problems, ...found.problems],
  };
}

/** What `cli inspect` prints: records plus every problem, row problems prefixed with the code. */
export function toInspectJson(rec: Recognition): {
  portal: string | null;
  coverage: Coverage | null;
  dossiers: DossierRecord[];
  problems: string[];
} {
  return {
    portal: rec.portal,
    coverage: rec.coverage,
    dossiers: rec.rows.map((r) => r.record),
    problems: [...rec.problems, ...rec.rows.flatMap((r) => r.problems.map((p) => `${r.record.code}: ${p}`))],
  };
}
