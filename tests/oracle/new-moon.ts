/**
 * Astronomical new moons, independent of utils/calendar/lunar.ts: the instant the Moon's geocentric
 * ecliptic longitude (ELP/MPP02, astronomia) equals the Sun's apparent one (VSOP87, astronomia).
 * Meeus's new-moon series (ch. 49) gives the start; Newton steps on the ELP/VSOP87 elongation finish
 * it. Terrestrial time is turned into UT with astronomia's ΔT.
 */
import * as elp from 'astronomia/elp';
import deltat from 'astronomia/deltat';
import moonphase from 'astronomia/moonphase';
import moonposition from 'astronomia/moonposition';
import { Planet } from 'astronomia/planetposition';
import solar from 'astronomia/solar';
import vsop87Bearth from 'astronomia/data/vsop87Bearth';
import elpMppDe from 'astronomia/data/elpMppDe';

const earth = new Planet(vsop87Bearth);
const moon = new elp.Moon(elpMppDe);
const TWO_PI = 2 * Math.PI;
const wrap = (x: number) => ((((x + Math.PI) % TWO_PI) + TWO_PI) % TWO_PI) - Math.PI;
/** The Sun's mean motion, rad/day; only the Newton slope uses it (the Moon's own rate dominates). */
const SUN_RATE = (0.9856 * Math.PI) / 180;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;

function elongation(jde: number): number {
  const sun = solar.trueVSOP87(earth, jde);
  return wrap(moon.position(jde).lon - (sun.lon + solar.aberration(sun.range)));
}

function slope(jde: number): number {
  const h = 0.01;
  return wrap(moonposition.position(jde + h).lon - moonposition.position(jde).lon) / h - SUN_RATE;
}

/** Meeus's lunation number k: 0 is the new moon of 6 January 2000. */
export const lunationOf = (decimalYear: number) => Math.round((decimalYear - 2000) * 12.3685);

/** The k-th new moon as Unix epoch milliseconds (UT). */
export function newMoonMs(k: number): number {
  const year = 2000 + k / 12.3685;
  let jde = moonphase.newMoon(year);
  for (let i = 0; i < 2; i++) jde -= elongation(jde) / slope(jde);
  const jdUt = jde - deltat.deltaT(year) / 86_400;
  return Math.round((jdUt - UNIX_EPOCH_JD) * DAY_MS);
}
