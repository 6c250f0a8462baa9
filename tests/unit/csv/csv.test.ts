import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv, type CsvSeparator } from '../../../utils/csv';
import { vnEpoch } from '../../../utils/time/vn-time';
import { parseCsv } from './parse';

const HOSTILE = "Nguyễn Văn A;=cmd|' /C calc'!A0;";

describe('csvCell', () => {
  it.each([
    ['plain text is quoted too', 'Nguyễn Văn A', '"Nguyễn Văn A"'],
    ['a comma stays inside the quotes', 'Hà Nội, Việt Nam', '"Hà Nội, Việt Nam"'],
    ['a semicolon stays inside the quotes', HOSTILE, `"${HOSTILE}"`],
    ['quotes are doubled inside quotes', 'Cấp "sổ đỏ"', '"Cấp ""sổ đỏ"""'],
    ['a newline stays inside the quotes', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['= formula gets an apostrophe', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+ formula gets an apostrophe', '+84912345678', `"'+84912345678"`],
    ['- formula gets an apostrophe', '-2+3', `"'-2+3"`],
    ['@ formula gets an apostrophe', '@SUM(A1)', `"'@SUM(A1)"`],
    ['leading tab gets an apostrophe', '\t=1', `"'\t=1"`],
    ['leading CR gets an apostrophe', '\r=1', `"'\r=1"`],
    ['= later in the text is harmless', 'a=b', '"a=b"'],
    ['an empty text is an empty quoted cell', '', '""'],
    ['dossier codes are text', '000.00.53.H48-261120-0099', '"000.00.53.H48-261120-0099"'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each<[number | null | undefined, CsvSeparator, string]>([
    [42, ',', '42'],
    [-3, ',', '-3'],
    [95.73, ',', '95.73'],
    [95.73, ';', '95,73'],
    [Number.NaN, ';', ''],
    [null, ',', ''],
    [undefined, ';', ''],
  ])('writes %s under "%s" as %j', (value, separator, expected) => {
    expect(csvCell(value, separator)).toBe(expected);
  });

  it('writes an instant as dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(csvCell({ at: vnEpoch(2026, 11, 27, 17, 0) })).toBe('"27/11/2026 17:00"');
  });
});

describe('toCsv', () => {
  const table = {
    header: ['Mã hồ sơ', 'Người nộp', 'Số ngày', 'Tỷ lệ'],
    rows: [
      ['G22.99.08-260921-896048', HOSTILE, 3, 83.5],
      ['000.00.53.H48-261120-0099', 'Lê, Văn "Bình"\nthôn 3', -1, null],
      ['X', '@SUM(A1)', 0, 100],
    ],
  };

  it.each<[CsvSeparator, string]>([
    [',', '83.5'],
    [';', '83,5'],
  ])('reads back cell for cell with a strict parser splitting on "%s"', (separator, rate) => {
    const csv = toCsv([table], separator);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1), separator)).toEqual([
      ['Mã hồ sơ', 'Người nộp', 'Số ngày', 'Tỷ lệ'],
      ['G22.99.08-260921-896048', HOSTILE, '3', rate],
      ['000.00.53.H48-261120-0099', 'Lê, Văn "Bình"\nthôn 3', '-1', ''],
      ['X', "'@SUM(A1)", '0', '100'],
    ]);
  });

  it.each<[CsvSeparator, CsvSeparator]>([
    [',', ';'],
    [';', ','],
  ])('written with "%s", a spreadsheet splitting on "%s" finds that separator in no text cell', (written, other) => {
    const csv = toCsv([table], written).slice(1);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    // Outside quotes the other separator appears at most as the decimal comma of a number.
    expect(outsideQuotes.replace(/\d,\d/g, '')).not.toContain(other);
    expect(outsideQuotes).not.toMatch(/[=+@]/);
  });

  it('writes several tables under their titles, one BOM, a blank line between', () => {
    const csv = toCsv(
      [
        { title: 'Tổng hợp', header: ['Chỉ tiêu', 'Số'], rows: [['Tiếp nhận', 3]] },
        { title: 'Theo thủ tục', header: ['Thủ tục', 'Số'], rows: [['=cmd', 1]] },
      ],
      ';',
    );
    expect(csv.lastIndexOf(CSV_BOM)).toBe(0);
    expect(parseCsv(csv.slice(1), ';')).toEqual([['Tổng hợp'], ['Chỉ tiêu', 'Số'], ['Tiếp nhận', '3'], [''], ['Theo thủ tục'], ['Thủ tục', 'Số'], ["'=cmd", '1']]);
  });

  it('keeps NFD text code unit for code unit (no normalisation surprises)', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(toCsv([{ header: ['n'], rows: [[nfd]] }])).toContain(nfd);
  });
});
