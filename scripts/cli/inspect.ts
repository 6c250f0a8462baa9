/**
 * `npm run -s cli -- inspect <page.html> --url <URL> [--now ISO] [--adapter taught.json]`: the page's
 * dossiers as the extension would see them, through the very same `recognize`, in happy-dom. Page
 * scripts are never run. `--adapter` reads the page with a taught portal file ("Chia sẻ cách đọc
 * cổng này"), checked as strictly as an import; without `--url` the page is taken to be at the
 * taught list's own address.
 * `inspect <response.json> --url <URL>` reads a saved iGate `/pa/dossier/search` response instead,
 * through the same reader the extension applies to the page's own responses (`--url`: the page, or
 * the request with its `page=` number).
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { coverageFrom } from '../../utils/portals/coverage';
import { coverageFromIgateSearch, recordsFromIgateSearch } from '../../utils/portals/adapters/igate';
import { recognize, toInspectJson } from '../../utils/portals/index';
import { selectorParses } from '../../utils/portals/taught/guard';
import { parseTaughtFile } from '../../utils/portals/taught/file';
import type { TaughtAdapter } from '../../utils/portals/taught/types';
import { parseInstant } from '../../utils/time/vn-time';

type InspectJson = ReturnType<typeof toInspectJson> & { taught?: string };

function withDocument<T>(html: string, url: string, read: (doc: Document) => T): T {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    return read(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    void window.happyDOM.close();
  }
}

export function inspectHtml(html: string, url: string, now: number, taught: readonly TaughtAdapter[] = []): InspectJson {
  return withDocument(html, url, (doc) => {
    const rec = recognize(doc, url, { now, taught });
    return { ...toInspectJson(rec), ...(rec.taught ? { taught: rec.taught.state } : {}) };
  });
}

/** A saved `/pa/dossier/search` body: its records, the part of the list it covers, and what was skipped. */
export function inspectIgateResponse(text: string, url: string): InspectJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`Tệp không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`);
  }
  const content = typeof json === 'object' && json !== null ? (json as { content?: unknown }).content : undefined;
  if (!Array.isArray(content)) throw new Error('Không phải phản hồi /pa/dossier/search của iGate: thiếu mảng "content"');
  const dossiers = recordsFromIgateSearch(json, url);
  const read = new Set(dossiers.map((d) => d.code));
  const problems = content.flatMap((item, i) => {
    const code = typeof item === 'object' && item !== null ? (item as { code?: unknown; nationCode?: unknown }) : null;
    const named = [code?.code, code?.nationCode].find((c) => typeof c === 'string' && read.has(c.trim()));
    return named ? [] : [`Mục ${i + 1}: không có mã hồ sơ, bỏ qua`];
  });
  const coverage = coverageFrom(coverageFromIgateSearch(json, url), content.length);
  return { portal: 'igate', kind: 'list', coverage, dossiers, problems };
}

/** A taught portal file, validated like an import; the developer's machine grants every origin. */
export function readTaughtFile(text: string): TaughtAdapter[] {
  const parsed = withDocument('', 'about:blank', (doc) => parseTaughtFile(text, { granted: () => true, parses: (s) => selectorParses(doc, s) }));
  if (!parsed.ok) throw new Error(`--adapter: ${parsed.errors.join('; ')}`);
  return parsed.portals;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<unknown> {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const adapterFile = option(args, 'adapter');
  const taught = adapterFile ? readTaughtFile(await readFile(adapterFile, 'utf8')) : [];
  const first = taught[0];
  const url = option(args, 'url') ?? (first && `${first.origin}${first.path.replaceAll('*', 'x')}`);
  if (!file || !url) throw new Error('Cách dùng: inspect <trang.html | phản-hồi.json> --url <địa chỉ trang> [--now <ISO>] [--adapter <cach-doc.json>]');
  try {
    new URL(url);
  } catch {
    throw new Error(`--url không hợp lệ: "${url}"`);
  }
  const nowText = option(args, 'now');
  const now = nowText === undefined ? Date.now() : parseInstant(nowText);
  if (Number.isNaN(now)) throw new Error(`--now không hợp lệ: "${nowText}"`);
  const text = await readFile(file, 'utf8');
  return /\.json$/i.test(file) ? inspectIgateResponse(text, url) : inspectHtml(text, url, now, taught);
}
