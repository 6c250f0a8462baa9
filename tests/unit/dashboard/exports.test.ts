import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { registerSheet, statsCsv, statsSheet, tableCsv, tableSheet, xlsxBlob } from '../../../components/dashboard/exports';
import type { RegisterEntry } from '../../../components/letter';
import { tableRows } from '../../../components/dashboard/table-model';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { CSV_BOM } from '../../../utils/csv';
import { DATE_TIME_FORMAT } from '../../../utils/xlsx';
import { computeStatistics } from '../../../utils/stats';
import { parseCsv } from '../csv/parse';
import { openXlsx, serialOf } from '../csv/xlsx';
import { NOW, stored } from './fixtures';

const DOSSIERS = [
  stored('A-1', { procedure: '=HYPERLINK("http://evil")', status: 'done', closedAt: '2026-11-16T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00' }),
  stored('B-2', { applicant: 'Lê, Văn "Bình"', status: 'done', closedAt: '2026-11-12T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', handler: null }),
  stored('C-3', { applicant: "Nguyễn Văn A;=cmd|' /C calc'!A0;", status: 'unknown', statusText: null, portal: 'generic' }),
];
const rows = () => tableRows(DOSSIERS, NOW, DEFAULT_RULES, 'vi');

describe('tableCsv', () => {
  it('writes Vietnamese headers, dd/MM/yyyy HH:mm times, labels instead of ids, and splits only where it should under ";"', () => {
    const csv = tableCsv(rows(), 'vi');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [header, ...lines] = parseCsv(csv.slice(1), ';');
    expect(header).toEqual(['Mã hồ sơ', 'Mức độ', 'Người nộp', 'Thủ tục', 'Cán bộ xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hẹn trả mới', 'Hạn xử lý', 'Hạn gửi thư xin lỗi', 'Trạng thái', 'Đã xác nhận trên hệ thống', 'Cổng', 'Ghi chú', 'Đường dẫn']);
    const byCode = new Map(lines.map((l) => [l[0], l]));
    expect(byCode.get('A-1')![3]).toBe(`'=HYPERLINK("http://evil")`);
    expect(byCode.get('A-1')![6]).toBe('13/11/2026 17:00');
    expect(byCode.get('B-2')![2]).toBe('Lê, Văn "Bình"');
    const c3 = byCode.get('C-3')!;
    expect(c3).toHaveLength(15);
    expect(c3[2]).toBe("Nguyễn Văn A;=cmd|' /C calc'!A0;");
    expect(c3[10]).toBe('Chưa rõ');
    expect(c3[12]).toBe('Bảng hồ sơ (nhận dạng chung) · dichvucong.example.gov.vn');
    expect(byCode.get('A-1')![12]).toBe('VNPT iGate · dichvucong.example.gov.vn');
  });

  it('writes a date the portal showed without a time as dd/MM/yyyy alone', () => {
    const dateOnly = stored('D-4', { receivedAt: '2026-09-04T17:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', dateOnly: ['receivedAt'] });
    const [, line] = parseCsv(tableCsv(tableRows([dateOnly], NOW, DEFAULT_RULES, 'vi'), 'vi').slice(1), ';');
    expect(line![5]).toBe('04/09/2026');
    expect(line![6]).toBe('13/11/2026 17:00');
  });

  it('uses the officer’s language for headers, and "," for an English Excel', () => {
    expect(parseCsv(tableCsv([], 'en').slice(1), ',')[0]!.slice(0, 3)).toEqual(['Dossier code', 'Urgency', 'Applicant']);
  });
});

describe('statsCsv', () => {
  it('writes the totals, the two breakdowns and the late list as titled blocks', () => {
    const stats = computeStatistics(DOSSIERS, [], { from: '2026-11-01', to: '2026-11-30' }, NOW);
    const blocks = statsCsv(stats, 'vi').slice(1).split('\r\n\r\n').map((b) => parseCsv(`${b}\r\n`, ';'));
    expect(blocks.map((b) => b[0])).toEqual([['Thống kê từ 01/11/2026 đến 30/11/2026'], ['Theo thủ tục'], ['Theo cán bộ xử lý'], ['Hồ sơ quá hạn và lý do']]);
    // received, resolved, early, on time, late, rate …
    expect(blocks[0]![2]!.slice(0, 6)).toEqual(['3', '2', '1', '0', '1', '50']);
    expect(blocks[2]!.flat()).toContain('Chưa rõ');
    expect(blocks[3]!.flat()).toContain('Chưa có lý do (chưa có thư xin lỗi)');
  });
});

