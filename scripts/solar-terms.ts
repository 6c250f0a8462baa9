/**
 * Writes tests/fixtures/lunar/solar-terms.txt: every principal solar term (the Sun's apparent
 * longitude a multiple of 30°) from December 1899 to January 2200 in Vietnam time, from astronomia
 * (tests/oracle/solar-terms.ts), never from the code under test. VSOP87 takes seconds for the 300
 * years, so tests/unit/calendar/lunar-terms.test.ts reads the file and recomputes a sample of it.
 * Run: npx tsx scripts/solar-terms.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { solarTermMs } from '../tests/oracle/solar-terms';

const VN_OFFSET_MS = 7 * 3_600_000;
const lines: string[] = [];
for (let year = 1899; year <= 2200; year++) {
  for (const degrees of [300, 330, 0, 30, 60, 90, 120, 150, 180, 210, 240, 270]) {
    if ((year === 1899 && degrees !== 270) || (year === 2200 && degrees !== 300)) continue;
    const local = new Date(solarTermMs(year, degrees) + VN_OFFSET_MS).toISOString();
    lines.push(`${degrees} ${local.slice(0, 10)} ${local.slice(11, 19)}`);
  }
}
mkdirSync('tests/fixtures/lunar', { recursive: true });
writeFileSync(
  'tests/fixtures/lunar/solar-terms.txt',
  `# Sun's apparent longitude (degrees), the instant in Vietnam time (UTC+7), from astronomia (VSOP87): scripts/solar-terms.ts\n${lines.join('\n')}\n`,
);
console.log(`${lines.length} principal terms written`);
