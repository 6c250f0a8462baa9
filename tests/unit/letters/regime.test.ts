import { describe, expect, it } from 'vitest';
import { isRegimeChoice, pickRegime, receiptDate, regimeOn, REGIMES } from '../../../utils/letters/regime';
import { vnEpoch } from '../../../utils/time/vn-time';

const ISSUED = vnEpoch(2026, 1, 5, 9);

describe('regime by receipt date', () => {
  it.each([
    ['2025-06-30T16:59:00+07:00', 'nd61'],
    ['2025-06-30T23:59:00+07:00', 'nd61'],
    // 17:00 UTC on 30/06 is midnight of 01/07 in Vietnam.
    ['2025-06-30T17:00:00Z', 'nd118'],
    ['2025-07-01T07:30:00+07:00', 'nd118'],
    ['2019-03-01T08:00:00+07:00', 'nd61'],
  ])('a dossier received %s falls under %s', (receivedAt, regime) => {
    expect(pickRegime({ receivedAt, code: 'X' }, ISSUED).id).toBe(regime);
  });

  it.each([
    ['000.00.53.H48-250630-0099', '2025-06-30', 'nd61'],
    ['G22.99.08-250701-896048', '2025-07-01', 'nd118'],
  ])('without a receipt date, reads it from the code %s', (code, day, regime) => {
    expect(receiptDate({ receivedAt: null, code })).toBe(day);
    expect(pickRegime({ receivedAt: null, code }, ISSUED).id).toBe(regime);
  });

  it('falls back to the letter date when nothing tells the receipt day', () => {
    expect(receiptDate({ receivedAt: null, code: 'HS-123' })).toBeNull();
    expect(pickRegime({ receivedAt: null, code: 'HS-123' }, vnEpoch(2025, 6, 1)).id).toBe('nd61');
    expect(pickRegime({ receivedAt: null, code: 'HS-123' }, ISSUED).id).toBe('nd118');
  });

  it.each([
    ['nd61', '2026-01-02T08:00:00+07:00'],
    ['nd118', '2024-01-02T08:00:00+07:00'],
  ] as const)('the officer can force %s', (choice, receivedAt) => {
    expect(pickRegime({ receivedAt, code: 'X' }, ISSUED, choice).id).toBe(choice);
  });

  it('keeps form data per regime: A5 for TT 01/2018, A4 for TT 03/2025', () => {
    expect(REGIMES.nd61.paper).toBe('A5');
    expect(REGIMES.nd118.paper).toBe('A4');
    expect(REGIMES.nd61.title).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(REGIMES.nd118.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  });
});

describe('regimeOn with a table listed out of date order', () => {
  const table = [REGIMES.nd118, REGIMES.nd61];

  it.each([
    ['2025-06-30', 'nd61'],
    ['2025-07-01', 'nd118'],
    ['2026-01-05', 'nd118'],
  ])('on %s the regime in force is %s', (day, regime) => {
    expect(regimeOn(day, table).id).toBe(regime);
  });

  it('refuses a day before every regime of the table', () => {
    expect(() => regimeOn('2025-01-01', [REGIMES.nd118])).toThrow(
      new Error('Không có chế độ pháp lý nào áp dụng cho ngày 01/01/2025'),
    );
  });
});

describe('isRegimeChoice', () => {
  it.each([
    ['auto', true],
    ['nd61', true],
    ['nd118', true],
    ['', false],
    ['nd30', false],
    [null, false],
  ] as const)('%j → %s', (value, ok) => {
    expect(isRegimeChoice(value)).toBe(ok);
  });
});
