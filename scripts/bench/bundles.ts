/**
 * Sizes of what each extension context loads, raw and gzip, from the production build; and which
 * heavy libraries each one carries (a page must not load what it does not use, e.g. docx in the popup).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD } from './browser';
import { atMost, round, type Figure } from './stats';

/** Recognisable strings of the heavy libraries, as they survive minification. */
const LIBRARIES: Record<string, RegExp> = {
  dexie: /Dexie\.version|DexieError|dexie\.org/,
  docx: /officedocument\.wordprocessingml|w:document/,
  preact: /__H|preact|__k/,
};

/** What a page's HTML loads: its module script, preloaded chunks and stylesheets. */
function pageFiles(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

function entry(name: string, files: string[], expectAbsent: string[]) {
  const bodies = files.map((f) => readFileSync(join(BUILD, f)));
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const text = bodies.map((b) => b.toString('utf8')).join('\n');
  const libs = Object.entries(LIBRARIES).filter(([, re]) => re.test(text)).map(([lib]) => lib);
  const unexpected = libs.filter((lib) => expectAbsent.includes(lib));
  return { name, files, raw, gzip, libs, unexpected };
}

export function bundles(): Figure[] {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts: Array<{ js: string[]; css?: string[] }>;
  };
  const html = (page: string) => readFileSync(join(BUILD, page), 'utf8');
  const pages = ['popup.html', 'options.html', 'dashboard.html', 'letter.html'].filter((p) => {
    try {
      return statSync(join(BUILD, p)).isFile();
    } catch {
      return false;
    }
  });
  const entries = [
    // What every gov.vn page loads (the bootstrap; iGate hosts add the page-world listener), then what
    // the worker injects once a dossier list is seen.
    entry('content script', manifest.content_scripts.flatMap((c) => [...c.js, ...(c.css ?? [])]), ['dexie', 'docx', 'preact']),
    entry('annotator (on a list)', ['annotator.js'], ['dexie', 'docx']),
    entry('background', [manifest.background.service_worker], ['preact', 'docx']),
    // Only the letter page writes DOCX. The worker, the dashboard (backup check) and the letter page
    // (its register) open the database; the popup and options go through the worker.
    ...pages.map((p) => entry(p.replace('.html', ' page'), pageFiles(html(p)), p === 'letter.html' ? [] : p === 'dashboard.html' ? ['docx'] : ['dexie', 'docx'])),
  ];
  const g = 'Bundles (.output/chrome-mv3)';
  return entries.flatMap((e): Figure[] => {
    const kb = (n: number) => round(n / 1024, 1);
    const sizes: Figure = {
      group: g,
      name: `${e.name}: raw / gzip (${e.files.length} file${e.files.length > 1 ? 's' : ''})`,
      value: `${kb(e.raw)} / ${kb(e.gzip)}`,
      unit: 'KB',
      ...(e.name === 'content script' ? { target: '≤ 8 KB gzip', ok: atMost(kb(e.gzip), 8).ok } : {}),
      ...(e.name === 'annotator (on a list)' ? { target: '≤ 40 KB gzip', ok: atMost(kb(e.gzip), 40).ok } : {}),
    };
    const libs: Figure = {
      group: g,
      name: `${e.name}: libraries loaded`,
      value: e.libs.join(', ') || 'none',
      unit: '',
      target: 'nothing unused',
      ok: e.unexpected.length === 0,
    };
    return [sizes, libs];
  });
}
