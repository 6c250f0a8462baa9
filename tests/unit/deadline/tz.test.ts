import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The engine must give the same answers whatever TZ the machine has; TZ is read at process start,
// so each zone runs the engine in a fresh Node process.
const ROOT = process.cwd(); // vitest runs from the project root
const SCRIPT = `
import { dueDate, urgencyOf, countdownText, suggestNewDueDate } from './utils/deadline/index.ts';
import { yearCalendar, dayInfo, solarToLunar } from './utils/calendar/index.ts';
const now = Date.UTC(2026, 10, 30, 1, 0);
const u = urgencyOf({ dueAt: '2026-12-01T17:00:00+07:00', stepDueAt: '2026-11-27T10:00', status: 'processing' }, now);
console.log(JSON.stringify({
  due: ['2026-11-20T16:10', '2026-11-20T14:59', '2026-02-13T23:30', '2026-12-31T23:59'].map((r) =>
    ['working', 'calendar', 'hours'].map((unit) => dueDate(r, 5, unit))),
  u, text: countdownText(u.appointment, 'vi', now), step: countdownText(u.step, 'en', now),
  suggest: suggestNewDueDate('2026-12-01T17:00:00+07:00', now, 3),
  cal: yearCalendar(2027).days.map((d) => d.date),
  day: dayInfo('2026-11-24'),
  lunar: ['2007-02-17', '2030-02-02', '2026-02-16'].map(solarToLunar),
}));
`;

function runIn(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
}

describe('timezone independence', () => {
  const reference = runIn('Asia/Ho_Chi_Minh');

  it('produces real output in Vietnam time', () => {
    expect(JSON.parse(reference).due[0][0].dueAt).toBe('2026-12-01T17:00:00+07:00');
  });

  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Adak'])('gives identical results with TZ=%s', (tz) => {
    expect(runIn(tz)).toBe(reference);
  });
}, 60_000);
