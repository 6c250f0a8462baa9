/**
 * "Chia sẻ cách đọc cổng này": a taught portal as a small JSON file a colleague imports in one
 * click. Imports are strict (utils/portals/taught/guard.ts) and all-or-nothing: a bad file changes
 * nothing stored and says, in Vietnamese, what is wrong.
 */
import { ValidationError, isPlainObject, preview } from '../../validation/guards';
import { selectorsOf, taughtGuard } from './guard';
import type { TaughtAdapter } from './types';

export const TAUGHT_FILE_KIND = 'nhac-han/cach-doc-cong';
export const TAUGHT_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 64 * 1024;
/** Portals in one file (an IT desk may share a province's set). */
export const MAX_FILE_PORTALS = 20;

export interface TaughtFile {
  kind: typeof TAUGHT_FILE_KIND;
  version: typeof TAUGHT_FILE_VERSION;
  portals: TaughtAdapter[];
}

export function taughtFileText(portals: readonly TaughtAdapter[]): string {
  const file: TaughtFile = { kind: TAUGHT_FILE_KIND, version: TAUGHT_FILE_VERSION, portals: [...portals] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function taughtFileName(adapter: TaughtAdapter): string {
  return `nhac-han-cach-doc-${new URL(adapter.origin).hostname}.json`;
}

export interface ImportChecks {
  /** The portal's origin is one the extension may read (built-in or granted by the officer). */
  granted: (origin: string) => boolean;
  /** The browser's own selector parser accepts it (`selectorParses(document, s)`). */
  parses: (selector: string) => boolean;
}

export type ImportResult = { ok: true; portals: TaughtAdapter[] } | { ok: false; errors: string[] };

const bad = (...errors: string[]): ImportResult => ({ ok: false, errors });

/** Why a file of this size is refused before it is even read, or null. */
export function tooLarge(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES ? `Tệp quá lớn (${Math.ceil(bytes / 1024)} KB, tối đa ${MAX_FILE_BYTES / 1024} KB): đây không phải tệp cách đọc cổng.` : null;
}

export function parseTaughtFile(text: string, checks: ImportChecks): ImportResult {
  const large = tooLarge(new TextEncoder().encode(text).length);
  if (large) return bad(large);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return bad('Tệp không đọc được (không phải JSON): hãy chọn đúng tệp “nhac-han-cach-doc-….json” đồng nghiệp gửi.');
  }
  if (!isPlainObject(json) || json.kind !== TAUGHT_FILE_KIND) return bad('Đây không phải tệp cách đọc cổng của Nhắc Hạn.');
  if (json.version !== TAUGHT_FILE_VERSION) return bad(`Tệp thuộc phiên bản ${preview(json.version)}, bản Nhắc Hạn này đọc phiên bản ${TAUGHT_FILE_VERSION}: hãy cập nhật Nhắc Hạn.`);
  const unknown = Object.keys(json).filter((k) => !['kind', 'version', 'portals'].includes(k));
  if (unknown.length) return bad(`Tệp có mục không rõ: ${unknown.map((k) => preview(k)).join(', ')}.`);
  const list = json.portals;
  if (!Array.isArray(list) || list.length === 0) return bad('Tệp không có cổng nào.');
  if (list.length > MAX_FILE_PORTALS) return bad(`Tệp có ${list.length} cổng, tối đa ${MAX_FILE_PORTALS}.`);
  const errors: string[] = [];
  const portals: TaughtAdapter[] = [];
  list.forEach((item, i) => {
    const at = `cổng ${i + 1}`;
    let adapter: TaughtAdapter;
    try {
      adapter = taughtGuard(item, at);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors.push(...e.issues);
      return;
    }
    for (const [path, selector] of selectorsOf(adapter)) {
      if (!checks.parses(selector)) errors.push(`${at}.${path}: ${preview(selector)} không phải bộ chọn CSS hợp lệ`);
    }
    if (!checks.granted(adapter.origin)) {
      errors.push(`${at}: Nhắc Hạn chưa được phép đọc ${adapter.origin}. Thêm cổng này trong mục “Cổng một cửa” của trang Thiết lập rồi nhập lại.`);
    }
    portals.push(adapter);
  });
  return errors.length ? { ok: false, errors } : { ok: true, portals };
}

/**
 * Stored list with `incoming` added: a portal taught again for the same origin and path replaces
 * the old one. Beyond the limit the settings refuse the list as a whole, so nothing is dropped.
 */
export function mergeTaught(stored: readonly TaughtAdapter[], incoming: readonly TaughtAdapter[]): TaughtAdapter[] {
  const same = (a: TaughtAdapter, b: TaughtAdapter) => a.origin === b.origin && a.path === b.path;
  return [...stored.filter((s) => !incoming.some((i) => same(s, i))), ...incoming];
}
