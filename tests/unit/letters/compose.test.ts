import { describe, expect, it } from 'vitest';
import { composeLetter, type LetterInput } from '../../../utils/letters/compose';
import { REGIMES } from '../../../utils/letters/regime';
import { renderHtml } from '../../../utils/letters/render/html';
import { renderText } from '../../../utils/letters/render/text';
import { BODY_KEYS, LETTER_FIELDS, REGIME_IDS } from '../../../utils/letters/types';
import { DOSSIER, PROFILE } from './fixtures';

const INPUT: LetterInput = {
  dossier: DOSSIER,
  profile: PROFILE,
  reason: 'hồ sơ đang chờ ý kiến của Công an tỉnh',
  newDueAt: '2026-12-03T17:00:00+07:00',
  issuedAt: '2026-11-25T09:00:00+07:00',
  number: 7,
};

/** Every element docs/domain.md §2 requires, as it must appear in the text of the letter. */
const REQUIRED = [
  'UBND TỈNH THANH HÓA',
  'SỞ TƯ PHÁP',
  'Số: 7/PXL',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Thanh Hóa, ngày 25 tháng 11 năm 2026',
  'Kính gửi: Ông/Bà Nguyễn Thị Lan.',
  '08 giờ 15 phút, ngày 20 tháng 11 năm 2026',
  'Thủ tục hành chính: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
  'Mã hồ sơ: 000.00.53.H48-261120-0099',
  'Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 27 tháng 11 năm 2026',
  'Lý do: Hồ sơ đang chờ ý kiến của Công an tỉnh.',
  'xin lỗi Ông/Bà',
  '17 giờ 00 phút, ngày 03 tháng 12 năm 2026',
  'Trân trọng./.',
  'Nơi nhận:',
  '- Như trên;',
  '- Bộ phận Một cửa Sở Tư pháp;',
  '- Lưu: VT.',
  'GIÁM ĐỐC',
  'Lê Minh Tuấn',
];

describe.each(REGIME_IDS)('letter under %s', (regime) => {
  const doc = composeLetter({ ...INPUT, regime });
  const text = renderText(doc);

  it.each(REQUIRED)('contains "%s"', (element) => {
    expect(text).toContain(element);
  });

  it('carries the regime title, statement of delay and new date line', () => {
    expect(text).toContain(REGIMES[regime].title);
    expect(doc.body.map((p) => p.key)).toEqual([...BODY_KEYS]);
    const newDate = doc.body.find((p) => p.key === 'newDueAt')!;
    expect(newDate.runs.every((r) => r.bold)).toBe(true);
    expect(newDate.runs.find((r) => r.field === 'newDueAt')?.text).toBe('17 giờ 00 phút, ngày 03 tháng 12 năm 2026');
  });

  it('prints the paper size of the regime', () => {
    expect(doc.paper).toBe(REGIMES[regime].paper);
  });
});

