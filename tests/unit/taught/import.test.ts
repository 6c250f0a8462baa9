import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, mergeTaught, parseTaughtFile, taughtFileText, type ImportChecks } from '../../../utils/portals/taught/file';
import { selectorParses } from '../../../utils/portals/taught/guard';
import type { TaughtAdapter } from '../../../utils/portals/taught/types';
import { originGranted } from '../../../utils/portals/hosts';
import { DEFAULT_SETTINGS, repairSettings, applySettingsPatch } from '../../../utils/settings';

const ADAPTER: TaughtAdapter = {
  origin: 'http://motcua.tphcm.gov.vn',
  path: '/ho-so/da-tiep-nhan',
  label: 'Cổng motcua.tphcm.gov.vn',
  rows: 'div.the-hs[data-hs]',
  fields: { code: { selector: '[data-truong="so-bien-nhan"]' }, dueAt: { header: 'Ngày hẹn trả' }, status: { selector: ':scope > div:nth-child(3)' } },
  dateFormat: 'dd/MM/yyyy',
  taughtAt: '2026-11-24T10:00:00+07:00',
};

const checks: ImportChecks = { granted: (o) => originGranted(o, []), parses: (s) => selectorParses(document, s) };
const fileWith = (patch: (a: Record<string, unknown>) => unknown) =>
  JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 1, portals: [patch(structuredClone(ADAPTER) as unknown as Record<string, unknown>)] });
const withField = (field: string, loc: unknown) => fileWith((a) => ({ ...a, fields: { ...(a.fields as object), [field]: loc } }));

describe('parseTaughtFile', () => {
  it('a file exported by Nhắc Hạn imports back to the same adapter', () => {
    expect(parseTaughtFile(taughtFileText([ADAPTER]), checks)).toEqual({ ok: true, portals: [ADAPTER] });
  });

  it.each([
    ['not JSON', '{"kind": "nhac-han/cach-doc-cong",', 'không phải JSON'],
    ['another JSON file (a backup)', JSON.stringify({ dossiers: [] }), 'không phải tệp cách đọc cổng'],
    ['a newer version', JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 2, portals: [] }), 'phiên bản 2'],
    ['no portal', JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 1, portals: [] }), 'không có cổng nào'],
    ['an unknown top-level key', JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 1, portals: [ADAPTER], run: 'x' }), 'mục không rõ: "run"'],
    ['too large a file', `{"kind":"nhac-han/cach-doc-cong","pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`, 'Tệp quá lớn'],
    ['too many portals', JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 1, portals: Array(21).fill(ADAPTER) }), '21 cổng, tối đa 20'],
    ['a script in a selector', withField('code', { selector: 'a[href^="javascript:alert(1)"]' }), 'giống mã lệnh'],
    ['markup in header words', withField('dueAt', { header: '<img src=x onerror=alert(1)>' }), 'dấu < hoặc >'],
    ['markup in a selector', withField('code', { selector: 'td<script>' }), 'dấu < hoặc >'],
    ['a control character', withField('code', { selector: 'td\u0000' }), 'ký tự điều khiển'],
    ['a bidi override in the label', fileWith((a) => ({ ...a, label: 'Cổng \u202Eabc' })), 'ký tự điều khiển'],
    ['a CSS escape', withField('code', { selector: '[data-x="j\\61vascript"]' }), 'dấu \\'],
    ['a url() in a selector', withField('code', { selector: 'td[style*="url(evil)"]' }), 'giống mã lệnh'],
    ['an over-long selector', withField('code', { selector: `td${'.a'.repeat(200)}` }), 'tối đa 300'],
    ['a selector the browser cannot parse', withField('code', { selector: 'td[[' }), 'không phải bộ chọn CSS hợp lệ'],
    ['an unknown field', withField('onclick', { selector: 'td' }), 'fields.onclick: trường không rõ'],
    ['a locator with both kinds', withField('code', { selector: 'td', header: 'Mã' }), 'đúng một khóa'],
    ['a missing appointment date', fileWith((a) => ({ ...a, fields: { code: { selector: 'td' } } })), 'thiếu cách đọc ngày hẹn trả'],
    ['an unknown adapter key', fileWith((a) => ({ ...a, script: 'alert(1)' })), 'khóa không rõ: "script"'],
    ['a javascript: origin', fileWith((a) => ({ ...a, origin: 'javascript:alert(1)' })), 'không phải origin'],
    ['a path with a query', fileWith((a) => ({ ...a, path: '/ho-so?x=<b>' })), 'không phải đường dẫn'],
    ['an unknown date format', fileWith((a) => ({ ...a, dateFormat: 'MM/dd/yyyy' })), 'không thuộc'],
    ['a portal not granted', fileWith((a) => ({ ...a, origin: 'https://evil.example.com' })), 'chưa được phép đọc https://evil.example.com'],
    ['a __proto__ key', '{"kind":"nhac-han/cach-doc-cong","version":1,"portals":[{"__proto__":{"x":1}}]}', 'cổng 1'],
  ])('refuses %s with a clear message', (_, text, message) => {
    const result = parseTaughtFile(text, checks);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('one bad portal in a file refuses the whole file', () => {
    const text = JSON.stringify({ kind: 'nhac-han/cach-doc-cong', version: 1, portals: [ADAPTER, { ...ADAPTER, rows: 'tr<' }] });
    expect(parseTaughtFile(text, checks).ok).toBe(false);
  });

  it('a portal the officer granted (optional host permission) is accepted', () => {
    const text = fileWith((a) => ({ ...a, origin: 'https://motcua.example.org' }));
    expect(parseTaughtFile(text, { ...checks, granted: (o) => originGranted(o, ['https://motcua.example.org']) }).ok).toBe(true);
  });
});

describe('stored taught portals', () => {
  it('merging replaces the same origin + path and keeps every other', () => {
    const other = { ...ADAPTER, path: '/ho-so/khac' };
    const again = { ...ADAPTER, label: 'Dạy lại' };
    expect(mergeTaught([ADAPTER, other], [again])).toEqual([other, again]);
  });

  it('old settings without taught portals read as an empty list', () => {
    const old = { ...DEFAULT_SETTINGS, portals: { extraOrigins: ['https://a.example.org'] } };
    expect(repairSettings(old)).toEqual({ value: { ...DEFAULT_SETTINGS, portals: { extraOrigins: ['https://a.example.org'], taught: [] } }, errors: [] });
  });

  it('one damaged stored portal is dropped alone, the others survive', () => {
    const good2 = { ...ADAPTER, path: '/ho-so/khac' };
    const stored = { ...DEFAULT_SETTINGS, portals: { extraOrigins: [], taught: [ADAPTER, { ...ADAPTER, rows: 42 }, good2] } };
    const { value, errors } = repairSettings(stored);
    expect(value.portals.taught).toEqual([ADAPTER, good2]);
    expect(errors.join('\n')).toContain('portals.taught[1].rows');
  });

  it('the same origin + path taught twice is refused by a settings patch', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { portals: { taught: [ADAPTER, ADAPTER] } });
    expect(result.ok).toBe(false);
  });
});

describe('originGranted', () => {
  it.each([
    ['http://motcua.tphcm.gov.vn', [], true],
    ['https://tinh.dichvucong.gov.vn', [], true],
    ['https://dichvucong.gov.vn.evil.com', [], false],
    ['https://gov.vn.evil.example', [], false],
    ['https://evilgov.vn', [], false],
    ['https://motcua.example.org', ['https://motcua.example.org'], true],
  ] as const)('%s granted %j → %s', (origin, extra, expected) => expect(originGranted(origin, extra)).toBe(expected));
});
