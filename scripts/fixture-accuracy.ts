/**
 * `npx tsx scripts/fixture-accuracy.ts`: how many hand-checked field values (`<case>.hand.json`) the
 * recognizer gets right on each portal fixture, and which ones it gets wrong. A missing dossier
 * fails all its checks; a dossier not in the hand list (or any dossier on a page that should give
 * none) is one failed check. The unit test requires every check to pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DossierRecord } from '../utils/portals/types';
import { fixtureOutput, listFixtures, type Fixture } from './regen-fixtures';

const FIELDS = ['procedure', 'applicant', 'receivedAt', 'dueAt', 'stepDueAt', 'dateOnly', 'status', 'statusText', 'handler'] as const;

export interface HandFile {
  kind: string;
  dossiers: Array<Pick<DossierRecord, 'code' | (typeof FIELDS)[number]>>;
}

export interface Checked {
  name: string;
  passed: number;
  total: number;
  failures: string[];
}

export function handPath(f: Fixture): string {
  return f.expectedPath.replace(/\.expected\.json$/, '.hand.json');
}

export function checkFixture(f: Fixture): Checked {
  const hand = JSON.parse(readFileSync(handPath(f), 'utf8')) as HandFile;
  const out = JSON.parse(fixtureOutput(f)) as { kind: string | null; dossiers: DossierRecord[] };
  const failures: string[] = [];
  let total = 1;
  if ((out.kind ?? 'none') !== hand.kind) failures.push(`kind: ${out.kind} ≠ ${hand.kind}`);
  for (const want of hand.dossiers) {
    const got = out.dossiers.find((d) => d.code === want.code);
    total += 1 + FIELDS.length;
    if (!got) {
      failures.push(`${want.code}: không thấy (${1 + FIELDS.length} mục)`);
      continue;
    }
    for (const k of FIELDS) {
      const [a, b] = [JSON.stringify(got[k] ?? (k === 'dateOnly' ? [] : null)), JSON.stringify(want[k])];
      if (a !== b) failures.push(`${want.code}.${k}: ${a} ≠ ${b}`);
    }
  }
  for (const extra of out.dossiers.filter((d) => !hand.dossiers.some((w) => w.code === d.code))) {
    total += 1;
    failures.push(`${extra.code}: hồ sơ thừa`);
  }
  const failedChecks = failures.reduce((n, f) => n + (/\((\d+) mục\)$/.exec(f) ? Number(/\((\d+) mục\)$/.exec(f)![1]) : 1), 0);
  return { name: f.name, passed: total - failedChecks, total, failures };
}

export const handChecked = (): Fixture[] => listFixtures().filter((f) => existsSync(handPath(f)));

/** Pages that must give no dossiers: negative/ pages, and citizens' lookups and statistics by their hand check. */
export function expectsNoDossiers(f: Fixture): boolean {
  if (f.name.startsWith('negative/')) return true;
  return existsSync(handPath(f)) && ['lookup', 'none'].includes((JSON.parse(readFileSync(handPath(f), 'utf8')) as HandFile).kind);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let passed = 0;
  let total = 0;
  for (const c of handChecked().map(checkFixture)) {
    passed += c.passed;
    total += c.total;
    console.log(`${c.name}: ${c.passed}/${c.total}${c.failures.map((f) => `\n  ${f}`).join('')}`);
  }
  console.log(`Tổng: ${passed}/${total} mục đúng (${((100 * passed) / total).toFixed(1)}%)`);
}
