/**
 * Tables for spreadsheets, written as CSV here and as .xlsx by utils/xlsx (loaded on demand).
 *
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as Windows-1258
 * mojibake), CRLF line ends, and **every text cell quoted**: with the Vietnamese regional format
 * Excel splits on `;`, elsewhere on `,`, and a quoted cell is never split by either. Cells that a
 * spreadsheet would run as a formula (CSV injection: `=`, `+`, `-`, `@`, tab, carriage return
 * first) also get a leading apostrophe.
 */
import { formatVnDate, formatVnDateTime } from '../time/vn-time';

/** An instant (epoch ms): a date-and-time cell, shown in Vietnam time. */
export interface InstantCell {
  at: number;
  /** Shown without a time: the portal showed the day alone (docs/portals.md, date precision). */
  dateOnly?: boolean;
}

export type CsvCell = string | number | boolean | null | undefined | InstantCell;

export interface SheetTable {
  /** A title row above the header (the statistics export has several tables). */
  title?: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** `,` is the RFC 4180 default; `;` is the list separator of Excel under the Vietnamese regional format. */
export type CsvSeparator = ',' | ';';

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export const isInstant = (value: CsvCell): value is InstantCell => typeof value === 'object' && value !== null;

/** Numbers stay numbers (a negative count is data, not a formula), with the separator's decimal mark; text is quoted and neutralised. */
export function csvCell(value: CsvCell, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? (separator === ';' ? String(value).replace('.', ',') : String(value)) : '';
  let text = isInstant(value) ? (value.dateOnly ? formatVnDate(value.at) : formatVnDateTime(value.at)) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const line = (row: readonly CsvCell[], separator: CsvSeparator) => row.map((c) => csvCell(c, separator)).join(separator);

/** One or more tables in one file; several are separated by a blank line, each under its title. */
export function toCsv(tables: readonly SheetTable[], separator: CsvSeparator = ','): string {
  const body = tables
    .map((s) => [...(s.title === undefined ? [] : [csvCell(s.title)]), ...[s.header, ...s.rows].map((r) => line(r, separator))].join('\r\n'))
    .join('\r\n\r\n');
  return `${CSV_BOM}${body}\r\n`;
}
