/**
 * The same tables as the CSV exports, as an Excel workbook (write-excel-file, which zips with
 * fflate). Pages load this module with `import()` on the click, so the writer never enters the
 * content script or popup bundles. Text cells are plain strings (never formulas); instants are real
 * date cells (a serial number with a dd/mm/yyyy hh:mm format) in Vietnam's wall-clock time,
 * whatever the machine's zone; every column gets a width from its longest text.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { VN_OFFSET_MINUTES, MINUTE_MS } from '../time/vn-time';
import { isInstant, type CsvCell, type SheetTable } from '../csv';

export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const DATE_FORMAT = 'dd/mm/yyyy';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function cell(value: CsvCell): Cell {
  if (value === null || value === undefined) return null;
  // Excel has no zones: the serial is the wall clock, so the date is shifted to read +07:00 as UTC.
  if (isInstant(value)) {
    return { value: new Date(value.at + VN_OFFSET_MINUTES * MINUTE_MS), type: Date, format: value.dateOnly ? DATE_FORMAT : DATE_TIME_FORMAT };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  return { value: String(value), type: String };
}

const shownLength = (value: CsvCell) => (isInstant(value) ? DATE_TIME_FORMAT.length : value === null || value === undefined ? 0 : String(value).length);

/** Tables stacked on one sheet (a blank row between them), header rows bold, the first one frozen. */
export function sheetData(tables: readonly SheetTable[]): { data: SheetData; widths: number[] } {
  const data: SheetData = [];
  const widths: number[] = [];
  const measure = (row: readonly CsvCell[]) =>
    row.forEach((v, i) => (widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i] ?? MIN_WIDTH, shownLength(v) + 2))));
  tables.forEach((table, i) => {
    if (i > 0) data.push([]);
    if (table.title !== undefined) data.push([{ value: table.title, type: String, fontWeight: 'bold' }]);
    data.push(table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold', wrap: true })));
    measure(table.header);
    for (const row of table.rows) {
      data.push(row.map(cell));
      measure(row);
    }
  });
  return { data, widths };
}

export function toXlsx(tables: readonly SheetTable[], sheetName: string): Promise<Blob> {
  const { data, widths } = sheetData(tables);
  return writeXlsxFile(data, {
    sheet: sheetName.slice(0, 31), // Excel's limit for a sheet name
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: tables[0]?.title === undefined ? 1 : 0,
  }).toBlob();
}
