import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as calendar } from '../../../scripts/cli/calendar';
import { run as due } from '../../../scripts/cli/due';
import { run as workday } from '../../../scripts/cli/workday';

const settings = (value: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), 'nhac-han-')), 'rules.json');
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('cli workday', () => {
  it.each([
    ['2026-11-24', { date: '2026-11-24', working: false, reason: 'Ngày Văn hóa Việt Nam (24/11)', provisional: false }],
    ['2026-11-23', { date: '2026-11-23', working: true, reason: null, provisional: false }],
    ['2026-11-22', { date: '2026-11-22', working: false, reason: 'Chủ nhật', provisional: false }],
    ['2026-08-22', { date: '2026-08-22', working: true, reason: 'Làm bù cho ngày nghỉ 31/08/2026', provisional: false }],
    ['2027-02-10', { date: '2027-02-10', working: false, reason: 'Nghỉ bù Tết Nguyên Đán', provisional: true }],
  ])('workday %s → %o', async (date, expected) => {
    expect(await workday([date])).toEqual(expected);
  });

  it('applies --rules overrides', async () => {
    const path = settings({ extraWorkingDays: [{ date: '2026-08-31', reason: 'Không hoán đổi' }] });
    expect(await workday(['2026-08-31', '--rules', path])).toMatchObject({ working: true, reason: 'Không hoán đổi' });
  });

  it.each([
    [[], /Cách dùng/],
    [['2026-02-31'], /Ngày không hợp lệ/],
    [['24/11/2026'], /YYYY-MM-DD/],
    [['2026-11-24', '--rules', '/nonexistent.json'], /Không đọc được/],
  ])('workday %o fails with a clear message', async (args, message) => {
    await expect(workday(args)).rejects.toThrow(message);
  });
});

describe('cli due', () => {
  it('answers the issue example', async () => {
    expect(await due(['--received', '2026-11-20T16:10', '--days', '5'])).toEqual({
      receivedAt: '2026-11-20T16:10:00+07:00',
      countFrom: '2026-11-25',
      dueAt: '2026-12-01T17:00:00+07:00',
      letterDueBy: '2026-11-30T17:00:00+07:00',
    });
  });

  it.each([
    ['calendar', '2026-11-30T17:00:00+07:00'],
    ['hours', '2026-11-20T14:30:00+07:00'],
    ['working', '2026-11-27T17:00:00+07:00'],
  ])('--unit %s', async (unit, dueAt) => {
    expect(await due(['--received', '2026-11-20T08:00', '--days', unit === 'hours' ? '5' : unit === 'calendar' ? '10' : '4', '--unit', unit])).toMatchObject({ dueAt });
  });

  it('takes the cut-off and supplement rule from --rules', async () => {
    const noCutoff = settings({ cutoff: null });
    expect(await due(['--received', '2026-11-20T16:10', '--days', '5', '--rules', noCutoff])).toMatchObject({ dueAt: '2026-11-30T17:00:00+07:00' });
    const pause = settings({ supplementRule: 'pause' });
    const args = ['--received', '2026-11-02T09:00', '--days', '10', '--supplement-requested', '2026-11-05T10:00', '--supplement-completed', '2026-11-10T09:00'];
    expect(await due(args)).toMatchObject({ dueAt: '2026-11-25T17:00:00+07:00' });
    expect(await due([...args, '--rules', pause])).toMatchObject({ dueAt: '2026-11-19T17:00:00+07:00' });
  });

  it.each([
    [['--days', '5'], /Cách dùng/],
    [['--received', '2026-02-31T09:00', '--days', '5'], /không hợp lệ/],
    [['--received', '2026-11-20T09:00', '--days=-2'], /số nguyên dương/],
    [['--received', '2026-11-20T09:00', '--days', '2.5'], /số nguyên dương/],
    [['--received', '2026-11-20T09:00', '--days', '0'], /số nguyên dương/],
    [['--received', '2026-11-20T09:00', '--days', '5', '--unit', 'weeks'], /--unit phải là/],
    [['--received', '2026-11-20T09:00', '--days', '5', '--supplement-requested', '2026-11-21T09:00'], /Cần cả/],
    [['--received', '2026-11-20T09:00', '--days', '5', '--rules', settings({ cutof: '15:00' })], /không có trường: cutof/],
    [['--received', '2026-11-20T09:00', '--days', '5', '--rules', settings({ cutoff: '3pm' })], /Giờ không hợp lệ/],
  ])('due %o fails with a clear message', async (args, message) => {
    await expect(due(args)).rejects.toThrow(message);
  });
});

describe('cli calendar', () => {
  it('lists 2026 days off and worked Saturdays with reasons', async () => {
    const result = (await calendar(['2026'])) as { year: number; provisional: boolean; days: { date: string; working: boolean; reason: string }[] };
    expect(result.year).toBe(2026);
    expect(result.provisional).toBe(false);
    expect(result.days.filter((d) => d.working).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(result.days.find((d) => d.date === '2026-11-24')?.reason).toBe('Ngày Văn hóa Việt Nam (24/11)');
    expect(result.days).toHaveLength(25);
  });

  it('flags a derived year as provisional', async () => {
    expect(await calendar(['2027'])).toMatchObject({ year: 2027, provisional: true });
  });

  it.each([[[]], [['26']], [['2026', '2027']], [['năm']]])('calendar %o fails', async (args) => {
    await expect(calendar(args)).rejects.toThrow();
  });
});

describe('cli dispatcher (npm run -s cli)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: process.cwd(), encoding: 'utf8' });

  it('prints one JSON line on stdout', () => {
    const r = cli('due', '--received', '2026-11-20T16:10', '--days', '5');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dueAt: '2026-12-01T17:00:00+07:00' });
    expect(r.stderr).toBe('');
  });

  it('prints errors on stderr and exits non-zero', () => {
    const r = cli('workday', '2026-02-31');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Ngày không hợp lệ: "2026-02-31"/);
  });

  it('names the commands when the command is unknown', () => {
    const r = cli('deadline');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Không có lệnh "deadline".*calendar, due,.*workday/);
  });
}, 30_000);
