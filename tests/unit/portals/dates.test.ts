import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortalDate } from '../../../utils/portals/parse/dates';

describe('parsePortalDate', () => {
  it.each([
    ['27/11/2026', '2026-11-27T17:00:00+07:00', false],
    ['27/11/2026 08:15', '2026-11-27T08:15:00+07:00', true],
    ['27/11/2026 08:15:30', '2026-11-27T08:15:30+07:00', true],
    ['08:15 20/11/2026', '2026-11-20T08:15:00+07:00', true],
    ['5/2/2026', '2026-02-05T17:00:00+07:00', false],
    ['27-11-2026', '2026-11-27T17:00:00+07:00', false],
    ['27.11.2026 16h30', '2026-11-27T16:30:00+07:00', true],
    ['2026-11-27', '2026-11-27T17:00:00+07:00', false],
    ['2026-11-20T17:00:00.000+0700', '2026-11-20T17:00:00+07:00', true],
    ['2026-11-20T10:00:00Z', '2026-11-20T17:00:00+07:00', true],
    ['2026-11-20T23:30:00+00:00', '2026-11-21T06:30:00+07:00', true],
    ['ngày 27 tháng 11 năm 2026', '2026-11-27T17:00:00+07:00', false],
    ['Ngày 05 tháng 02 năm 2026', '2026-02-05T17:00:00+07:00', false],
    ['27/11/2026 Từ 13:30 đến 17:00', '2026-11-27T17:00:00+07:00', true],
    ['27/11/2026\nTừ 07:30 đến 11:30', '2026-11-27T11:30:00+07:00', true],
    ['Hẹn trả:\u00a027/11/2026\u00a0 lúc 09:00', '2026-11-27T09:00:00+07:00', true],
    ['ngày 27 tháng 11 năm 2026'.normalize('NFD'), '2026-11-27T17:00:00+07:00', false],
    // Inline elements joined without spaces (<span>27</span>tháng…)
    ['Ngày27tháng11năm2026', '2026-11-27T17:00:00+07:00', false],
    ['2026-11-27 lúc 8:15', '2026-11-27T08:15:00+07:00', true],
    ['Hẹn trả: 2026-11-27, 08:15', '2026-11-27T08:15:00+07:00', true],
  ])('reads %j as %s', (text, iso, hasTime) => {
    expect(parsePortalDate(text)).toEqual({ iso, hasTime });
  });

  it.each([
    ['31/02/2026'],
    ['2026-13-01'],
    ['Chưa xác định'],
    ['15 ngày làm việc'],
    ['000.00.53.H48-220921-0099'],
    ['27/11'],
    ['1.004227'],
    // A date glued to more digits is part of a number or a code.
    ['127/11/2026'],
    ['27/11/20261'],
    ['12026-11-27'],
    ['2026-11-271'],
    [''],
  ])('gives null for %j', (text) => {
    expect(parsePortalDate(text)).toBeNull();
  });

  it.each([
    // Two formats in one cell: the one written first wins, whichever pattern is tried first.
    ['Hẹn trả 27/11/2026, cập nhật 2026-11-20', '2026-11-27'],
    ['Cập nhật 2026-11-20, hẹn trả 27/11/2026', '2026-11-20'],
    ['ngày 25 tháng 11 năm 2026 (sửa 27/11/2026)', '2026-11-25'],
    ['27/11/2026 hoặc ngày 25 tháng 11 năm 2026', '2026-11-27'],
  ])('takes the earliest of two dates in %j', (text, day) => {
    expect(parsePortalDate(text)?.iso.slice(0, 10)).toBe(day);
  });

  it.each(['27/11/2026 25:00', '27/11/2026 lúc 10:75', '25:00 27/11/2026', '2026-11-27 25:00', '2026-11-27T24:30:00+07:00'])('keeps the date alone of %j (an impossible time)', (text) => {
    const parsed = parsePortalDate(text);
    expect(parsed?.hasTime).toBe(false);
    expect(parsed?.iso.slice(0, 10)).toBe('2026-11-27');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => void parsePortalDate(s)));
  });

  it('never invents a date from text without a four-digit year', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).map((s) => s.replace(/\d{4,}/g, '')), (s) => {
        expect(parsePortalDate(s)).toBeNull();
      }),
    );
  });

  it('finds a real date among random spacing and junk, and only that date', () => {
    const day = fc.record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const junk = fc.constantFrom('', ' ', '  ', '\u00a0', 'Hẹn trả: ', 'Ngày hẹn trả ', '(', 'xx ');
    const sep = fc.constantFrom('/', '-', ' / ');
    fc.assert(
      fc.property(day, junk, junk, sep, ({ y, m, d }, before, after, s) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const text = `${before}${p2(d)}${s}${p2(m)}${s}${y}${after}`;
        expect(parsePortalDate(text)?.iso).toBe(`${y}-${p2(m)}-${p2(d)}T17:00:00+07:00`);
      }),
    );
  });
});
