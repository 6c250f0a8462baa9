import { describe, expect, it } from 'vitest';
import type { WorkRules } from '../../../utils/calendar';
import { dayInfo, DEFAULT_RULES, isWorkingDay, OFFICIAL_SCHEDULES, yearCalendar } from '../../../utils/calendar';
import { derivedHolidays } from '../../../utils/calendar/holidays';
import { addDays, weekdayOf } from '../../../utils/time/vn-time';

const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

// Every official civil-service day off 2024–2026 (docs/domain.md §5), weekends inside the breaks included.
const OFFICIAL_OFF: [string, RegExp][] = [
  ['2024-01-01', /Tết Dương lịch/],
  ...range('2024-02-08', '2024-02-14').map((d) => [d, /Tết Nguyên Đán/] as [string, RegExp]),
  ['2024-04-18', /Giỗ Tổ/],
  ...range('2024-04-27', '2024-05-01').map((d) => [d, /30\/4|1\/5/] as [string, RegExp]),
  ...range('2024-08-31', '2024-09-03').map((d) => [d, /Quốc khánh/] as [string, RegExp]),
  ['2025-01-01', /Tết Dương lịch/],
  ...range('2025-01-25', '2025-02-02').map((d) => [d, /Tết Nguyên Đán/] as [string, RegExp]),
  ['2025-04-07', /Giỗ Tổ/],
  ...range('2025-04-30', '2025-05-04').map((d) => [d, /30\/4|1\/5/] as [string, RegExp]),
  ...range('2025-08-30', '2025-09-02').map((d) => [d, /Quốc khánh/] as [string, RegExp]),
  ['2026-01-01', /Tết Dương lịch/],
  ['2026-01-02', /Tết Dương lịch/],
  ...range('2026-02-14', '2026-02-22').map((d) => [d, /Tết Nguyên Đán/] as [string, RegExp]),
  ['2026-04-26', /Giỗ Tổ/], // Sunday
  ['2026-04-27', /Nghỉ bù Giỗ Tổ/],
  ...range('2026-04-30', '2026-05-03').map((d) => [d, /30\/4|1\/5/] as [string, RegExp]),
  ...range('2026-08-29', '2026-09-02').map((d) => [d, /Quốc khánh/] as [string, RegExp]),
  ['2026-11-24', /Ngày Văn hóa Việt Nam/],
];

const WORKED_SATURDAYS: [string, string][] = [
  ['2024-05-04', '29/04/2024'],
  ['2025-04-26', '02/05/2025'],
  ['2026-01-10', '02/01/2026'],
  ['2026-08-22', '31/08/2026'],
];

// Ordinary working days right next to the official breaks.
const WORKDAYS_NEAR_BREAKS = [
  '2024-01-02', '2024-02-07', '2024-02-15', '2024-04-17', '2024-04-19', '2024-04-26', '2024-05-02', '2024-05-03',
  '2024-08-30', '2024-09-04', '2025-01-02', '2025-01-24', '2025-02-03', '2025-04-08', '2025-04-29', '2025-05-05',
  '2025-08-29', '2025-09-03', '2026-01-05', '2026-02-13', '2026-02-23', '2026-04-24', '2026-04-28', '2026-04-29',
  '2026-05-04', '2026-08-28', '2026-09-03', '2026-11-23', '2026-11-25',
];

describe('official schedules 2024–2026', () => {
  it.each(OFFICIAL_OFF)('%s is a day off (%s)', (date, reason) => {
    const info = dayInfo(date);
    expect(info.working).toBe(false);
    expect(info.reason).toMatch(reason);
    expect(info.provisional).toBe(false);
    expect(['holiday', 'compensatory', 'swap-off']).toContain(info.kind);
  });

  it.each(WORKED_SATURDAYS)('Saturday %s is worked in exchange for %s', (date, swapped) => {
    expect(weekdayOf(date)).toBe(6);
    const info = dayInfo(date);
    expect(info).toMatchObject({ working: true, kind: 'swap-work', provisional: false });
    expect(info.reason).toContain(swapped);
  });

  it.each(['2024-04-29', '2025-05-02', '2026-01-02', '2026-08-31'])('weekday %s is swapped off', (date) => {
    expect(dayInfo(date)).toMatchObject({ working: false, kind: 'swap-off' });
  });

  it.each(WORKDAYS_NEAR_BREAKS)('%s next to a break is an ordinary working day', (date) => {
    expect(dayInfo(date)).toMatchObject({ working: true, kind: 'workday', reason: null });
  });

  it.each([2024, 2025, 2026])('lists exactly the official days of %i in yearCalendar', (year) => {
    const listed = yearCalendar(year).days;
    const expected = [
      ...OFFICIAL_OFF.filter(([d]) => d.startsWith(String(year))).map(([d]) => d),
      ...WORKED_SATURDAYS.filter(([d]) => d.startsWith(String(year))).map(([d]) => d),
    ].sort();
    expect(listed.map((d) => d.date)).toEqual(expected);
    expect(yearCalendar(year).provisional).toBe(false);
  });

  it.each(OFFICIAL_SCHEDULES.map((s) => [s.year, s.source] as const))('the %i schedule names the notice it comes from', (year, source) => {
    expect(source).toMatch(new RegExp(`^Thông báo của Bộ .+ về lịch nghỉ lễ, Tết năm ${year} \\(cán bộ, công chức, viên chức\\)`));
  });

  it.each([2024, 2025, 2026])('the statutory derivation for %i agrees on the fixed-date holidays', (year) => {
    const derived = derivedHolidays(year);
    for (const md of ['01-01', '04-30', '05-01', '09-02']) {
      expect(derived.get(`${year}-${md}`)?.kind).toBe('holiday');
      expect(isWorkingDay(`${year}-${md}`)).toBe(false);
    }
  });
});

