/**
 * From the officer's clicks (the dossier code in one row, the appointment date, optionally other
 * fields) to a taught adapter: the rows are the clicked row and its repeated siblings, each field
 * is found by its column's header text where the list has one, otherwise by a stable selector
 * inside the row (data-* / name / ARIA attributes, a semantic class, then the cell's position).
 * Layout and hashed classes are never used: they change with every release of the portal.
 */
import { recognize, type Recognition } from '../index';
import { cellsOf, span } from '../generic/grid';
import { foldHeader } from '../parse/headers';
import { elementText } from '../parse/text';
import { toVnIso } from '../../time/vn-time';
import { ValidationError } from '../../validation/guards';
import { selectorParses, taughtGuard } from './guard';
import { childSelector, dateFormatOf, headerColumns } from './read';
import { DATE_FIELDS, TAUGHT_FIELDS, type FieldLocator, type TaughtAdapter, type TaughtField } from './types';

export type TeachClicks = Partial<Record<TaughtField, Element>>;

export type Inference =
  | { ok: true; adapter: TaughtAdapter; preview: Recognition }
  | { ok: false; error: string };

const ROW_LIKE = 'tr, [role=row], mat-row';
/** A field selector must find exactly one element in at least this share of the rows. */
const CONSISTENT = 0.8;

// Build hashes (css-1x2y3z, sc-AbCdE, Foo_bar__a1B2c) and layout utilities (Bootstrap, Tailwind,
// antd/element grid columns, row states) say nothing about what a cell holds.
const HASHED = /^(css|sc|jsx|emotion|styled|svelte|astro|tw)-|__|^_|\d.*\d/;
const LAYOUT =
  /^(row|col|cols?|container(-fluid)?|clearfix|grid|flex|hidden|block|inline|active|selected|odd|even|hover|focus|disabled|(col|d|flex|text|font|float|pull|push|offset|w|h|min|max|p[trblxyse]?|m[trblxyse]?|gap|align|justify|items|self|order|bg|border|rounded|shadow|visible|is|has|ng|el-col|ant-col|span|sm|md|lg|xl)-.*)$/;
const SAFE_NAME = /^[A-Za-z][\w-]{0,39}$/;
const SAFE_VALUE = /^[\p{L}\p{N} _.:-]{1,60}$/u;
const SEMANTIC_ATTRS = ['name', 'itemprop', 'headers', 'aria-colindex', 'aria-label'];

export const stableClass = (c: string) => SAFE_NAME.test(c) && !HASHED.test(c) && !LAYOUT.test(c);
const stableId = (id: string) => SAFE_NAME.test(id) && !/\d{2,}/.test(id) && !HASHED.test(id);

function classes(el: Element): string[] {
  return Array.from(el.classList).filter(stableClass);
}

/** Same tag and role, and a shared semantic class when they have any. */
function similar(a: Element, b: Element): boolean {
  if (a.localName !== b.localName || a.getAttribute('role') !== b.getAttribute('role')) return false;
  const ca = classes(a);
  const cb = new Set(classes(b));
  return ca.length === 0 && cb.size === 0 ? true : ca.some((c) => cb.has(c));
}

function repeated(el: Element): Element[] {
  return Array.from(el.parentElement?.children ?? []).filter((s) => similar(s, el));
}

/** The clicked row: a table or ARIA row holding every click, else their lowest common ancestor that repeats. */
export function findRow(clicked: readonly Element[]): Element | null {
  const [first, ...rest] = clicked;
  if (!first) return null;
  const holdsAll = (a: Element) => rest.every((e) => a.contains(e));
  let row = first.closest(ROW_LIKE);
  while (row && !holdsAll(row)) row = row.parentElement?.closest(ROW_LIKE) ?? null;
  if (row) return row;
  const body = first.ownerDocument.body;
  for (let a = first.parentElement; a && a !== body; a = a.parentElement) {
    if (holdsAll(a) && repeated(a).length >= 2) return a;
  }
  return null;
}

