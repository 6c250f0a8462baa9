/**
 * `npx tsx scripts/regen-fixtures.ts`: rewrites `<case>.expected.json` beside every portal fixture
 * from the recognizer's current output; review the diff before committing. Each page names its URL,
 * `<!-- saved from url=(NNNN)URL -->` for a page a browser saved or `<!-- nhac-han url=URL -->` for a
 * page made for the tests, and the clock in `<!-- nhac-han now=ISO -->`; a saved iGate response
 * `<case>.response.json` takes both from its `<case>.hand.json`. The values that matter are also
 * checked by hand in tests/unit/portals/hand-checked.test.ts, which no regeneration changes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectHtml, inspectIgateResponse } from './cli/inspect';
import { parseInstant } from '../utils/time/vn-time';

// Path arithmetic rather than `new URL(…, import.meta.url)`: under a DOM test environment URL is not Node's.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/portals');

export interface Fixture {
  /** `<portal>/<case>`, e.g. `igate/processing` */
  name: string;
  /** The saved page, or the saved response body for `response`. */
  html: string;
  response: boolean;
  url: string;
  now: number;
  expectedPath: string;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURES_DIR, dir.name))
        .filter((f) => f.endsWith('.html') || f.endsWith('.response.json'))
        .sort()
        .map((file) => {
          const path = join(FIXTURES_DIR, dir.name, file);
          const html = readFileSync(path, 'utf8');
          const response = file.endsWith('.response.json');
          const base = path.replace(/\.html$|\.response\.json$/, '');
          const meta = response ? (JSON.parse(readFileSync(`${base}.hand.json`, 'utf8')) as { url?: string; now?: string }) : null;
          const url = meta ? meta.url : /<!-- (?:saved from url=\(\d+\)|nhac-han url=)(\S+) -->/.exec(html)?.[1];
          const now = parseInstant((meta ? meta.now : /<!-- nhac-han now=(\S+) -->/.exec(html)?.[1]) ?? '');
          if (!url || Number.isNaN(now)) throw new Error(`${path}: thiếu "saved from url" (hoặc "nhac-han url") hoặc "nhac-han now"`);
          return { name: `${dir.name}/${base.slice(base.lastIndexOf('/') + 1)}`, html, response, url, now, expectedPath: `${base}.expected.json` };
        }),
    );
}

export function fixtureOutput(f: Fixture): string {
  const out = f.response ? inspectIgateResponse(f.html, f.url) : inspectHtml(f.html, f.url, f.now);
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of listFixtures()) {
    writeFileSync(f.expectedPath, fixtureOutput(f));
    console.log(`đã ghi ${f.name}.expected.json`);
  }
}
