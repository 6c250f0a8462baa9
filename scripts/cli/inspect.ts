/**
 * `npm run -s cli -- inspect <page.html> --url <URL> [--now ISO]`: the page's dossiers as the extension
 * would see them, through the very same `recognize`, in happy-dom. Page scripts are never run.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { recognize, toInspectJson } from '../../utils/portals/index';
import { parseInstant } from '../../utils/time/vn-time';

export function inspectHtml(html: string, url: string, now: number): ReturnType<typeof toInspectJson> {
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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<unknown> {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const url = option(args, 'url');
  if (!file || !url) throw new Error('Cách dùng: inspect <trang.html> --url <địa chỉ trang> [--now <ISO>]');
  try {
    new URL(url);
  } catch {
    throw new Error(`--url không hợp lệ: "${url}"`);
  }
  const nowText = option(args, 'now');
  const now = nowText === undefined ? Date.now() : parseInstant(nowText);
  if (Number.isNaN(now)) throw new Error(`--now không hợp lệ: "${nowText}"`);
  return inspectHtml(await readFile(file, 'utf8'), url, now);
}