/** A selector for one element of the document that does not depend on its siblings' count. */
function anchorSelector(el: Element, depth = 0): string {
  const doc = el.ownerDocument;
  const unique = (sel: string) => doc.querySelectorAll(sel).length === 1;
  if (el === doc.body || el === doc.documentElement) return el.localName;
  if (el.id && stableId(el.id) && unique(`[id="${el.id}"]`)) return `[id="${el.id}"]`;
  for (const attr of Array.from(el.attributes)) {
    const sel = `${el.localName}[${attr.name}="${attr.value}"]`;
    if ((attr.name.startsWith('data-') || attr.name === 'role' || attr.name === 'aria-label') && SAFE_NAME.test(attr.name) && SAFE_VALUE.test(attr.value) && unique(sel)) return sel;
  }
  for (const c of classes(el)) if (unique(`${el.localName}.${c}`)) return `${el.localName}.${c}`;
  const parent = el.parentElement;
  if (!parent || depth >= 5) return el.localName;
  const nth = Array.from(parent.children).filter((s) => s.localName === el.localName).indexOf(el) + 1;
  return `${anchorSelector(parent, depth + 1)} > ${el.localName}:nth-of-type(${nth})`;
}

function rowSelector(row: Element): string | null {
  const doc = row.ownerDocument;
  const siblings = repeated(row);
  const tag = row.localName;
  const parts: string[] = [];
  // Attributes every row carries (data-row-key, data-id): the portal's own marking of its rows.
  for (const attr of Array.from(row.attributes)) {
    if (SAFE_NAME.test(attr.name) && (attr.name.startsWith('data-') || attr.name === 'role') && siblings.every((s) => s.hasAttribute(attr.name))) {
      parts.push(attr.name === 'role' ? `${tag}[role="${attr.value}"]` : `${tag}[${attr.name}]`);
    }
  }
  for (const c of classes(row)) if (siblings.every((s) => s.classList.contains(c))) parts.push(`${tag}.${c}`);
  parts.push(tag);
  const container = row.parentElement ? anchorSelector(row.parentElement) : null;
  const ok = (sel: string) => {
    if (!selectorParses(doc, sel)) return false;
    const found = Array.from(doc.querySelectorAll(sel));
    return found.includes(row) && found.every((el) => el.parentElement === row.parentElement) && siblings.every((s) => found.includes(s));
  };
  const parentTag = row.parentElement?.localName;
  for (const part of parts) {
    for (const sel of [part, parentTag && `${parentTag} > ${part}`, container && `${container} > ${part}`]) if (sel && ok(sel)) return sel;
  }
  return null;
}

/** The row's cell holding `el` (table and ARIA rows), or null for div lists. */
function cellOf(row: Element, el: Element): Element | null {
  return cellsOf(row).find((c) => c.contains(el)) ?? null;
}

function headerFor(row: Element, cell: Element): string | null {
  const columns = headerColumns(row);
  const index = cellsOf(row).indexOf(cell);
  // Position by cells before this one, counting colspans the same way the header does.
  let col = 0;
  for (const c of cellsOf(row).slice(0, index)) col += span(c);
  const hit = columns.find((h) => h.col === col);
  const text = hit?.text.trim() ?? '';
  const folded = foldHeader(text);
  if (!folded || text.length > 80 || !/\p{L}/u.test(folded)) return null;
  // Two columns with the same words cannot be told apart by header.
  return columns.filter((h) => foldHeader(h.text) === folded).length === 1 ? text : null;
}

function candidates(node: Element, row: Element): string[][] {
  const attrs: string[] = [];
  for (const attr of Array.from(node.attributes)) {
    if (!SAFE_NAME.test(attr.name) || !(attr.name.startsWith('data-') || SEMANTIC_ATTRS.includes(attr.name))) continue;
    // A value that varies per row (an id, the code itself) still marks the field by its name.
    attrs.push(SAFE_VALUE.test(attr.value) && !/\d{3,}/.test(attr.value) ? `[${attr.name}="${attr.value}"]` : `[${attr.name}]`);
  }
  const ids = node.id && stableId(node.id) ? [`[id="${node.id}"]`] : [];
  const cls = classes(node).map((c) => `${node.localName}.${c}`);
  const chain: Element[] = [];
  for (let n: Element | null = node; n && n !== row; n = n.parentElement) chain.unshift(n);
  const position = chain.length ? [':scope > ' + chain.map((n) => childSelector(n.parentElement!, n).slice(':scope > '.length)).join(' > ')] : [];
  return [attrs, ids, cls, position];
}

