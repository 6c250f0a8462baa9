/**
 * The lunar calendar against an oracle that shares nothing with utils/calendar/lunar.ts: the
 * astronomical new moons of astronomia (VSOP87 + ELP/MPP02, tests/oracle/new-moon.ts). A Vietnamese
 * lunar month begins on the day (UTC+7) of its new moon, so every month from 1900 to 2199 must start
 * on the day of the file's new moon, except where the new moon is within two minutes of midnight:
 * there the algorithm's own astronomy (Meeus's series) may put it on the other side of midnight.
 * A sign flip in lunar.ts's new-moon series moves hundreds of month starts and fails this test.
 * tests/fixtures/lunar/new-moons.txt is written by scripts/new-moons.ts (minutes of ELP); a sample
 * of it is recomputed here, so the file cannot drift from the library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { solarToLunar } from '../../../utils/calendar';
import { addDays, daysBetween, type LocalDate } from '../../../utils/time/vn-time';
import { newMoonMs } from '../../oracle/new-moon';

interface NewMoon {
  k: number;
  day: LocalDate;
  time: string;
}

const NEW_MOONS: NewMoon[] = readFileSync('tests/fixtures/lunar/new-moons.txt', 'utf8')
  .split('\n')
  .filter((line) => /^-?\d/.test(line))
  .map((line) => {
    const [k, day, time] = line.split(' ') as [string, LocalDate, string];
    return { k: Number(k), day, time };
  });

/**
 * New moons within two minutes of Vietnamese midnight that the algorithm places on the next day;
 * each is checked below to be that close, so no real error can hide in this list. The last one is
 * 2 min 8 s before midnight: in 2199 ΔT (TT − UT) is an extrapolation uncertain by minutes, so the
 * margin there is two and a half minutes.
 */
const NEAR_MIDNIGHT: readonly string[] = [
  '1944-06-20 23:59:31',
  '2072-12-09 23:58:43',
  '2077-11-15 23:59:50',
  '2130-05-07 23:58:06',
  '2150-05-26 23:59:23',
  '2159-05-17 23:58:06',
  '2175-01-22 23:59:35',
  '2199-01-26 23:57:52',
];

const VN_OFFSET_MS = 7 * 3_600_000;
const minutesFromMidnight = (time: string) => {
  const [h, m, s] = time.split(':').map(Number) as [number, number, number];
  const minutes = h * 60 + m + s / 60;
  return Math.min(minutes, 1440 - minutes);
};

describe('lunar months against astronomical new moons (astronomia: VSOP87 + ELP/MPP02)', () => {
  it('holds every new moon from 1900 to 2199, in order, a lunation apart', () => {
    expect(NEW_MOONS.length).toBe(3712);
    expect(NEW_MOONS[0]).toEqual({ k: -1237, day: '1900-01-01', time: '20:51:56' });
    expect(NEW_MOONS.at(-1)!.day > '2199-12-01').toBe(true);
    const steps = NEW_MOONS.slice(1).map((m, i) => `${m.k - NEW_MOONS[i]!.k}:${daysBetween(NEW_MOONS[i]!.day, m.day)}`);
    expect(new Set(steps)).toEqual(new Set(['1:29', '1:30']));
  });

  it.each([0, 400, 1111, 1856, 2500, 3000, 3711])('file line %i is what astronomia computes now', (i) => {
    const moon = NEW_MOONS[i]!;
    const local = new Date(newMoonMs(moon.k) + VN_OFFSET_MS).toISOString();
    expect(`${local.slice(0, 10)} ${local.slice(11, 19)}`).toBe(`${moon.day} ${moon.time}`);
  });

  it('starts every lunar month from 1900 to 2199 on the day of its new moon', () => {
    const wrong: string[] = [];
    for (let i = 0; i + 1 < NEW_MOONS.length; i++) {
      const { day, time } = NEW_MOONS[i]!;
      const next = NEW_MOONS[i + 1]!.day;
      if (next > '2199-12-31') break;
      const length = daysBetween(day, next);
      const first = solarToLunar(day);
      const last = solarToLunar(addDays(next, -1));
      if (first.day !== 1 || last.day !== length || last.month !== first.month || last.leap !== first.leap) {
        wrong.push(`${day} ${time}`);
      }
    }
    expect(wrong).toEqual(NEAR_MIDNIGHT);
  });

  it('lists as exceptions only new moons within two minutes of midnight', () => {
    for (const entry of NEAR_MIDNIGHT) {
      expect(NEW_MOONS.some((m) => `${m.day} ${m.time}` === entry)).toBe(true);
      expect(minutesFromMidnight(entry.split(' ')[1]!)).toBeLessThan(entry.startsWith('2199') ? 2.5 : 2);
    }
  });
});
