import type { CsvSeparator } from '../../../utils/csv';

/**
 * A strict RFC 4180 reader for one separator: a quote may only open a cell and close it (then the
 * separator or a line end must follow), lines end in CRLF. What a spreadsheet splitting on
 * `separator` would see, or an error where a lenient reader would guess.
 */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let closed = false;
  const end = () => (row.push(cell), (cell = ''), (closed = false));
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') (quoted = false), (closed = true);
      else cell += c;
    } else if (c === separator) end();
    else if (c === '\r' && text[i + 1] === '\n') end(), rows.push(row), (row = []), i++;
    else if (closed) throw new Error(`ký tự ${JSON.stringify(c)} sau dấu nháy đóng ở vị trí ${i}`);
    else if (c === '"') {
      if (cell !== '') throw new Error(`dấu nháy giữa ô ở vị trí ${i}`);
      quoted = true;
    } else cell += c;
  }
  if (quoted) throw new Error('thiếu dấu nháy đóng');
  return rows;
}

