import { describe, expect, it } from 'vitest';
import { readDate, readTime, showDate } from '../../../components/inputs/typed';

describe('readDate (dd/MM/yyyy whatever the browser language)', () => {
  it.each([
    ['05/02/2026', '2026-02-05'],
    ['5/2/2026', '2026-02-05'],
    ['05-02-2026', '2026-02-05'],
    ['05.02.2026', '2026-02-05'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-11-26', '2026-11-26'],
    ['29/02/2026', null], // not a leap year
    ['31/04/2026', null],
    ['02/13/2026', null], // month first (US order) is refused, not swapped
    ['12/2026', null],
    ['', null],
    ['hôm nay', null],
  ])('%j → %j', (text, iso) => expect(readDate(text)).toBe(iso));

  it('shows ISO dates as dd/MM/yyyy', () => {
    expect(showDate('2026-02-05')).toBe('05/02/2026');
    expect(showDate('')).toBe('');
  });
});

describe('readTime (24 h)', () => {
  it.each([
    ['07:30', '07:30'],
    ['7:30', '07:30'],
    ['0730', '07:30'],
    ['17h30', '17:30'],
    ['17 giờ', '17:00'],
    ['17', '17:00'],
    ['24:00', null],
    ['12:60', null],
    ['5:30 PM', null],
    ['', null],
  ])('%j → %j', (text, time) => expect(readTime(text)).toBe(time));
});