describe('composeLetter', () => {
  it('fills every dossier field, and only known ones, in every template', () => {
    for (const t of Object.values(REGIMES)) {
      const names = [t.salutation, ...t.body.map((p) => p.text)].flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      expect(new Set(names)).toEqual(new Set(LETTER_FIELDS));
    }
  });

  it('picks the regime from the receipt date unless told otherwise', () => {
    expect(composeLetter(INPUT).regime).toBe('nd118');
    expect(composeLetter({ ...INPUT, dossier: { ...DOSSIER, receivedAt: '2025-06-20T08:00:00+07:00' } }).regime).toBe('nd61');
  });

  it.each(REGIME_IDS)('under %s prints a date shown without a time as the day, with blank hours, never 17 giờ 00', (regime) => {
    const dossier = { ...DOSSIER, receivedAt: '2026-09-04T17:00:00+07:00', dueAt: '2026-09-18T17:00:00+07:00', dateOnly: ['receivedAt', 'dueAt'] as const };
    const text = renderText(composeLetter({ ...INPUT, regime, dossier: { ...dossier, dateOnly: [...dossier.dateOnly] } }));
    expect(text).toContain('vào lúc .......... giờ .......... phút, ngày 04 tháng 9 năm 2026');
    expect(text).toContain('Thời gian hẹn trả kết quả: .......... giờ .......... phút, ngày 18 tháng 9 năm 2026');
    expect(text).not.toMatch(/17 giờ 00 phút, ngày (04|18) tháng 9/);
  });

  it.each([
    ['head', {}, ['GIÁM ĐỐC']],
    ['KT', { signerTitle: 'Phó Giám đốc' }, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    ['TM', { collective: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' }, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['TM-KT', { collective: 'Ủy ban nhân dân', headTitle: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' }, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['Q', {}, ['Q. GIÁM ĐỐC']],
    ['TL', { headTitle: 'Chủ tịch', signerTitle: 'Chánh Văn phòng' }, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
    ['TUQ', { headTitle: 'Chủ tịch', signerTitle: 'Giám đốc Trung tâm Phục vụ hành chính công' }, ['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG']],
  ] as const)('signs in mode %s per NĐ 30/2020', (signing, extra, lines) => {
    const doc = composeLetter({ ...INPUT, profile: { ...PROFILE, signing, ...extra } });
    expect(doc.signer).toEqual({ lines, name: 'Lê Minh Tuấn' });
  });

  it('leaves dots for a number not yet assigned and for data the portal did not show', () => {
    const doc = composeLetter({
      ...INPUT,
      number: undefined,
      dossier: { ...DOSSIER, applicant: null, procedure: '  ', receivedAt: null },
    });
    const text = renderText(doc);
    expect(doc.header.number).toBe('Số: ........../PXL');
    expect(text).toContain('Kính gửi: Ông/Bà ...........');
    expect(doc.missing).toEqual(['applicant', 'procedure', 'receivedAt']);
  });

  it('normalises the recipients the officer typed and keeps "Như trên" first and "Lưu: VT." last', () => {
    const doc = composeLetter({ ...INPUT, profile: { ...PROFILE, recipients: ['- UBND huyện Đông Sơn;', '', 'Trung tâm PVHCC tỉnh.'] } });
    expect(doc.recipients.items).toEqual(['Như trên;', 'UBND huyện Đông Sơn;', 'Trung tâm PVHCC tỉnh;', 'Lưu: VT.']);
  });

  it('keeps a reason that already ends a sentence and joins NFD text into NFC', () => {
    const doc = composeLetter({ ...INPUT, reason: '  Hệ thống   lỗi!  '.normalize('NFD') });
    expect(doc.body.find((p) => p.key === 'reason')?.runs.at(-1)?.text).toBe('Hệ thống lỗi!');
  });

  it.each([
    ['newDueAt', 'mai'],
    ['issuedAt', '2026-02-30'],
  ] as const)('refuses an invalid %s', (field, value) => {
    expect(() => composeLetter({ ...INPUT, [field]: value })).toThrow(RangeError);
  });
});

describe('renderHtml', () => {
  it('escapes scraped text', () => {
    const html = renderHtml(
      composeLetter({ ...INPUT, dossier: { ...DOSSIER, applicant: '<img src=x onerror=alert(1)>' }, reason: 'a & "b"' }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; &quot;b&quot;.');
  });

  it.each([
    ['nd118', undefined, 'size: A4', '20mm 15mm 20mm 30mm', 'font-size: 14pt'],
    ['nd61', undefined, 'size: A5', '12mm 10mm 12mm 20mm', 'font-size: 12pt'],
    ['nd61', 'A4', 'size: A4', '20mm 15mm 20mm 30mm', 'font-size: 14pt'],
    ['nd118', 'A5', 'size: A5', '12mm 10mm 12mm 20mm', 'font-size: 12pt'],
  ] as const)('%s on paper %s prints with @page %s in Times New Roman, its margins, justified and indented', (regime, paper, size, margins, body) => {
    const html = renderHtml(composeLetter({ ...INPUT, regime, paper }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`@page { ${size}; margin: ${margins}; }`);
    expect(html).toContain("font-family: 'Times New Roman'");
    expect(html).toContain(body);
    expect(html).toContain('text-align: justify');
    expect(html).toMatch(/text-indent: 1(\.27)?cm/);
  });

  it('marks filled-in values only when asked', () => {
    const doc = composeLetter(INPUT);
    expect(renderHtml(doc, { highlightFields: true })).toContain('[data-field] { background');
    expect(renderHtml(doc)).not.toContain('[data-field] { background');
    expect(renderHtml(doc)).toContain('<span data-field="reason">');
  });
});
