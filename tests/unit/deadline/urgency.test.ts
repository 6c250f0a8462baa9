import { describe, expect, it } from 'vitest';
import type { WorkRules } from '../../../utils/calendar';
import { DEFAULT_RULES } from '../../../utils/calendar';
import type { UrgencyInput } from '../../../utils/deadline';
import { countdownText, urgencyOf } from '../../../utils/deadline';
import type { DossierStatus } from '../../../utils/portals/types';
import { parseInstant } from '../../../utils/time/vn-time';

const DUE = '2026-12-01T17:00:00+07:00'; // Tuesday; letter due Monday 30/11 17:00
const at = (t: string) => parseInstant(t);
const dossier = (over: Partial<UrgencyInput> = {}): UrgencyInput => ({ dueAt: DUE, stepDueAt: null, status: 'processing', ...over });

describe('urgencyOf: appointment date', () => {
  it.each([
    ['2026-11-20T09:00', 'ok'],
    ['2026-11-26T09:00', 'ok'], // Fri, Mon, Tue left = 3
    ['2026-11-27T09:00', 'near'], // Mon, Tue left = 2
    ['2026-11-28T09:00', 'near'], // Saturday
    ['2026-11-30T07:00', 'letter-due'], // the letter is owed today
    ['2026-11-30T17:30', 'letter-due'],
    ['2026-12-01T08:00', 'due-today'],
    ['2026-12-01T17:00', 'due-today'],
    ['2026-12-01T17:00:01', 'overdue'],
    ['2026-12-05T09:00', 'overdue'],
  ])('at %s the appointment is %s', (now, level) => {
    expect(urgencyOf(dossier(), at(now)).appointment.level).toBe(level);
  });

  it.each([
    // A date the portal put on a day off counts like the next working day: Saturday 21/11 ≈ Monday 23/11.
    ['2026-11-18T09:00', '2026-11-20T17:00:00+07:00', 'near'], // Thu, Fri left = 2
    ['2026-11-18T09:00', '2026-11-21T17:00:00+07:00', 'ok'], // Saturday: Thu, Fri + the Monday it stands for = 3
    ['2026-11-18T09:00', '2026-11-23T17:00:00+07:00', 'ok'],
    ['2026-11-19T09:00', '2026-11-21T17:00:00+07:00', 'near'], // Fri + Monday = 2
  ])('at %s, due %s (near = 2 working days) is %s', (now, dueAt, level) => {
    expect(urgencyOf(dossier({ dueAt, letterIssued: true }), at(now)).appointment.level).toBe(level);
  });

  it('is only near, not letter-due, once the letter has been issued', () => {
    expect(urgencyOf(dossier({ letterIssued: true }), at('2026-11-30T09:00')).level).toBe('near');
  });

  it('keeps the letter owed over a weekend before a Monday due date', () => {
    const input = dossier({ dueAt: '2026-11-30T17:00:00+07:00' });
    expect(urgencyOf(input, at('2026-11-27T09:00')).level).toBe('letter-due');
    expect(urgencyOf(input, at('2026-11-28T09:00')).level).toBe('letter-due');
  });

  it.each([
    [0, '2026-11-27T09:00', 'ok'],
    [1, '2026-11-27T09:00', 'ok'],
    [2, '2026-11-27T09:00', 'near'],
    [5, '2026-11-20T09:00', 'ok'],
    [6, '2026-11-20T09:00', 'near'],
  ])('with near = %i working days, at %s it is %s', (nearWorkingDays, now, level) => {
    const rules: WorkRules = { ...DEFAULT_RULES, nearWorkingDays };
    expect(urgencyOf(dossier(), at(now), rules).level).toBe(level);
  });

  it('measures remaining and overdue time in working minutes', () => {
    expect(urgencyOf(dossier(), at('2026-11-30T16:00')).appointment).toEqual({
      level: 'letter-due',
      remainingWorkMinutes: 60 + 480,
      overdueWorkMinutes: null,
      deadline: DUE,
    });
    expect(urgencyOf(dossier(), at('2026-12-02T09:00')).appointment).toEqual({
      level: 'overdue',
      remainingWorkMinutes: null,
      overdueWorkMinutes: 90,
      deadline: DUE,
    });
  });
});

