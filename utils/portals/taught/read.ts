/**
 * A taught adapter applied to a page: header words resolved to this page's columns, giving a plain
 * PortalAdapter that the recognizer reads like a built-in one; and the check that its date cells
 * still look as they did when taught.
 */
import type { FieldKey, PortalAdapter } from '../adapter';
import { cellAt, cellsOf, gridOf, headerOf, span } from '../generic/grid';
import { foldHeader } from '../parse/headers';
import { elementText, foldText } from '../parse/text';
import type { RecognizedRow } from '../index';
import { DATE_FIELDS, type DateFormat, type TaughtAdapter, type TaughtField, taughtPortalId } from './types';

export type TaughtCompile = { ok: true; adapter: PortalAdapter } | { ok: false; missing: TaughtField[] };

/** The header cells of a row's grid, with the column each starts at. */
export function headerColumns(row: Element): Array<{ text: string; col: number }> {
  const grid = gridOf(row);
  const header = grid ? headerOf(grid).rows.at(-1) : undefined;
  if (!header) return [];
  let col = 0;
  return cellsOf(header).map((cell) => {
    const out = { text: elementText(cell).replace(/\n/g, ' '), col };
    col += span(cell);
    return out;
  });
}

/** `:scope > td:nth-child(3)`: the cell's place among the row's children. */
export function childSelector(row: Element, cell: Element): string {
  const index = Array.prototype.indexOf.call(row.children, cell) + 1;
  return `:scope > ${cell.localName}:nth-child(${index})`;
}

function resolveHeader(row: Element, words: string): string | null {
  const wanted = foldHeader(words);
  const hit = headerColumns(row).find((h) => foldHeader(h.text) === wanted);
  const cell = hit ? cellAt(row, hit.col) : null;
  return cell ? childSelector(row, cell) : null;
}

/** Rows of a taught list: the selector's matches that hold a code-like text (header and filler rows have none). */
function taughtRows(doc: Document, taught: TaughtAdapter, code: string): Element[] {
  return Array.from(doc.querySelectorAll(taught.rows)).filter((row) => /\d/.test(row.querySelector(code)?.textContent ?? ''));
}

export function compileTaught(taught: TaughtAdapter, doc: Document): TaughtCompile {
  // The first row with digits in it: a header row sharing the row selector has none.
  const first = Array.from(doc.querySelectorAll(taught.rows)).find((row) => /\d/.test(row.textContent ?? '')) ?? null;
  const fields: Partial<Record<FieldKey, string>> = {};
  const missing: TaughtField[] = [];
  for (const [key, loc] of Object.entries(taught.fields) as Array<[TaughtField, TaughtAdapter['fields'][TaughtField]]>) {
    if (!loc) continue;
    const selector = 'selector' in loc ? loc.selector : first ? resolveHeader(first, loc.header) : null;
    if (selector && first?.querySelector(selector)) fields[key] = selector;
    else missing.push(key);
  }
  const code = fields.code;
  if (!first || !code || !fields.dueAt) return { ok: false, missing: first ? missing : ['code', 'dueAt'] };
  return {
    ok: true,
    adapter: {
      id: taughtPortalId(taught.origin),
      label: taught.label,
      match: [],
      detect: () => true,
      rows: (d) => taughtRows(d, taught, code),
      fields,
    },
  };
}

/** The format a date text is written in (the earliest date in it), or null when it holds none. */
export function dateFormatOf(text: string): DateFormat | null {
  const folded = foldText(text);
  const shapes: Array<[DateFormat, RegExp]> = [
    ['yyyy-MM-dd', /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/],
    ['dd/MM/yyyy', /(?<![\d./-])\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}(?!\d)/],
    ['ngày dd tháng MM năm yyyy', /ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/],
  ];
  let best: { format: DateFormat; index: number } | null = null;
  for (const [format, re] of shapes) {
    const m = re.exec(folded);
    if (m && (!best || m.index < best.index)) best = { format, index: m.index };
  }
  return best?.format ?? null;
}

/**
 * Rows whose taught date cells no longer read as a date in the taught format, or whose
 * appointment date was not read: one such row means the markup moved under the adapter, and no
 * date of that list is trusted.
 */
export function untrustedDates(taught: TaughtAdapter, adapter: PortalAdapter, rows: readonly RecognizedRow[]): string[] {
  const out: string[] = [];
  for (const { row, record } of rows) {
    const bad = DATE_FIELDS.filter((f) => {
      const selector = adapter.fields[f];
      if (!selector) return false;
      const text = elementText(row.querySelector(selector) ?? row.ownerDocument.createElement('i'));
      return text ? dateFormatOf(text) !== taught.dateFormat || record[f] === null : f === 'dueAt';
    });
    if (bad.length || record.dueAt === null) out.push(record.code);
  }
  return out;
}
