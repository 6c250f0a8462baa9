/**
 * `npx tsx scripts/regen-fixtures.ts`: rewrites `<case>.expected.json` beside every portal fixture
 * from the recognizer's current output; review the diff before committing. Each fixture names its URL
 * in the browser's "saved from url" comment and the clock in `<!-- nhac-han now=ISO -->`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectHtml } from './cli/inspect';
import { parseInstant } from '../utils/time/vn-time';

// Path arithmetic rather than `new URL(…, import.meta.url)`: under a DOM test environment URL is not Node's.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portals');

export interface Fixture {
  /** `<portal>/<case>`, e.g. `igate/processing` */
  name: string;
  html: string;
  url: string;
  now: number;
  expectedPath: string;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURES_DIR, dir.name))
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((file) => {
          const path = join(FIXTURES_DIR, dir.name, file);
          const html = readFileSync(path, 'utf8');
          const url = /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html)?.[1];
          const now = parseInstant(/<!-- nhac-han now=(\S+) -->/.exec(html)?.[1] ?? '');
          if (!url || Number.isNaN(now)) throw new Error(`${path}: thiếu "saved from url" hoặc "nhac-han now"`);
          return { name: `${dir.name}/${file.slice(0, -5)}`, html, url, now, expectedPath: path.replace(/\.html$/, '.expected.json') };
        }),
    );
}

export function fixtureOutput(f: Fixture): string {
  return `${JSON.stringify(inspectHtml(f.html, f.url, f.now), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of listFixtures()) {
    writeFileSync(f.expectedPath, fixtureOutput(f));
    console.log(`đã ghi ${f.name}.expected.json`);
  }
}
