import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeState, type BadgeCounts } from '../../../utils/service/badge-state';
import { view } from './fixtures';

const DEFAULT_COUNTS: BadgeCounts = { overdue: true, letterDue: true, dueToday: true, near: false };

const overdue = view({ code: 'a', dueAt: '2026-11-13T17:00:00+07:00' });
const letter = view({ code: 'b', dueAt: '2026-11-19T17:00:00+07:00' });
const today = view({ code: 'c', dueAt: '2026-11-18T17:00:00+07:00' });
const near = view({ code: 'd', dueAt: '2026-11-19T17:00:00+07:00', letterSent: true });
const ok = view({ code: 'e' });

describe('badgeState', () => {
  it.each([
    ['overdue makes it red', [overdue, letter, today, near, ok], DEFAULT_COUNTS, '3', BADGE_COLORS.red],
    ['letter and today make it amber', [letter, today, ok], DEFAULT_COUNTS, '2', BADGE_COLORS.amber],
    ['nothing pending is a green 0', [ok, near], DEFAULT_COUNTS, '0', BADGE_COLORS.green],
    ['near counts when the setting says so', [ok, near], { ...DEFAULT_COUNTS, near: true }, '1', BADGE_COLORS.amber],
    ['overdue not counted leaves it amber', [overdue, today], { ...DEFAULT_COUNTS, overdue: false }, '1', BADGE_COLORS.amber],
    ['no dossier seen yet shows nothing', [], DEFAULT_COUNTS, '', BADGE_COLORS.green],
  ])('%s', (_name, views, counts, text, color) => {
    const state = badgeState(views, counts, 'vi', 0);
    expect(state.text).toBe(text);
    expect(state.color).toBe(color);
  });

  it('does not count dossiers that left the officer’s list', () => {
    const gone = { ...overdue, unseenSince: '2026-11-17T09:00:00+07:00' };
    expect(badgeState([gone, today], DEFAULT_COUNTS, 'vi', 0).text).toBe('1');
  });

  it('gives the breakdown in the tooltip', () => {
    expect(badgeState([overdue, letter, today, near], DEFAULT_COUNTS, 'vi', 0).title).toBe(
      'Nhắc Hạn: 3 hồ sơ cần xử lý\nQuá hạn: 1\nCần xin lỗi: 1\nHôm nay: 1\nSắp đến hạn: 1',
    );
  });

  it.each([
    ['nothing pending on a partly seen list shows no number, not 0', [ok, near], 2, ''],
    ['something pending on a partly seen list still shows its count', [overdue, ok], 1, '1'],
    ['no dossier stored and a partly seen list shows nothing', [], 1, ''],
  ])('%s', (_name, views, partial, text) => {
    const state = badgeState(views, DEFAULT_COUNTS, 'vi', partial);
    expect(state.text).toBe(text);
    expect(state.title.split('\n')).toContain(`Chỉ tính hồ sơ đã thấy: ${partial} danh sách chưa xem hết`);
  });

  it('says in English which lists were not fully seen, right after the total', () => {
    expect(badgeState([overdue], DEFAULT_COUNTS, 'en', 3).title.split('\n').slice(0, 2)).toEqual([
      'Nhắc Hạn: 1 dossiers need action',
      'Counting only dossiers seen: 3 lists not fully seen',
    ]);
  });

  it('says nothing about lists when every recent list was seen whole', () => {
    expect(badgeState([ok], DEFAULT_COUNTS, 'vi', 0).title).not.toContain('Chỉ tính');
  });
});