describe('derived (provisional) years', () => {
  it.each([
    ['2027-01-01', 'holiday', /Tết Dương lịch/],
    ['2027-02-05', 'holiday', /Tết Nguyên Đán/], // last day of the old lunar year
    ['2027-02-09', 'holiday', /Tết Nguyên Đán/], // mùng 4
    ['2027-02-10', 'compensatory', /Nghỉ bù Tết/], // mùng 1 on Saturday
    ['2027-02-11', 'compensatory', /Nghỉ bù Tết/], // mùng 2 on Sunday
    ['2027-04-16', 'holiday', /Giỗ Tổ/],
    ['2027-05-03', 'compensatory', /Nghỉ bù .*1\/5/], // 1/5 on Saturday
    ['2027-09-02', 'holiday', /Quốc khánh/],
    ['2027-09-03', 'holiday', /Quốc khánh/], // Thursday 2/9 → adjacent Friday
    ['2027-11-24', 'holiday', /Văn hóa/],
    ['2028-01-03', 'compensatory', /Nghỉ bù Tết Dương lịch/], // 1/1/2028 is a Saturday
    ['2029-09-03', 'compensatory', /Nghỉ bù Quốc khánh/], // 2/9/2029 Sunday, 1/9 Saturday
    ['2029-09-04', 'compensatory', /Nghỉ bù Quốc khánh/],
    ['2027-04-30', 'holiday', /^Ngày Chiến thắng \(30\/4\)$/],
  ])('%s is %s (%s)', (date, kind, reason) => {
    const info = dayInfo(date);
    expect(info).toMatchObject({ working: false, kind, provisional: true });
    expect(info.reason).toMatch(reason);
    // The derivation itself, uncached (yearSchedule keeps a year once derived).
    expect(derivedHolidays(Number(date.slice(0, 4))).get(date)).toEqual({ kind, reason: info.reason });
  });

  it.each([
    ['2024-09-02', 'Monday', '2024-09-03', '2024-09-01'],
    ['2025-09-02', 'Tuesday', '2025-09-01', '2025-09-03'],
    ['2026-09-02', 'Wednesday', '2026-09-01', '2026-09-03'],
    ['2027-09-02', 'Thursday', '2027-09-03', '2027-09-01'],
  ])('2/9 on %s (%s) takes %s as its adjacent day, not %s', (date, _, adjacent, other) => {
    const derived = derivedHolidays(Number(date.slice(0, 4)));
    expect(derived.get(adjacent)).toEqual({ kind: 'holiday', reason: 'Quốc khánh (2/9)' });
    expect(derived.has(other)).toBe(false);
  });

  it('gives 24/11 from 2026 on, the year it starts', () => {
    expect(derivedHolidays(2026).get('2026-11-24')).toEqual({ kind: 'holiday', reason: 'Ngày Văn hóa Việt Nam (24/11)' });
  });

  it.each(['2027-02-04', '2027-02-12', '2027-04-15', '2027-11-23', '2025-11-24'])('%s is a working day', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it('does not give 24/11 before 2026', () => {
    expect(derivedHolidays(2025).has('2025-11-24')).toBe(false);
  });

  it.each([2027, 2030, 2040])('gives %i eleven statutory days plus one compensatory day per weekend holiday', (year) => {
    const days = [...derivedHolidays(year).entries()];
    const statutory = days.filter(([, d]) => d.kind === 'holiday');
    const onWeekend = statutory.filter(([d]) => [0, 6].includes(weekdayOf(d)));
    expect(statutory).toHaveLength(12); // 1 + 5 + 1 + 1 + 1 + 2 + 1 (24/11)
    expect(days.filter(([, d]) => d.kind === 'compensatory')).toHaveLength(onWeekend.length);
    expect(onWeekend.length).toBeGreaterThan(0); // so the next line checks something
    for (const [d, info] of days) if (info.kind === 'compensatory') expect([0, 6]).not.toContain(weekdayOf(d));
  });
});

describe('weekends and overrides', () => {
  it.each([
    ['2026-11-21', 'Thứ Bảy'],
    ['2026-11-22', 'Chủ nhật'],
  ])('%s is a weekend (%s)', (date, reason) => {
    expect(dayInfo(date)).toMatchObject({ working: false, kind: 'weekend', reason });
  });

  const rules: WorkRules = {
    ...DEFAULT_RULES,
    extraDaysOff: [
      { date: '2026-11-20', reason: 'Nghỉ Ngày Nhà giáo (đơn vị)' },
      { date: '2026-08-22', reason: 'Không làm bù' },
    ],
    extraWorkingDays: [
      { date: '2026-08-31', reason: 'Không hoán đổi' },
      { date: '2026-11-28', reason: 'Trực thứ Bảy' },
    ],
  };

  it.each([
    ['2026-11-20', false, 'user-off', 'Nghỉ Ngày Nhà giáo (đơn vị)'],
    ['2026-08-22', false, 'user-off', 'Không làm bù'],
    ['2026-08-31', true, 'user-work', 'Không hoán đổi'],
    ['2026-11-28', true, 'user-work', 'Trực thứ Bảy'],
  ])('an officer override makes %s working=%s (%s)', (date, working, kind, reason) => {
    expect(dayInfo(date, rules)).toMatchObject({ working, kind, reason });
    expect(yearCalendar(2026, rules).days.find((d) => d.date === date)).toMatchObject({ kind });
  });

  it.each<[string, Partial<WorkRules>, string, string]>([
    ['2026-11-28', { extraWorkingDays: [{ date: '2026-11-28', reason: '' }] }, 'user-work', 'Ngày làm việc thêm'],
    ['2026-11-20', { extraDaysOff: [{ date: '2026-11-20', reason: '' }] }, 'user-off', 'Ngày nghỉ thêm'],
  ])('an override of %s left without a reason is named for the officer', (date, partial, kind, reason) => {
    expect(dayInfo(date, { ...DEFAULT_RULES, ...partial })).toMatchObject({ kind, reason });
  });

  it('leaves other days alone', () => {
    expect(dayInfo('2026-11-24', rules).kind).toBe('holiday');
    expect(dayInfo('2026-11-19', rules).kind).toBe('workday');
  });

  it.each([
    [{ extraDaysOff: [{ date: '2026-02-30', reason: '' }] }, /Ngày nghỉ thêm: ngày không hợp lệ/],
    [{ extraDaysOff: [{ date: '2026-05-05', reason: '' }], extraWorkingDays: [{ date: '2026-05-05', reason: '' }] }, /vừa là/],
    [{ workingHours: [] }, /ít nhất một ca/],
    [{ workingHours: [{ start: '13:00', end: '11:00' }] }, /kết thúc trước/],
    [{ workingHours: [{ start: '13:00', end: '13:00' }] }, /ca 13:00–13:00 kết thúc trước hoặc đúng lúc bắt đầu/], // zero length
    [{ saturdayHours: [{ start: '07:30', end: '07:30' }] }, /Giờ tiếp nhận thứ Bảy: ca 07:30–07:30/],
    [{ workingHours: [{ start: '07:30', end: '11:30' }, { start: '11:00', end: '17:00' }] }, /không chồng nhau/],
    [{ workingHours: [{ start: '13:00', end: '17:00' }, { start: '07:30', end: '11:30' }] }, /không chồng nhau/],
    [{ cutoff: '25:00' }, /Giờ không hợp lệ/],
    [{ nearWorkingDays: -1 }, /Ngưỡng/],
    [{ supplementRule: 'skip' as never }, /bổ sung/],
  ])('rejects bad settings %o', (partial, message) => {
    expect(() => dayInfo('2026-05-05', { ...DEFAULT_RULES, ...partial })).toThrow(message);
  });

  it('accepts sessions that touch (one ends when the next begins)', () => {
    const rules = { ...DEFAULT_RULES, workingHours: [{ start: '07:30', end: '11:30' }, { start: '11:30', end: '16:30' }] };
    expect(dayInfo('2026-05-05', rules).working).toBe(true);
  });

  it.each([
    [2026.5, 'Năm không hợp lệ: 2026.5'],
    [Number.NaN, 'Năm không hợp lệ: NaN'],
    [999, 'Năm ngoài phạm vi lịch âm (1900–2199): 999'], // padded to 0999, not refused as the date "999-01-01"
    [1899, 'Năm ngoài phạm vi lịch âm (1900–2199): 1899'],
  ])('yearCalendar(%s) is refused with "%s"', (year, message) => {
    expect(() => yearCalendar(year)).toThrow(message);
  });

  it('rejects malformed dates', () => {
    expect(() => dayInfo('2026-02-31')).toThrow(/không hợp lệ/);
    expect(() => dayInfo('24/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});