describe('urgencyOf: the step deadline and the dossier as a whole', () => {
  it('reports the step overdue long before the appointment', () => {
    const u = urgencyOf(dossier({ stepDueAt: '2026-11-25T17:00:00+07:00' }), at('2026-11-26T09:00'));
    expect(u.step.level).toBe('overdue');
    expect(u.appointment.level).toBe('ok');
    expect(u.level).toBe('overdue');
  });

  it('never makes the step letter-due (letters are for the citizen’s date)', () => {
    const u = urgencyOf(dossier({ dueAt: null, stepDueAt: DUE }), at('2026-11-30T09:00'));
    expect(u.step.level).toBe('near');
    expect(u.appointment.level).toBe('unknown');
    expect(u.level).toBe('near');
  });

  it.each(['done', 'returned', 'rejected', 'withdrawn'] as DossierStatus[])('a %s dossier is done whatever the dates', (status) => {
    const u = urgencyOf(dossier({ status, stepDueAt: '2026-11-25T17:00:00+07:00' }), at('2026-12-09T09:00'));
    expect([u.level, u.appointment.level, u.step.level]).toEqual(['done', 'done', 'done']);
  });

  it.each(['supplement', 'paused', 'received', 'unknown'] as DossierStatus[])('a %s dossier still shows its dates', (status) => {
    expect(urgencyOf(dossier({ status }), at('2026-12-02T09:00')).level).toBe('overdue');
  });

  it.each([
    [null, null, 'unknown'],
    ['không rõ', null, 'unknown'],
    [null, '2026-11-20T17:00:00+07:00', 'ok'],
  ])('with dueAt %s and stepDueAt %s the dossier is %s', (dueAt, stepDueAt, level) => {
    expect(urgencyOf(dossier({ dueAt, stepDueAt }), at('2026-11-10T09:00')).level).toBe(level);
  });

  it('reads portal timestamps in other formats', () => {
    expect(urgencyOf(dossier({ dueAt: '2026-12-01T10:00:00.000Z' }), at('2026-12-01T09:00')).appointment).toMatchObject({
      level: 'due-today',
      deadline: '2026-12-01T17:00:00+07:00',
    });
  });

  it('rejects an invalid now', () => {
    expect(() => urgencyOf(dossier(), Number.NaN)).toThrow('Thời điểm hiện tại không hợp lệ: NaN');
    // Even where no deadline would need the clock.
    expect(() => urgencyOf(dossier({ status: 'done' }), Number.NaN)).toThrow('Thời điểm hiện tại không hợp lệ: NaN');
  });

  it('gives closed and undated deadlines no minutes at all (null, not missing)', () => {
    const now = at('2026-11-20T09:00');
    expect(urgencyOf(dossier({ status: 'done' }), now).appointment).toStrictEqual({ level: 'done', remainingWorkMinutes: null, overdueWorkMinutes: null, deadline: DUE });
    expect(urgencyOf(dossier({ dueAt: null }), now).appointment).toStrictEqual({ level: 'unknown', remainingWorkMinutes: null, overdueWorkMinutes: null, deadline: null });
  });
});

