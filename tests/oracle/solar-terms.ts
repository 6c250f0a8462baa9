/**
 * Principal solar terms (zhongqi, trung khí), independent of utils/calendar/lunar.ts: the instant
 * the Sun's apparent longitude (VSOP87 with nutation and aberration, astronomia) is a multiple of
 * 30°. 270° is the December solstice. secant steps on the longitude from a mean-motion guess;
 * terrestrial time is turned into UT with astronomia's ΔT.
 */
import deltat from 'astronomia/deltat';
import { Planet } from 'astronomia/planetposition';
import solar from 'astronomia/solar';
import vsop87Bearth from 'astronomia/data/vsop87Bearth';

const earth = new Planet(vsop87Bearth);
const TWO_PI = 2 * Math.PI;
const wrap = (x: number) => ((((x + Math.PI) % TWO_PI) + TWO_PI) % TWO_PI) - Math.PI;
const TROPICAL_YEAR = 365.2422;
/** Days per radian of the Sun's mean motion (the true rate differs by up to 3.4 %). */
const DAYS_PER_RADIAN = TROPICAL_YEAR / TWO_PI;
/** Julian day of the mean March equinox of 2000 (≈ 20 March 2000, 07:35 TT). */
const EQUINOX_2000 = 2451623.8;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;

/**
 * The instant (Unix epoch milliseconds, UT) in Gregorian year `year` at which the Sun's apparent
 * longitude is `degrees` (a multiple of 30 for a principal term; 270 is the December solstice).
 */
export function solarTermMs(year: number, degrees: number): number {
  const target = (degrees * Math.PI) / 180;
  const miss = (jde: number) => wrap(target - solar.apparentVSOP87(earth, jde).lon);
  // Days from the March equinox by mean motion (within three days of the true instant); the terms
  // of January and February (300°, 330°) come before the year's equinox.
  const afterEquinox = ((((degrees + 80) % 360) + 360) % 360) - 80;
  let x0 = EQUINOX_2000 + (year - 2000) * TROPICAL_YEAR + afterEquinox * (TROPICAL_YEAR / 360);
  let f0 = miss(x0);
  let x1 = x0 + f0 * DAYS_PER_RADIAN;
  // Secant steps: the true rate varies through the year, so the mean slope only starts them.
  for (let i = 0; i < 8; i++) {
    const f1 = miss(x1);
    const step = f1 === f0 ? 0 : (f1 * (x1 - x0)) / (f0 - f1);
    [x0, f0, x1] = [x1, f1, x1 + step];
    if (Math.abs(step) < 1e-6) break;
  }
  const decimalYear = 2000 + (x1 - 2451544.5) / TROPICAL_YEAR;
  const jdUt = x1 - deltat.deltaT(decimalYear) / 86_400;
  return Math.round((jdUt - UNIX_EPOCH_JD) * DAY_MS);
}
