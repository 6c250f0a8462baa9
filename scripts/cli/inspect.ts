/**
 * `npm run -s cli -- inspect <page.html> --url <URL> [--now ISO]`: the page's dossiers as the extension
 * would see them, through the very same `recognize`, in happy-dom. Page scripts are never run.
 * `inspect <response.json> --url <URL>` reads a saved iGate `/pa/dossier/search` response instead,
 * through the same reader the extension applies to the page's own responses (`--url`: the page, or
 * the request with its `page=` number).
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { coverageFrom } from '../../utils/portals/coverage';
import { coverageFromIgateSearch, recordsFromIgateSearch } from '../../utils/portals/adapters/igate';
import { recognize, toInspectJson } from '../../utils/portals/index';
import { parseInstant } from '../../utils/time/vn-time';

type InspectJson = ReturnType<typeof toInspectJson>;

export function inspectHtml(html: string, url: string, now: number): InspectJson {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return toInspectJson(recognize(doc as unknown as Document, url, { now }));
  } finally {
    void window.happyDOM.close();
  }
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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<unknown> {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const url = option(args, 'url');
  if (!file || !url) throw new Error('Cách dùng: inspect <trang.html | phản-hồi.json> --url <địa chỉ trang> [--now <ISO>]');
  try {
    new URL(url);
  } catch {
    throw new Error(`--url không hợp lệ: "${url}"`);
  }
  const nowText = option(args, 'now');
  const now = nowText === undefined ? Date.now() : parseInstant(nowText);
  if (Number.isNaN(now)) throw new Error(`--now không hợp lệ: "${nowText}"`);
  const text = await readFile(file, 'utf8');
  return /\.json$/i.test(file) ? inspectIgateResponse(text, url) : inspectHtml(text, url, now);
}
