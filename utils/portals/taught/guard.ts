/**
 * Validation of taught adapters, wherever they come from (stored settings, an imported file, the
 * teach bar): CSS selectors and words only, never script, with size limits. Pure: the DOM check of
 * a selector (does it parse?) is passed in by callers that have a document (`selectorParses`).
 */
import { type Guard, ValidationError, fail, isPlainObject, isoInstant, object, oneOf, preview, str } from '../../validation/guards';
import { DATE_FORMATS, TAUGHT_FIELDS, type FieldLocator, type TaughtAdapter } from './types';

export const MAX_SELECTOR = 300;
export const MAX_WORDS = 80;
/** Taught portals kept in settings. */
export const MAX_TAUGHT = 100;

// Control characters (C0, DEL, C1) and the bidi/format characters a hostile file could hide text with.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Text that must stay words or a selector: no markup, no URL schemes that run code, no escapes. */
function plain(max: number, what: string, combinators = false): Guard<string> {
  const base = str({ min: 1, max });
  return (x, path = '') => {
    const text = base(x, path);
    if (CONTROL.test(text)) fail(path, `${what} có ký tự điều khiển`);
    // `>` is the child combinator in a selector; `<` is never needed.
    if (text.includes('<') || (!combinators && text.includes('>'))) fail(path, `${what} không được chứa dấu < hoặc >`);
    // Backslash escapes could spell anything (`j\61vascript`); taught selectors never need them.
    if (text.includes('\\')) fail(path, `${what} không được chứa dấu \\`);
    if (/(java|vb)script\s*:|data\s*:|expression\s*\(|url\s*\(/i.test(text.replace(/\s+/g, ''))) fail(path, `${what} có nội dung giống mã lệnh: ${preview(text)}`);
    return text.trim();
  };
}

export const selectorText = plain(MAX_SELECTOR, 'bộ chọn', true);
export const wordsText = plain(MAX_WORDS, 'tiêu đề cột');

const locator: Guard<FieldLocator> = (x, path = '') => {
  if (!isPlainObject(x)) fail(path, `cần {"header": …} hoặc {"selector": …}, nhận ${preview(x)}`);
  const keys = Object.keys(x);
  if (keys.length !== 1 || (keys[0] !== 'header' && keys[0] !== 'selector')) {
    fail(path, `cần đúng một khóa "header" hoặc "selector", nhận ${preview(keys)}`);
  }
  return keys[0] === 'header' ? { header: wordsText(x.header, `${path}.header`) } : { selector: selectorText(x.selector, `${path}.selector`) };
};

/** Like `object`, but a key it does not know is an error: an imported file says exactly what it means. */
function strict<T extends object>(guard: Guard<T>): Guard<T> {
  const keys = new Set(Object.keys(guard.shape ?? {}));
  const checked = (x: unknown, path = ''): T => {
    if (isPlainObject(x)) {
      const unknown = Object.keys(x).filter((k) => !keys.has(k));
      if (unknown.length) fail(path, `khóa không rõ: ${unknown.map((k) => preview(k)).join(', ')}`);
    }
    return guard(x, path);
  };
  return Object.assign(checked, { shape: guard.shape }) as Guard<T>;
}

const fields: Guard<TaughtAdapter['fields']> = (x, path = '') => {
  if (!isPlainObject(x)) fail(path, `cần đối tượng, nhận ${preview(x)}`);
  const issues: string[] = [];
  const out: Record<string, FieldLocator> = {};
  for (const [key, value] of Object.entries(x)) {
    const at = `${path}.${key}`;
    if (!(TAUGHT_FIELDS as readonly string[]).includes(key)) issues.push(`${at}: trường không rõ`);
    else {
      try {
        out[key] = locator(value, at);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        issues.push(...e.issues);
      }
    }
  }
  if (!x.code) issues.push(`${path}.code: thiếu cách đọc mã hồ sơ`);
  if (!x.dueAt) issues.push(`${path}.dueAt: thiếu cách đọc ngày hẹn trả`);
  if (issues.length) throw new ValidationError(issues);
  return out as TaughtAdapter['fields'];
};

/** `http(s)://host[:port]` exactly. */
const origin: Guard<string> = (x, path = '') => {
  const text = str({ min: 1, max: 300 })(x, path);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== text) fail(path, `${preview(text)} không phải origin dạng https://ten-mien`);
  return text;
};

/** An absolute path; `*` for one varying segment. No query, no fragment. */
const pathPattern: Guard<string> = (x, path = '') => {
  const text = str({ min: 1, max: 300 })(x, path);
  if (!/^\/[\p{L}\p{N}._~!$&'()+,;=:@%*/-]*$/u.test(text)) fail(path, `${preview(text)} không phải đường dẫn dạng /ho-so/danh-sach`);
  return text;
};

export const taughtGuard: Guard<TaughtAdapter> = strict(
  object<TaughtAdapter>({
    origin,
    path: pathPattern,
    label: plain(100, 'tên cổng'),
    rows: selectorText,
    fields,
    dateFormat: oneOf(DATE_FORMATS),
    taughtAt: isoInstant,
  }),
);

/** Every selector of an adapter, with its path, for the DOM check. */
export function selectorsOf(adapter: TaughtAdapter): Array<[string, string]> {
  const out: Array<[string, string]> = [['rows', adapter.rows]];
  for (const [key, loc] of Object.entries(adapter.fields)) if (loc && 'selector' in loc) out.push([`fields.${key}.selector`, loc.selector]);
  return out;
}

/** True when the document's own selector engine accepts `selector` (checked on a detached fragment). */
export function selectorParses(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Where a path pattern matches a URL's path (`*` = one segment). */
export function pathMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`);
  return re.test(pathname);
}

export function taughtFor(list: readonly TaughtAdapter[], url: string): TaughtAdapter[] {
  if (!URL.canParse(url)) return [];
  const { origin: o, pathname } = new URL(url);
  return list.filter((a) => a.origin === o && pathMatches(a.path, pathname));
}
