/**
 * The built extension (npm test builds it before this stage): what the page-side scripts and the
 * popup load never includes Dexie or the docx library. The import graph test keeps the rooms
 * apart in the source; this one catches what a bundler drags in anyway (a barrel, a side effect).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BUILD } from './harness';
import { en } from '../../utils/i18n/en';
import { vi } from '../../utils/i18n/vi';

/** Strings found only in each library's own code (its error class, its XML namespaces). */
const LIBRARIES = { Dexie: /DexieError/, docx: /xmlns:w/ };

const manifest = JSON.parse(readFileSync(join(E2E_BUILD, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
  action?: { default_popup?: string };
};

/** The file and every chunk it reaches by static or dynamic import, as the browser would load them. */
function closure(entries: readonly string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = entries.map((e) => e.replace(/^\//, ''));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(E2E_BUILD, file))) continue;
    const code = readFileSync(join(E2E_BUILD, file), 'utf8');
    seen.set(file, code);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(spec!.startsWith('/') ? spec!.slice(1) : new URL(spec!, `file:///${dir}`).pathname.slice(1));
    }
  }
  return seen;
}

function htmlScripts(page: string): string[] {
  const html = readFileSync(join(E2E_BUILD, page), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
}

const contentEntries = [
  ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources.filter((r) => r.endsWith('.js'))),
  // Injected by the worker into a page where the bootstrap saw a list (utils/extension/tab-state.ts).
  'annotator.js',
  'igate-listener.js',
];
const popupPage = manifest.action?.default_popup ?? 'popup.html';

describe.each([
  ['the content scripts and what they load', () => closure(contentEntries)],
  ['the popup', () => closure(htmlScripts(popupPage))],
])('%s', (_name, load) => {
  const files = load();

  it('has files to check', () => {
    expect(files.size).toBeGreaterThan(0);
    expect([...files.values()].join('').length).toBeGreaterThan(1_000);
  });

  it.each(Object.entries(LIBRARIES))('never includes %s', (_library, marker) => {
    expect([...files].filter(([, code]) => marker.test(code)).map(([f]) => f)).toEqual([]);
  });
});

describe('the markers are real', () => {
  // The worker holds Dexie; the letter page loads docx on demand.
  const elsewhere = closure(['background.js', ...htmlScripts('letter.html')]);

  it.each(Object.entries(LIBRARIES))('%s is found where the library is bundled', (_library, marker) => {
    expect([...elsewhere.values()].some((code) => marker.test(code))).toBe(true);
  });
});

/** The bundler writes non-ASCII letters as `\uXXXX` / `\xXX` escapes: read them back as text. */
const unescaped = (code: string) =>
  code.replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_m, u: string | undefined, x: string | undefined) => String.fromCharCode(parseInt(u ?? x!, 16)));

describe('the annotator’s strings', () => {
  const annotator = unescaped(readFileSync(join(E2E_BUILD, 'annotator.js'), 'utf8'));
  const popup = unescaped([...closure(htmlScripts(popupPage)).values()].join('\n'));

  // utils/i18n/page.ts: the chips' and teach bar's catalogs only, not the popup's, dashboard's or settings'.
  it.each([
    ['a chip menu (vi)', vi['chip.menu'].split('{')[0]!, true],
    ['a chip menu (en)', en['chip.menu'].split('{')[0]!, true],
    ['the teach bar (vi)', vi['teach.save'], true],
    ['the dashboard title', vi['dash.title'], false],
    ['the settings title', vi['opt.title'], false],
    ['the popup’s empty list', vi['popup.empty'], false],
  ])('%s: in the annotator %s', (_what, text, expected) => {
    expect(annotator.includes(text)).toBe(expected);
    // The popup carries the full catalog, so each string is findable in a build.
    expect(popup.includes(text) || annotator.includes(text)).toBe(true);
  });
});