function locate(row: Element, el: Element, rows: readonly Element[]): FieldLocator | null {
  const cell = cellOf(row, el);
  const header = cell && headerFor(row, cell);
  if (header) return { header };
  const nodes: Element[] = [];
  for (let n: Element | null = el; n && n !== row; n = n.parentElement) nodes.push(n);
  const works = (sel: string, node: Element) => {
    if (!selectorParses(row.ownerDocument, sel) || row.querySelector(sel) !== node) return false;
    return rows.filter((r) => r.querySelectorAll(sel).length === 1).length >= CONSISTENT * rows.length;
  };
  const perNode = nodes.map((n) => candidates(n, row));
  // Meaning before position: every node's attributes, then ids, then classes, then places.
  for (let kind = 0; kind < 4; kind++) {
    for (const [i, node] of nodes.entries()) {
      const hit = perNode[i]![kind]!.find((sel) => works(sel, node));
      if (hit) return { selector: hit };
    }
  }
  return null;
}

/** Segments that look like ids (long numbers, hex, uuids) vary between visits of the same list. */
export function pathPattern(pathname: string): string {
  return pathname
    .split('/')
    .map((seg) => (/^\d{4,}$|^[0-9a-f]{16,}$|^[0-9a-f-]{32,36}$/i.test(seg) ? '*' : seg))
    .join('/');
}

const FIELD_NAMES: Record<TaughtField, string> = {
  code: 'mã hồ sơ',
  dueAt: 'ngày hẹn trả',
  receivedAt: 'ngày tiếp nhận',
  stepDueAt: 'hạn xử lý',
  applicant: 'người nộp',
  status: 'trạng thái',
};

export function inferTaught(doc: Document, url: string, clicks: TeachClicks, now: number): Inference {
  if (!clicks.code || !clicks.dueAt) return { ok: false, error: 'Cần chọn mã hồ sơ và ngày hẹn trả' };
  const taughtFields = TAUGHT_FIELDS.filter((f) => clicks[f]);
  const row = findRow(taughtFields.map((f) => clicks[f]!));
  if (!row) return { ok: false, error: 'Không thấy các ô đã chọn nằm trong cùng một dòng lặp lại của danh sách' };
  const rows = rowSelector(row);
  if (!rows) return { ok: false, error: 'Không tìm được cách nhận ra các dòng của danh sách này' };
  const dueText = elementText(clicks.dueAt);
  const dateFormat = dateFormatOf(dueText);
  if (!dateFormat) return { ok: false, error: `Ô ngày hẹn trả đã chọn không có ngày: "${dueText.slice(0, 40)}"` };
  for (const f of DATE_FIELDS) {
    if (clicks[f] && dateFormatOf(elementText(clicks[f])) !== dateFormat) return { ok: false, error: `Ô ${FIELD_NAMES[f]} đã chọn không có ngày cùng kiểu với ngày hẹn trả` };
  }
  const allRows = Array.from(doc.querySelectorAll(rows));
  const fields: Partial<Record<TaughtField, FieldLocator>> = {};
  for (const f of taughtFields) {
    const loc = locate(row, clicks[f]!, allRows);
    if (!loc) return { ok: false, error: `Không tìm được cách đọc ${FIELD_NAMES[f]} trên mọi dòng` };
    fields[f] = loc;
  }
  const { origin, pathname, host } = new URL(url);
  const candidate = {
    origin,
    path: pathPattern(pathname),
    label: `Cổng ${host}`,
    rows,
    fields,
    dateFormat,
    taughtAt: toVnIso(now),
  };
  let adapter: TaughtAdapter;
  try {
    adapter = taughtGuard(candidate);
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, error: `Cách đọc suy ra không hợp lệ: ${e.issues.join('; ')}` };
    throw e;
  }
  return { ok: true, adapter, preview: recognize(doc, url, { now, taught: [adapter] }) };
}
