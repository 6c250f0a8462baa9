/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as Windows-1258
 * mojibake), CRLF line ends, RFC 4180 quoting. Cells that a spreadsheet would run as a formula
 * (CSV injection: `=`, `+`, `-`, `@`, tab, carriage return first) get a leading apostrophe.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Numbers stay numbers (a negative count is data, not a formula); text is neutralised. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (row: readonly CsvCell[]) => row.map(csvCell).join(',');

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${CSV_BOM}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** Several tables in one file (the statistics export), separated by a blank line and a title row. */
export function toCsvSections(sections: readonly { title: string; header: readonly string[]; rows: readonly (readonly CsvCell[])[] }[]): string {
  const body = sections
    .map((s) => [csvCell(s.title), ...[s.header, ...s.rows].map(line)].join('\r\n'))
    .join('\r\n\r\n');
  return `${CSV_BOM}${body}\r\n`;
}
