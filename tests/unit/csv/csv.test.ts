import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv, toCsvSections } from '../../../utils/csv';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain text is left alone', 'Nguyễn Văn A', 'Nguyễn Văn A'],
    ['a comma is quoted', 'Hà Nội, Việt Nam', '"Hà Nội, Việt Nam"'],
    ['quotes are doubled inside quotes', 'Cấp "sổ đỏ"', '"Cấp ""sổ đỏ"""'],
    ['a newline is quoted', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['a CRLF is quoted', 'a\r\nb', '"a\r\nb"'],
    ['= formula gets an apostrophe', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+ formula gets an apostrophe', '+84912345678', "'+84912345678"],
    ['- formula gets an apostrophe', '-2+3', "'-2+3"],
    ['@ formula gets an apostrophe', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab gets an apostrophe', '\t=1', "'\t=1"],
    ['leading CR gets an apostrophe and quotes', '\r=1', '"\'\r=1"'],
    ['= later in the text is harmless', 'a=b', 'a=b'],
    ['dossier codes are left alone', '000.00.53.H48-261120-0099', '000.00.53.H48-261120-0099'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [42, '42'],
    [-3, '-3'],
    [95.73, '95.73'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ])('writes %s as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM so Excel reads UTF-8, and ends lines with CRLF', () => {
    const csv = toCsv(['Mã hồ sơ', 'Người nộp'], [['G22.99.08-260921-896048', 'Trần Thị Bích']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Mã hồ sơ,Người nộp\r\nG22.99.08-260921-896048,Trần Thị Bích\r\n`);
  });

  it('reads back as the same cells, hostile text included (apostrophe added to formulas only)', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\ny', '=1+1'],
      ['', 'Đặng', '  spaced  ', '@me'],
    ];
    const parsed = parseCsv(toCsv(['c1', 'c2', 'c3', 'c4'], rows).slice(1));
    expect(parsed).toEqual([['c1', 'c2', 'c3', 'c4'], ['a,b', 'say "hi"', 'x\ny', "'=1+1"], ['', 'Đặng', '  spaced  ', "'@me"]]);
  });

  it('keeps NFD text byte for byte (no normalisation surprises)', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(toCsv(['n'], [[nfd]])).toContain(nfd);
  });
});

describe('toCsvSections', () => {
  it('writes one BOM and a titled block per section, separated by a blank line', () => {
    const csv = toCsvSections([
      { title: 'Tổng hợp', header: ['Chỉ tiêu', 'Số'], rows: [['Tiếp nhận', 3]] },
      { title: 'Theo thủ tục', header: ['Thủ tục', 'Số'], rows: [['=cmd', 1]] },
    ]);
    expect(csv.indexOf(CSV_BOM)).toBe(0);
    expect(csv.lastIndexOf(CSV_BOM)).toBe(0);
    expect(parseCsv(csv.slice(1))).toEqual([['Tổng hợp'], ['Chỉ tiêu', 'Số'], ['Tiếp nhận', '3'], [''], ['Theo thủ tục'], ['Thủ tục', 'Số'], ["'=cmd", '1']]);
  });
});