describe('countdownText', () => {
  const text = (input: UrgencyInput, now: string, locale: 'vi' | 'en', which: 'appointment' | 'step' = 'appointment') =>
    countdownText(urgencyOf(input, at(now))[which], locale, at(now));

  it.each([
    ['2026-11-27T09:00', 'Còn 2 ngày làm việc', '2 working days left'],
    ['2026-11-30T09:00', 'Còn 1 ngày làm việc', '1 working day left'],
    ['2026-11-30T16:00', 'Còn 1 ngày làm việc', '1 working day left'],
    ['2026-11-30T17:00', 'Còn 1 ngày làm việc', '1 working day left'],
    ['2026-11-20T09:00', 'Còn 6 ngày làm việc', '6 working days left'],
    ['2026-12-01T08:00', 'Hết hạn hôm nay 17:00', 'Due today 17:00'],
    ['2026-12-01T17:30', 'Quá hạn từ 17:00', 'Overdue since 17:00'],
    ['2026-12-01T23:59', 'Quá hạn từ 17:00', 'Overdue since 17:00'],
    ['2026-12-02T07:00', 'Quá hạn 1 ngày làm việc', 'Overdue 1 working day'], // the next working day has begun
    ['2026-12-02T07:45', 'Quá hạn 1 ngày làm việc', 'Overdue 1 working day'],
    ['2026-12-03T09:00', 'Quá hạn 2 ngày làm việc', 'Overdue 2 working days'],
    ['2026-12-05T09:00', 'Quá hạn 3 ngày làm việc', 'Overdue 3 working days'], // Saturday: Wed, Thu, Fri
  ])('at %s: "%s" / "%s"', (now, vi, en) => {
    expect(text(dossier(), now, 'vi')).toBe(vi);
    expect(text(dossier(), now, 'en')).toBe(en);
  });

  it.each([
    // Due Friday 04/12: over the weekend no working time passes, so the text says since when.
    ['2026-12-05T09:00', '2026-12-04T17:00:00+07:00', 'Quá hạn từ 17:00 04/12', 'Overdue since 17:00 04/12'],
    ['2026-12-06T20:00', '2026-12-04T17:00:00+07:00', 'Quá hạn từ 17:00 04/12', 'Overdue since 17:00 04/12'],
    // Due Monday 23/11 2026; Tuesday 24/11 is a holiday (Ngày Văn hóa Việt Nam).
    ['2026-11-24T10:00', '2026-11-23T17:00:00+07:00', 'Quá hạn từ 17:00 23/11', 'Overdue since 17:00 23/11'],
    ['2026-11-25T08:00', '2026-11-23T17:00:00+07:00', 'Quá hạn 1 ngày làm việc', 'Overdue 1 working day'],
  ])('at %s, due %s: "%s" / "%s"', (now, dueAt, vi, en) => {
    expect(text(dossier({ dueAt }), now, 'vi')).toBe(vi);
    expect(text(dossier({ dueAt }), now, 'en')).toBe(en);
  });

  it.each([
    ['2026-11-18T14:00', '2026-11-18T17:00:00+07:00', 'Hết hạn hôm nay 17:00'],
    ['2026-11-18T07:00', '2026-11-18T10:30:00+07:00', 'Còn 3 giờ'],
    ['2026-11-18T10:00', '2026-11-18T10:30:00+07:00', 'Còn 30 phút'],
    ['2026-11-18T16:00', '2026-11-19T10:00:00+07:00', 'Còn 3 giờ'], // 1 h today + 2.5 h tomorrow
    ['2026-11-18T11:00', '2026-11-18T10:00:00+07:00', 'Quá hạn 1 giờ'],
    ['2026-11-18T10:20', '2026-11-18T10:00:00+07:00', 'Quá hạn 20 phút'],
    // Exactly 60 working minutes left is an hour; 59 is minutes.
    ['2026-11-18T09:00', '2026-11-18T10:00:00+07:00', 'Còn 1 giờ'],
    ['2026-11-18T09:01', '2026-11-18T10:00:00+07:00', 'Còn 59 phút'],
    ['2026-11-18T10:59', '2026-11-18T10:00:00+07:00', 'Quá hạn 59 phút'],
  ])('hour-level deadlines: at %s, deadline %s → "%s"', (now, stepDueAt, vi) => {
    expect(text(dossier({ dueAt: null, stepDueAt }), now, 'vi', 'step')).toBe(vi);
  });

  it.each([
    ['vi', 'Đã xong', 'Chưa rõ hạn'],
    ['en', 'Done', 'No deadline'],
  ] as const)('%s: "%s" for closed dossiers and "%s" without a date', (locale, done, unknown) => {
    expect(text(dossier({ status: 'done' }), '2026-11-20T09:00', locale)).toBe(done);
    expect(text(dossier({ dueAt: null }), '2026-11-20T09:00', locale)).toBe(unknown);
  });

  it('still says "due today" at 17:00:00 sharp on the due day, and "overdue" one second later', () => {
    expect(text(dossier(), '2026-12-01T17:00:00', 'vi')).toBe('Hết hạn hôm nay 17:00');
    expect(text(dossier(), '2026-12-01T17:00:01', 'vi')).toBe('Quá hạn từ 17:00');
  });

  it('uses singular English for one hour', () => {
    expect(text(dossier({ stepDueAt: '2026-11-18T10:00:00+07:00' }), '2026-11-18T08:30', 'en', 'step')).toBe('1 hour left');
  });
});
