import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { EMPTY_MEMORY, inQuietHours, planNotifications, type NotificationSettings } from '../../../utils/service/notify-plan';
import type { DossierView } from '../../../utils/service/views';
import { vnEpoch } from '../../../utils/time/vn-time';
import { NOW, view } from './fixtures';

const SETTINGS: NotificationSettings = { enabled: true, quietHours: null, morningDigest: false, stepDeadlines: true };

function plan(views: DossierView[], options: { now?: number; settings?: Partial<NotificationSettings>; memory?: typeof EMPTY_MEMORY } = {}) {
  return planNotifications({
    views,
    now: options.now ?? NOW,
    memory: options.memory ?? EMPTY_MEMORY,
    settings: { ...SETTINGS, ...options.settings },
    rules: DEFAULT_RULES,
    locale: 'vi',
  });
}

describe('planNotifications', () => {
  it.each([
    ['due today', { dueAt: '2026-11-18T17:00:00+07:00' }, 'Hồ sơ đến hạn hôm nay'],
    ['letter due today', { dueAt: '2026-11-19T17:00:00+07:00' }, 'Cần gửi thư xin lỗi hôm nay'],
    ['overdue', { dueAt: '2026-11-13T17:00:00+07:00' }, 'Hồ sơ quá hạn'],
    ['step due today', { stepDueAt: '2026-11-18T17:00:00+07:00' }, 'Hạn xử lý hôm nay'],
  ])('announces a dossier %s once', (_name, overrides, title) => {
    const first = plan([view(overrides)]);
    expect(first.notifications.map((n) => n.title)).toEqual([title]);
    expect(first.notifications[0]!.url).toBe('http://motcua.thanhhoa.gov.vn/ho-so/1');
    expect(plan([view(overrides)], { memory: first.memory }).notifications).toEqual([]);
  });

  it('announces again when the dossier moves on to the next stage', () => {
    const first = plan([view({ dueAt: '2026-11-18T17:00:00+07:00' })]);
    const later = vnEpoch(2026, 11, 18, 17, 30);
    const next = plan([view({ dueAt: '2026-11-18T17:00:00+07:00' }, later)], { now: later, memory: first.memory });
    expect(next.notifications.map((n) => n.title)).toEqual(['Hồ sơ quá hạn']);
  });

  it('says nothing about finished, fine or unseen dossiers, nor step deadlines when turned off', () => {
    const views = [
      view({ status: 'done', dueAt: '2026-11-13T17:00:00+07:00' }),
      view({}),
      view({ dueAt: '2026-11-13T17:00:00+07:00', unseenSince: '2026-11-17T08:00:00+07:00' }),
      view({ stepDueAt: '2026-11-18T17:00:00+07:00' }),
    ];
    expect(plan(views, { settings: { stepDeadlines: false } }).notifications).toEqual([]);
  });

  it('holds everything back in quiet hours and shows it afterwards', () => {
    const night = vnEpoch(2026, 11, 18, 22, 0);
    const overdue = view({ dueAt: '2026-11-13T17:00:00+07:00' }, night);
    const quiet = { quietHours: { start: '21:00', end: '07:00' } };
    const held = plan([overdue], { now: night, settings: quiet });
    expect(held.notifications).toEqual([]);
    const morning = vnEpoch(2026, 11, 19, 7, 5);
    expect(plan([overdue], { now: morning, settings: quiet, memory: held.memory }).notifications).toHaveLength(1);
  });

  it('sums up more than three new events in one notification', () => {
    const views = ['1', '2', '3', '4'].map((code) => view({ code, dueAt: '2026-11-13T17:00:00+07:00' }));
    const result = plan(views);
    expect(result.notifications).toHaveLength(1);
    expect(result.notifications[0]!.message).toBe('Quá hạn: 4 · Cần thư xin lỗi: 0 · Hôm nay: 0 · Sắp đến hạn: 0');
    expect(result.memory.fired).toHaveLength(4);
  });

  it('sends the morning digest once, at the start of a working day', () => {
    const views = [view({ dueAt: '2026-11-13T17:00:00+07:00' })];
    const early = vnEpoch(2026, 11, 18, 7, 0);
    const opening = vnEpoch(2026, 11, 18, 7, 31);
    const settings = { morningDigest: true };
    expect(plan(views, { now: early, settings }).notifications.map((n) => n.id)).toEqual([
      'overdue|antd|000.00.31.H48-261110-0001|2026-11-13T17:00:00+07:00',
    ]);
    const first = plan(views, { now: opening, settings });
    expect(first.notifications.map((n) => n.title)).toEqual(['Nhắc Hạn — đầu ngày làm việc', 'Hồ sơ quá hạn']);
    expect(plan(views, { now: opening + 60_000, settings, memory: first.memory }).notifications).toEqual([]);
    const sunday = vnEpoch(2026, 11, 22, 8, 0);
    expect(plan(views, { now: sunday, settings, memory: first.memory }).notifications).toEqual([]);
  });

  it('forgets dossiers that are no longer stored', () => {
    const first = plan([view({ dueAt: '2026-11-13T17:00:00+07:00' })]);
    expect(plan([], { memory: first.memory }).memory.fired).toEqual([]);
  });
});

describe('inQuietHours', () => {
  it.each([
    ['21:00', '07:00', 22, true],
    ['21:00', '07:00', 6, true],
    ['21:00', '07:00', 7, false],
    ['12:00', '13:00', 12, true],
    ['12:00', '13:00', 14, false],
  ])('%s–%s at %i:00 → %s', (start, end, hour, quiet) => {
    expect(inQuietHours(vnEpoch(2026, 11, 18, hour, 0), { start, end })).toBe(quiet);
  });
});
