/**
 * The userscript's metadata block (`// ==UserScript==` … `// ==/UserScript==`), built from
 * package.json and the portal host list, and the match-pattern rules Tampermonkey and
 * Violentmonkey apply to `@match`, so a test can prove every pattern means what it says.
 */

/** Grants the bundle uses, in both the synchronous (`GM_x`) and promise (`GM.x`) forms. */
export const USERSCRIPT_GRANTS = [
  'GM_getValue',
  'GM.getValue',
  'GM_setValue',
  'GM.setValue',
  'GM_notification',
  'GM.notification',
] as const;

export interface UserscriptMeta {
  name: string;
  namespace: string;
  version: string;
  description: string;
  matches: readonly string[];
  grants: readonly string[];
  /** Omitted from the block when unset (build env `USERSCRIPT_UPDATE_URL` / `USERSCRIPT_DOWNLOAD_URL`). */
  updateURL?: string | undefined;
  downloadURL?: string | undefined;
}

export function metadataBlock(meta: UserscriptMeta): string {
  for (const m of meta.matches) {
    matchPatternToRegExp(m);
    // The officer installs it for the portals; a script on every site is not what was reviewed.
    // Nor is one on a whole public suffix (`*.vn`, `*.com.vn`): gov.vn is the state's own domain.
    if (/^[^:]+:\/\/(\*|\*\.(?:[^./]+|(?:com|net|org|edu|info|biz)\.vn))\//.test(m)) throw new Error(`@match "${m}" chạy trên mọi trang web`);
  }
  const lines: [string, string][] = [
    ['name', meta.name],
    ['namespace', meta.namespace],
    ['version', meta.version],
    ['description', meta.description],
    ...meta.matches.map((m): [string, string] => ['match', m]),
    ...meta.grants.map((g): [string, string] => ['grant', g]),
    ['run-at', 'document-idle'],
    ['noframes', ''],
  ];
  if (meta.updateURL) lines.push(['updateURL', meta.updateURL]);
  if (meta.downloadURL) lines.push(['downloadURL', meta.downloadURL]);
  for (const [key, value] of lines) {
    // A line break in a value would end the key early or smuggle in another key.
    if (/[\r\n]/.test(value)) throw new Error(`@${key} không được chứa xuống dòng`);
  }
  const width = Math.max(...lines.map(([key]) => key.length)) + 1;
  const body = lines.map(([key, value]) => `// @${key.padEnd(width)}${value}`.trimEnd());
  return ['// ==UserScript==', ...body, '// ==/UserScript=='].join('\n') + '\n';
}

const PATTERN = /^(\*|https?|file|ftp):\/\/(\*|(?:\*\.)?[^/*:]+)?(\/.*)$/;
const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chrome/WebExtension match-pattern semantics: `*` as scheme means http or https, `*.host`
 * also matches the bare host, `*` in the path matches anything; query and hash are not part of
 * what is matched. Throws on an invalid pattern.
 */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`@match không hợp lệ: "${pattern}"`);
  const [, scheme, host = '', path] = m;
  if (scheme !== 'file' && host === '') throw new Error(`@match thiếu tên máy: "${pattern}"`);
  const schemeRe = scheme === '*' ? 'https?' : scheme!;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/:]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathRe = path!.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

/** Whether a URL is matched by a pattern (query and fragment ignored, as managers do). */
export function matchesUrl(pattern: string, url: string): boolean {
  const u = new URL(url);
  return matchPatternToRegExp(pattern).test(`${u.protocol}//${u.host}${u.pathname}`);
}

/** `GM_x` and `GM.x` names a bundle refers to, for checking the `@grant` list against it. */
export function grantsReferenced(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\bGM(_|\.)([A-Za-z]\w*)/g)) {
    if (m[2] !== 'info') found.add(`GM${m[1]}${m[2]}`);
  }
  return [...found].sort();
}

/** The block for this project: package.json's version, the portal hosts, URLs from the build env. */
export function nhacHanMeta(input: {
  version: string;
  hosts: readonly string[];
  env: Record<string, string | undefined>;
}): UserscriptMeta {
  return {
    name: 'Nhắc Hạn (userscript)',
    namespace: 'https://github.com/nhac-han/nhac-han',
    version: input.version,
    description: 'Nhắc hạn hồ sơ thủ tục hành chính ngay trên cổng một cửa: đếm ngược, số hồ sơ cần xử lý, thông báo, thư xin lỗi.',
    matches: input.hosts,
    grants: USERSCRIPT_GRANTS,
    updateURL: input.env.USERSCRIPT_UPDATE_URL || undefined,
    downloadURL: input.env.USERSCRIPT_DOWNLOAD_URL || undefined,
  };
}
