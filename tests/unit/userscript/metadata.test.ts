import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-portal';
import { PORTAL_HOST_PATTERNS } from '../../../utils/portals/hosts';
import {
  USERSCRIPT_GRANTS,
  grantsReferenced,
  matchPatternToRegExp,
  matchesUrl,
  metadataBlock,
  nhacHanMeta,
} from '../../../utils/userscript/metadata';

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };
const meta = (env: Record<string, string | undefined> = {}) => nhacHanMeta({ version: pkg.version, hosts: PORTAL_HOST_PATTERNS, env });

/** Real-looking officer URLs of each host pattern (docs/domain.md §7), with query and hash. */
const EXAMPLES: Record<(typeof PORTAL_HOST_PATTERNS)[number], string[]> = {
  '*://*.gov.vn/*': [
    'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    'https://motcua.hagiang.dichvucong.gov.vn/vi/dossier/search?page=2',
    'https://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly?tab=den-han',
    'http://dichvucong.hanoi.gov.vn/ho-so/dang-xu-ly',
    'https://egov.danang.gov.vn/motcua/hoso_danhsach.php?trang=3',
    // A province's portal in no list (34 provinces since the 2025 merger, hosts keep moving).
    'https://dichvucong.camau.gov.vn/ho-so/dang-xu-ly#tab=2',
  ],
  '*://*.vnptigate.vn/*': [
    'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing/6570a1b2c3d4e5f601234567?procedure=1&task=2',
    'http://motcua-hagiang.vnptigate.vn:8080/vi/dossier/processing#list',
  ],
};

const matches = (block: string) => [...block.matchAll(/^\/\/ @match\s+(\S+)$/gm)].map((m) => m[1]!);
const grants = (block: string) => [...block.matchAll(/^\/\/ @grant\s+(\S+)$/gm)].map((m) => m[1]!);

describe('userscript metadata block', () => {
  const block = metadataBlock(meta());

  it('opens and closes the block and carries name, namespace, version, description, run-at and noframes', () => {
    expect(block.split('\n')[0]).toBe('// ==UserScript==');
    expect(block.trimEnd().split('\n').at(-1)).toBe('// ==/UserScript==');
    expect(block).toMatch(/^\/\/ @name\s+Nhắc Hạn/m);
    expect(block).toMatch(/^\/\/ @namespace\s+https:\/\//m);
    expect(block).toMatch(new RegExp(`^// @version\\s+${pkg.version.replaceAll('.', '\\.')}$`, 'm'));
    expect(block).toMatch(/^\/\/ @description\s+\S.*hồ sơ/m);
    expect(block).toMatch(/^\/\/ @run-at\s+document-idle$/m);
    expect(block).toMatch(/^\/\/ @noframes$/m);
  });

  it('has one @match per known portal host pattern, none of them matching every site', () => {
    expect(matches(block)).toEqual([...PORTAL_HOST_PATTERNS]);
    expect(matches(block)).not.toContain('*://*/*');
    for (const pattern of matches(block)) {
      expect([pattern, matchesUrl(pattern, 'https://example.com/vi/dossier/processing')]).toEqual([pattern, false]);
    }
  });

  it.each(Object.entries(EXAMPLES))('%s compiles and matches its portal URLs', (pattern, urls) => {
    expect(() => matchPatternToRegExp(pattern)).not.toThrow();
    for (const url of urls) expect([url, matchesUrl(pattern, url)]).toEqual([url, true]);
  });

  it.each(DEMO_PAGES.map(([url]) => [url]))('the demo page %s is matched by some @match', (url) => {
    expect(matches(block).some((p) => matchesUrl(p, url))).toBe(true);
  });

  it.each([
    ['*://*.vnptigate.vn/*', 'https://vnptigate.vn.evil.example/vi/dossier'],
    ['*://*.vnptigate.vn/*', 'https://evilvnptigate.vn/'],
    ['*://*.gov.vn/*', 'https://motcua.thanhhoa.gov.vn.evil.example/'],
    ['*://*.gov.vn/*', 'https://dichvucong.camau.gov.vn.evil.example/ho-so'],
    ['*://*.gov.vn/*', 'https://evilgov.vn/'],
    ['*://*.gov.vn/*', 'https://gov.vn.example.com/'],
    ['*://*.gov.vn/*', 'ftp://motcua.thanhhoa.gov.vn/'],
  ])('%s does not match the look-alike %s', (pattern, url) => {
    expect(matchesUrl(pattern, url)).toBe(false);
  });

  it.each(['*://*.*/*', 'https://*.example.com', 'chrome://settings/*', '*://exa*mple.com/*', 'http://', '<all_urls>'])(
    'rejects the invalid pattern %s',
    (pattern) => {
      expect(() => matchPatternToRegExp(pattern)).toThrow(/@match/);
    },
  );

  it('lists update and download URLs only when the build sets them', () => {
    expect(block).not.toMatch(/@updateURL|@downloadURL/);
    const withUrls = metadataBlock(meta({ USERSCRIPT_UPDATE_URL: 'https://intranet.example/nhac-han.meta.js', USERSCRIPT_DOWNLOAD_URL: 'https://intranet.example/nhac-han.user.js' }));
    expect(withUrls).toMatch(/^\/\/ @updateURL\s+https:\/\/intranet\.example\/nhac-han\.meta\.js$/m);
    expect(withUrls).toMatch(/^\/\/ @downloadURL\s+https:\/\/intranet\.example\/nhac-han\.user\.js$/m);
  });

  it.each(['*://*/*', 'https://*/ho-so/*', '*://*.vn/*', '*://*.com.vn/*'])('refuses %s: the script runs on the portals only', (pattern) => {
    expect(() => metadataBlock({ ...meta(), matches: [...PORTAL_HOST_PATTERNS, pattern] })).toThrow(/mọi trang/);
  });

  it('refuses a value that would break out of its line', () => {
    expect(() => metadataBlock({ ...meta(), description: 'a\n// @grant GM_xmlhttpRequest' })).toThrow(/xuống dòng/);
  });

  it('reads the GM names a source refers to, in both forms, ignoring GM_info', () => {
    expect(grantsReferenced('GM_getValue(k); await GM.setValue(k, v); GM_info.script; typeof GM.notification')).toEqual([
      'GM.notification',
      'GM.setValue',
      'GM_getValue',
    ]);
  });
});
