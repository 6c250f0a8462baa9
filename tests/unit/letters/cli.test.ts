import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/letter';
import { DOSSIER } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'nhac-han-letter-'));
const dossierPath = join(dir, 'record.json');
writeFileSync(dossierPath, JSON.stringify(DOSSIER));
const D = ['--dossier', dossierPath];
const NOW = ['--now', '2026-11-25T09:00'];

describe('cli letter', () => {
  it('prints the text letter with the sample unit and the suggested date', async () => {
    const out = (await run(['--dossier', dossierPath, '--reason', 'Chờ ý kiến của Công an tỉnh', ...NOW])) as string;
    expect(out).toContain('UBND TỈNH THANH HÓA\nSỞ TƯ PHÁP\nSố: ........../PXL');
    expect(out).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(out).toContain('17 giờ 00 phút, ngày 04 tháng 12 năm 2026');
    expect(out).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
  });

  it('takes the officer’s date, regime and unit profile', async () => {
    const profile = join(dir, 'unit.json');
    writeFileSync(profile, JSON.stringify({ agency: 'Sở Xây dựng', deputy: false, signerName: 'Phạm Thu Hà' }));
    const out = (await run([
      '--dossier', dossierPath, '--reason', 'Kiểm tra thực địa', '--new-date', '2026-12-01',
      '--regime', 'nd61', '--profile', profile, '--format', 'html', ...NOW,
    ])) as string;
    expect(out).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(out).toContain('size: A5');
    expect(out).toContain('SỞ XÂY DỰNG');
    expect(out).toContain('Phạm Thu Hà');
    expect(out).toContain('ngày 01 tháng 12 năm 2026');
  });

  it('writes a DOCX to --out and reports it', async () => {
    const out = join(dir, 'thu.docx');
    const summary = await run(['--dossier', dossierPath, '--reason', 'Sự cố hệ thống', '--format', 'docx', '--out', out, ...NOW]);
    const bytes = readFileSync(out);
    expect(summary).toEqual({
      out,
      bytes: bytes.length,
      regime: 'nd118',
      paper: 'A4',
      newDueAt: '2026-12-04T17:00:00+07:00',
      suggested: true,
      late: false,
    });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('prints the NĐ 61 form on A4 when asked', async () => {
    const args = ['--dossier', dossierPath, '--reason', 'Kiểm tra thực địa', '--regime', 'nd61', '--format', 'html', ...NOW];
    expect(await run(args)).toContain('size: A5');
    const a4 = (await run([...args, '--paper', 'a4'])) as string;
    expect(a4).toContain('size: A4');
    expect(a4).not.toContain('size: A5');
  });

  it.each([
    [['--reason', 'x'], 'Thiếu --dossier'],
    [[...D, '--reason', 'x', '--paper', 'A3'], '--paper phải là A4 hoặc A5'],
    [[...D], 'Thiếu --reason'],
    [[...D, '--reason', 'x', '--format', 'docx'], '--format docx cần --out'],
    [[...D, '--reason', 'x', '--regime', 'nd99'], '--regime phải là'],
    [[...D, '--reason', 'x', '--new-date', '2026-11-28'], 'là ngày nghỉ (Thứ Bảy)'],
    [[...D, '--reason', 'x', '--new-date', '2026-11-26'], 'phải sau ngày hẹn trả ban đầu 27/11/2026'],
    [[...D, '--reason', ' '], 'Cần nêu lý do'],
  ])('refuses %j', async (args, message) => {
    await expect(run([...args, ...NOW])).rejects.toThrow(message);
  });
});