describe('Excel export', () => {
  it('writes the table as a workbook: Vietnamese text, real date cells in Vietnam time, widths set, formulas as text', async () => {
    const book = await openXlsx(await xlsxBlob(tableSheet(rows(), 'vi'), 'Bảng hồ sơ'));
    expect(strFromU8(book.files['xl/workbook.xml']!)).toContain('name="Bảng hồ sơ"');
    expect(book.cell('A1')).toMatchObject({ value: 'Mã hồ sơ' });
    expect(book.cell('K1')).toMatchObject({ value: 'Trạng thái' });
    const rowOf = (code: string) => [2, 3, 4].find((r) => book.cell(`A${r}`)?.value === code)!;
    const a1 = rowOf('A-1');
    // Ngày hẹn trả 13/11/2026 17:00 (+07:00): the serial of that wall-clock time, with a date format.
    const due = book.cell(`G${a1}`)!;
    expect(due.type).toBe('n');
    expect(Number(due.value)).toBeCloseTo(serialOf(2026, 11, 13, 17, 0), 6);
    expect(due.format).toBe(DATE_TIME_FORMAT);
    expect(book.cell(`D${a1}`)!.value).toBe('=HYPERLINK("http://evil")');
    expect(book.sheet).not.toContain('<f>');
    const c3 = rowOf('C-3');
    expect(book.cell(`C${c3}`)!.value).toBe("Nguyễn Văn A;=cmd|' /C calc'!A0;");
    expect(book.cell(`K${c3}`)!.value).toBe('Chưa rõ');
    const widths = [...book.sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(15);
    // "Mã hồ sơ" is short, "Người nộp" holds the 32-character hostile name.
    expect(widths[0]).toBeGreaterThanOrEqual(10);
    expect(widths[2]).toBeGreaterThanOrEqual(34);
    expect(widths[5]).toBe(DATE_TIME_FORMAT.length + 2);
  });

  it('writes the statistics with their titles and numbers as numbers', async () => {
    const stats = computeStatistics(DOSSIERS, [], { from: '2026-11-01', to: '2026-11-30' }, NOW);
    const book = await openXlsx(await xlsxBlob(statsSheet(stats, 'vi'), 'Thống kê'));
    expect(book.cell('A1')!.value).toBe('Thống kê từ 01/11/2026 đến 30/11/2026');
    expect(book.cell('A2')!.value).toBe('Tiếp nhận');
    expect(book.cell('A3')).toMatchObject({ value: '3', type: 'n' });
  });

  it('writes the letter register of the year in number order with its dates as dates', async () => {
    const entry = (number: number, year: number, late: boolean): RegisterEntry => ({
      portal: 'igate',
      code: `000.00.53.H48-261120-00${number}`,
      year,
      number,
      numberText: `${number}/PXL-UBND`,
      issuedAt: `${year}-11-25T09:00:00+07:00`,
      applicant: `Trần Thị Ngọc Ánh ${number}`,
      reason: 'Chờ ý kiến của Sở Tài nguyên và Môi trường',
      newDueAt: `${year}-12-04T17:00:00+07:00`,
      late,
    });
    const book = await openXlsx(await xlsxBlob(registerSheet([entry(2, 2026, true), entry(1, 2025, false), entry(1, 2026, false)], 2026, 'vi'), 'Sổ theo dõi'));
    expect(book.cell('A1')!.value).toBe('Sổ theo dõi thư xin lỗi năm 2026');
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => book.cell(`${'ABCDEFG'[i - 1]}2`)!.value)).toEqual(['Số', 'Ngày thư', 'Mã hồ sơ', 'Người nộp', 'Lý do', 'Ngày hẹn mới', 'Muộn']);
    expect(book.cell('A3')!.value).toBe('1/PXL-UBND');
    expect(book.cell('A4')!.value).toBe('2/PXL-UBND');
    expect(book.cell('A5')).toBeNull();
    expect(Number(book.cell('B3')!.value)).toBeCloseTo(serialOf(2026, 11, 25, 9, 0), 6);
    expect(book.cell('F4')!.format).toBe(DATE_TIME_FORMAT);
    expect(book.cell('G4')!.value).toBe('Có');
  });
});
