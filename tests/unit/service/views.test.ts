import { describe, expect, it } from 'vitest';
import { compareViews } from '../../../utils/service/views';
import { NOW, view } from './fixtures';

describe('dossierView', () => {
  it.each([
    ['due at today’s close', { dueAt: '2026-11-18T17:00:00+07:00' }, 'due-today', 'Hết hạn hôm nay 17:00'],
    ['due last Friday', { dueAt: '2026-11-13T17:00:00+07:00' }, 'overdue', 'Quá hạn 3 ngày làm việc'],
    ['due tomorrow with no letter yet', { dueAt: '2026-11-19T17:00:00+07:00' }, 'letter-due', 'Cần thư xin lỗi hôm nay'],
    ['due tomorrow, letter already sent', { dueAt: '2026-11-19T17:00:00+07:00', letterSent: true }, 'near', 'Còn 1 ngày làm việc'],
    ['due in four weeks (24/11 is a holiday)', {}, 'ok', 'Còn 18 ngày làm việc'],
    ['finished, not confirmed on the portal', { status: 'done' as const }, 'done-unconfirmed', 'Đã xong, chưa xác nhận'],
    ['finished and confirmed', { status: 'done' as const, confirmedOnSystem: true }, 'done', 'Đã xong · đã xác nhận'],
    ['without any deadline', { dueAt: null }, 'unknown', 'Chưa rõ hạn'],
    [
      'far appointment but the step is due today',
      { stepDueAt: '2026-11-18T17:00:00+07:00' },
      'due-today',
      'Hạn xử lý: Hết hạn hôm nay 17:00',
    ],
  ])('%s → %s, "%s"', (_name, overrides, level, label) => {
    const v = view(overrides);
    expect(v.level).toBe(level);
    expect(v.label).toBe(label);
  });

  it('uses the apology letter’s new date instead of the original appointment', () => {
    const v = view({ dueAt: '2026-11-13T17:00:00+07:00', appointmentOverride: '2026-12-01T17:00:00+07:00' });
    expect(v.level).toBe('ok');
    expect(v.appointment.deadline).toBe('2026-12-01T17:00:00+07:00');
    expect(v.details).toContain('Hẹn trả mới theo thư xin lỗi: 01/12/2026 17:00 (hẹn cũ 13/11/2026 17:00)');
  });

  it('explains both deadlines, how they are counted and the status', () => {
    const v = view({ dueAt: '2026-11-20T17:00:00+07:00', stepDueAt: '2026-11-19T17:00:00+07:00' });
    expect(v.details).toEqual([
      'Mã hồ sơ: 000.00.31.H48-261110-0001',
      'Hẹn trả: 20/11/2026 17:00 (Còn 2 ngày làm việc)',
      'Hạn gửi thư xin lỗi: 19/11/2026 17:00',
      'Hạn xử lý: 19/11/2026 17:00 (Còn 1 ngày làm việc)',
      'Tính theo ngày làm việc (07:30–11:30, 13:00–17:00), bỏ qua thứ Bảy, Chủ nhật và ngày nghỉ lễ; ngày không kèm giờ tính đến hết giờ làm việc.',
      'Trạng thái: Đang xử lý',
      'Cán bộ xử lý: Lê Thị Hồng',
    ]);
  });

  it('shows a date the portal gave without a time as the day alone, counting to the end of working hours', () => {
    const v = view({ dueAt: '2026-11-20T17:00:00+07:00', stepDueAt: '2026-11-19T17:00:00+07:00', dateOnly: ['dueAt', 'stepDueAt'] });
    expect(v.details.slice(1, 4)).toEqual([
      'Hẹn trả: 20/11/2026 (Còn 2 ngày làm việc)',
      'Hạn gửi thư xin lỗi: 19/11/2026 17:00',
      'Hạn xử lý: 19/11/2026 (Còn 1 ngày làm việc)',
    ]);
    const moved = view({ dueAt: '2026-11-13T17:00:00+07:00', appointmentOverride: '2026-12-01T17:00:00+07:00', dateOnly: ['dueAt'] });
    expect(moved.details).toContain('Hẹn trả mới theo thư xin lỗi: 01/12/2026 17:00 (hẹn cũ 13/11/2026)');
  });

  it('speaks English when the settings say so', () => {
    const v = view({ dueAt: '2026-11-19T17:00:00+07:00' }, NOW, 'en');
    expect(v.label).toBe('Apology letter due today');
    expect(v.details[1]).toBe('Return date: 19/11/2026 17:00 (1 working day left)');
  });

  it('orders by level, then the most overdue or least time left first', () => {
    const views = [
      view({ code: 'ok', dueAt: '2026-12-15T17:00:00+07:00' }),
      view({ code: 'late-1', dueAt: '2026-11-17T17:00:00+07:00' }),
      view({ code: 'today', dueAt: '2026-11-18T17:00:00+07:00' }),
      view({ code: 'late-5', dueAt: '2026-11-11T17:00:00+07:00' }),
      view({ code: 'ok-soon', dueAt: '2026-12-04T17:00:00+07:00' }),
    ];
    expect(views.sort(compareViews).map((v) => v.code)).toEqual(['late-5', 'late-1', 'today', 'ok-soon', 'ok']);
  });
});
