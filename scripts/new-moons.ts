/**
 * Writes tests/fixtures/lunar/new-moons.txt: every astronomical new moon from 1900 to 2199 in Vietnam
 * time, from astronomia (tests/oracle/new-moon.ts), never from the code under test. It takes minutes
 * (ELP/MPP02 is a long series); tests/unit/calendar/lunar-oracle.test.ts checks a sample of the file
 * against the library again. Run: npx tsx scripts/new-moons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { lunationOf, newMoonMs } from '../tests/oracle/new-moon';

const VN_OFFSET_MS = 7 * 3_600_000;
const lines: string[] = [];
for (let k = lunationOf(1899.95); k <= lunationOf(2200.05); k++) {
  const local = new Date(newMoonMs(k) + VN_OFFSET_MS).toISOString();
  lines.push(`${k} ${local.slice(0, 10)} ${local.slice(11, 19)}`);
}
mkdirSync('tests/fixtures/lunar', { recursive: true });
writeFileSync(
  'tests/fixtures/lunar/new-moons.txt',
  `# Meeus lunation number, new moon in Vietnam time (UTC+7), from astronomia (VSOP87 + ELP/MPP02): scripts/new-moons.ts\n${lines.join('\n')}\n`,
);
console.log(`${lines.length} new moons written`);
