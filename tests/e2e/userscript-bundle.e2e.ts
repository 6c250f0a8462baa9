/**
 * The built userscript itself (npm test builds it before this stage): its metadata block grants
 * exactly what its code uses, and the code makes no request of its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USERSCRIPT_GRANTS, grantsReferenced } from '../../utils/userscript/metadata';

const source = readFileSync(resolve('.output/userscript/nhac-han.user.js'), 'utf8');
const END = '// ==/UserScript==';
const header = source.slice(0, source.indexOf(END) + END.length + 1);
const code = source.slice(header.length);
const grants = [...header.matchAll(/^\/\/ @grant\s+(\S+)$/gm)].map((m) => m[1]!);

describe('the built userscript', () => {
  it('opens with its metadata block', () => {
    expect(source.startsWith('// ==UserScript==')).toBe(true);
    expect(header).toContain(END);
  });

  it('declares exactly the grants its code refers to', () => {
    expect([...grants].sort()).toEqual(grantsReferenced(code));
    expect([...grants].sort()).toEqual([...USERSCRIPT_GRANTS].sort());
  });

  it('makes no network request of its own', () => {
    expect(code).not.toMatch(/GM_xmlhttpRequest|GM\.xmlHttpRequest|navigator\.sendBeacon|new WebSocket/);
  });
});
