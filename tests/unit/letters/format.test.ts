import { describe, expect, it } from 'vitest';
import { letterNumberText, placeDateLine, vnDateTimeWords, vnDateWords } from '../../../utils/letters/format';
import { vnEpoch } from '../../../utils/time/vn-time';

describe('letter dates (NĐ 30/2020: day < 10 and months 1–2 zero-padded)', () => {
  it.each([
    [2026, 2, 5, 'ngày 05 tháng 02 năm 2026'],
    [2026, 1, 9, 'ngày 09 tháng 01 năm 2026'],
    [2026, 3, 5, 'ngày 05 tháng 3 năm 2026'],
    [2026, 9, 30, 'ngày 30 tháng 9 năm 2026'],
    [2026, 10, 10, 'ngày 10 tháng 10 năm 2026'],
    [2026, 12, 1, 'ngày 01 tháng 12 năm 2026'],
  ])('writes %i-%i-%i as "%s"', (y, m, d, words) => {
    expect(vnDateWords(vnEpoch(y, m, d, 9))).toBe(words);
  });

  it('uses the Vietnamese day, not the machine’s: 23:30 UTC on 04/02 is already 05/02 in Vietnam', () => {
    expect(vnDateWords(Date.UTC(2026, 1, 4, 23, 30))).toBe('ngày 05 tháng 02 năm 2026');
  });

  it('states a time in 24 h with the date', () => {
    expect(vnDateTimeWords(vnEpoch(2026, 2, 5, 7, 30))).toBe('07 giờ 30 phút, ngày 05 tháng 02 năm 2026');
    expect(vnDateTimeWords(vnEpoch(2026, 11, 27, 17, 0))).toBe('17 giờ 00 phút, ngày 27 tháng 11 năm 2026');
  });

  it('prefixes the place', () => {
    expect(placeDateLine(' Thanh Hóa ', vnEpoch(2026, 2, 5))).toBe('Thanh Hóa, ngày 05 tháng 02 năm 2026');
  });
});

describe('letter number', () => {
  it.each([
    [12, 'PXL', 'Số: 12/PXL'],
    [1, 'PXL-STP', 'Số: 1/PXL-STP'],
    [null, 'PXL', 'Số: ........../PXL'],
    [undefined, 'PXL', 'Số: ........../PXL'],
  ])('number %s with suffix %s reads "%s"', (n, suffix, text) => {
    expect(letterNumberText(n, suffix)).toBe(text);
  });

  it.each([0, -3, 1.5])('refuses %s', (n) => {
    expect(() => letterNumberText(n, 'PXL')).toThrow(RangeError);
  });
});
