import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { REGIMES } from '../../../utils/letters/regime';
import { appointmentOn, checkOnceOnly, isLateLetter, newDueDateProblems, reasonProblems } from '../../../utils/letters/rules';

const PRIOR = { issuedAt: '2026-11-25T09:00:00+07:00', newDueAt: '2026-12-03T17:00:00+07:00', numberText: '7/PXL' };

describe('once only (NĐ 61 Điều 19.9)', () => {
  it('allows the first re-appointment', () => {
    expect(checkOnceOnly('HS-1', [], REGIMES.nd61)).toEqual({ ok: true });
  });

  it.each(['nd61', 'nd118'] as const)('refuses a second one under %s, citing the letter and the rule', (regime) => {
    const result = checkOnceOnly('HS-1', [PRIOR], REGIMES[regime]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('thư số 7/PXL ngày 25/11/2026');
    expect(result.message).toContain('hẹn trả 03/12/2026');
    expect(result.message).toContain(REGIMES[regime].limitRule);
  });
});

describe('once only: the letter cited', () => {
  it('is the latest of several, by signing time whatever their order, and "thư" alone when unnumbered', () => {
    const newer = { issuedAt: '2026-11-28T09:00:00+07:00', newDueAt: '2026-12-05T17:00:00+07:00' };
    const result = checkOnceOnly('HS-1', [newer, PRIOR], REGIMES.nd61);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('(thư ngày 28/11/2026, hẹn trả 05/12/2026)');
  });
});

describe('new appointment date', () => {
  const base = { originalDueAt: '2026-02-10T17:00:00+07:00', issuedAt: '2026-02-09T09:00:00+07:00' };

  it.each([
    ['2026-02-23T17:00:00+07:00', 'the first working day after Tết 2026'],
    ['2026-02-11T17:00:00+07:00', 'the next working day'],
  ])('accepts %s (%s)', (newDueAt) => {
    expect(newDueDateProblems({ ...base, newDueAt }, DEFAULT_RULES)).toEqual([]);
  });

  it.each([
    ['2026-02-17T17:00:00+07:00', 'Ngày 17/02/2026 là ngày nghỉ (Tết Nguyên Đán).'], // mùng 1 Tết
    ['2026-02-14T17:00:00+07:00', 'Ngày 14/02/2026 là ngày nghỉ (Tết Nguyên Đán).'], // a Saturday inside the Tết break
    ['2026-02-28T17:00:00+07:00', 'Ngày 28/02/2026 là ngày nghỉ (Thứ Bảy).'],
    ['2026-02-10T17:30:00+07:00', 'phải sau ngày hẹn trả ban đầu 10/02/2026'],
    ['2026-02-05T17:00:00+07:00', 'phải sau ngày hẹn trả ban đầu'],
    ['hôm nay', 'không hợp lệ'],
  ])('refuses %s: "%s"', (newDueAt, problem) => {
    expect(newDueDateProblems({ ...base, newDueAt }, DEFAULT_RULES).join(' ')).toContain(problem);
  });

  it.each([
    // A late letter signed on Thu 12/02 cannot promise Wed 11/02, although that is after the original 10/02.
    ['2026-02-11T17:00:00+07:00', '2026-02-12T09:00:00+07:00'],
    // Nor the very moment it is signed.
    ['2026-02-12T09:00:00+07:00', '2026-02-12T09:00:00+07:00'],
  ])('refuses a new date %s that does not follow the signing %s', (newDueAt, issuedAt) => {
    expect(newDueDateProblems({ ...base, newDueAt, issuedAt }, DEFAULT_RULES)).toEqual(['Ngày hẹn trả mới phải sau ngày ký thư 12/02/2026.']);
  });

  it('accepts a new date one minute after the signing', () => {
    expect(newDueDateProblems({ ...base, newDueAt: '2026-02-12T09:01:00+07:00', issuedAt: '2026-02-12T09:00:00+07:00' }, DEFAULT_RULES)).toEqual([]);
  });

  it('respects the officer’s own days off', () => {
    const rules = { ...DEFAULT_RULES, extraDaysOff: [{ date: '2026-02-11', reason: 'Đại hội' }] };
    expect(newDueDateProblems({ ...base, newDueAt: '2026-02-11T17:00:00+07:00' }, rules)).toEqual([
      'Ngày 11/02/2026 là ngày nghỉ (Đại hội).',
    ]);
  });

  it('needs an original appointment to move', () => {
    expect(newDueDateProblems({ ...base, originalDueAt: null, newDueAt: '2026-02-11T17:00:00+07:00' }, DEFAULT_RULES)).toEqual([
      'Hồ sơ chưa có ngày hẹn trả ban đầu: cần nhập ngày hẹn trả trước khi hẹn lại.',
    ]);
  });

  it('requires a reason', () => {
    expect(reasonProblems('  ')).toEqual(['Cần nêu lý do chậm trả kết quả.']);
    expect(reasonProblems('Chờ xác minh')).toEqual([]);
  });
});

describe('late letter (due one working day before the appointment)', () => {
  // Appointment Monday 23/11/2026: the letter was due by the end of Friday 20/11.
  const dueAt = '2026-11-23T17:00:00+07:00';
  it.each([
    ['2026-11-20T16:59:00+07:00', false],
    ['2026-11-20T17:00:00+07:00', false],
    ['2026-11-21T08:00:00+07:00', true],
    ['2026-11-23T09:00:00+07:00', true],
  ])('a letter issued %s is late: %s', (issuedAt, late) => {
    expect(isLateLetter(issuedAt, dueAt, DEFAULT_RULES)).toBe(late);
  });
});

describe('appointmentOn', () => {
  it('sets a picked working day to the end of the working day', () => {
    expect(appointmentOn('2026-02-23', DEFAULT_RULES)).toBe('2026-02-23T17:00:00+07:00');
  });

  // Every kind of day off names itself (classifyDay), so the reason in brackets is never empty.
  it.each([
    ['2026-02-17', DEFAULT_RULES, 'Ngày 17/02/2026 là ngày nghỉ (Tết Nguyên Đán).'],
    ['2026-03-07', DEFAULT_RULES, 'Ngày 07/03/2026 là ngày nghỉ (Thứ Bảy).'],
    ['2026-03-08', DEFAULT_RULES, 'Ngày 08/03/2026 là ngày nghỉ (Chủ nhật).'],
    ['2026-04-27', DEFAULT_RULES, 'Ngày 27/04/2026 là ngày nghỉ (Nghỉ bù Giỗ Tổ Hùng Vương).'],
    ['2026-01-02', DEFAULT_RULES, 'Ngày 02/01/2026 là ngày nghỉ (Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01/2026)).'],
    ['2026-02-11', { ...DEFAULT_RULES, extraDaysOff: [{ date: '2026-02-11', reason: '' }] }, 'Ngày 11/02/2026 là ngày nghỉ (Ngày nghỉ thêm).'],
    ['2026-02-30', DEFAULT_RULES, 'Ngày không hợp lệ: "2026-02-30" (cần dạng YYYY-MM-DD)'],
    ['23/02/2026', DEFAULT_RULES, 'Ngày không hợp lệ: "23/02/2026" (cần dạng YYYY-MM-DD)'],
  ])('refuses %s: %s', (date, rules, message) => {
    expect(() => appointmentOn(date, rules)).toThrow(new RangeError(message));
  });
});
