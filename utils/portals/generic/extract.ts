/** One grid row → one DossierRecord, reading cells by adapter selector, header, or composite labels. */
import type { FieldKey } from '../adapter';
import { parsePortalDate } from '../parse/dates';
import { matchHeader, type ColumnKind } from '../parse/headers';
import { mapStatus } from '../parse/status';
import { cleanText, elementText } from '../parse/text';
import type { DossierRecord } from '../types';
import { vnParts, parseInstant } from '../../time/vn-time';
import { cellAt, type ColumnMap } from './grid';

/** Official code shape (docs/domain.md §7); the 6 digits are the receipt date YYMMDD. */
export const DOSSIER_CODE_RE =
  /(?<![\w.-])(?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,2}){1,2})-\d{6}-\d{4,6}(?![\w-])/;
/** Inside a column headed "Mã hồ sơ", other portals' own numbering is accepted too. */
const LOOSE_CODE_RE = /^[A-Z0-9][A-Z0-9./_-]{5,40}$/i;

/** Dates this far from `now` are placeholders (.NET `01/01/0001`, "no deadline" `31/12/9999`). */
const PLAUSIBLE_YEARS = 30;

export interface RowContext {
  portal: string;
  url: string;
  now: number;
}

export interface ReadRow {
  record: DossierRecord;
  anchor: Element;
  problems: string[];
}

const FIELD_LABELS: Record<'receivedAt' | 'dueAt' | 'stepDueAt', string> = {
  receivedAt: 'ngày tiếp nhận',
  dueAt: 'ngày hẹn trả',
  stepDueAt: 'hạn xử lý',
};

// A label starts a line or follows a separator: "Mã hồ sơ: … / Tiếp nhận: …, hẹn trả: …".
const LABEL_RE = /(?:^|[\n,;|]|\s[/–-]\s)\s*(\p{L}[\p{L} ]{0,40}?)\s*:(?!\d)/gu;

/** Labelled parts of a composite cell, keyed by the column kind their label names. */
export function parseLabelled(text: string): Partial<Record<ColumnKind, string>> {
  const found: Array<{ kind: ColumnKind | null; start: number; end: number }> = [];
  for (const m of text.matchAll(LABEL_RE)) {
    found.push({ kind: matchHeader(m[1] ?? ''), start: m.index, end: m.index + m[0].length });
  }
  const out: Partial<Record<ColumnKind, string>> = {};
  found.forEach((label, i) => {
    const value = cleanText(text.slice(label.end, found[i + 1]?.start ?? text.length)).replace(/^[/–-]\s*/, '');
    if (label.kind && value && !(label.kind in out)) out[label.kind] = value;
  });
  return out;
}

export function findCode(text: string, loose: boolean): string | null {
  const strict = DOSSIER_CODE_RE.exec(text);
  if (strict) return strict[0];
  if (!loose) return null;
  const token = cleanText(text)
    .split(' ')
    .find((t) => LOOSE_CODE_RE.test(t) && (t.match(/\d/g)?.length ?? 0) >= 4);
  return token ?? null;
}

function safeLink(el: Element | null, base: string): string | null {
  const href = el?.querySelector('a[href]')?.getAttribute('href') ?? (el?.matches('a[href]') ? el.getAttribute('href') : null);
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function readRow(
  row: Element,
  columns: ColumnMap,
  fields: Partial<Record<FieldKey, string>>,
  ctx: RowContext,
): ReadRow | null {
  // Adapter selector first (current UI), header text second (survives a class rename).
  const cellFor = (kind: FieldKey): Element | null => {
    const selector = fields[kind];
    const col = columns.get(kind);
    return (selector ? row.querySelector(selector) : null) ?? (col === undefined ? null : cellAt(row, col));
  };
  const infoCell = cellFor('info');
  // Without any known header, labels may sit anywhere in the row ("Hẹn trả: …").
  const labelled = infoCell ?? (columns.size === 0 ? row : null);
  const info = labelled ? parseLabelled(elementText(labelled)) : {};
  // Each field is read several times below (dates, first lines): its text is taken once.
  const texts = new Map<FieldKey, string | null>();
  const textOf = (kind: FieldKey): string | null => {
    if (texts.has(kind)) return texts.get(kind)!;
    const cell = cellFor(kind);
    const text = (cell ? elementText(cell) : '') || info[kind] || null;
    texts.set(kind, text);
    return text;
  };

  const codeCell = cellFor('code');
  const code =
    (codeCell && findCode(elementText(codeCell), true)) ??
    (info.code ? findCode(info.code, true) : null) ??
    findCode(elementText(row), false);
  if (!code) return null;

  const problems: string[] = [];
  const nowYear = vnParts(ctx.now).year;
  const dateOf = (kind: 'receivedAt' | 'dueAt' | 'stepDueAt'): string | null => {
    const text = textOf(kind);
    if (!text) return null;
    const parsed = parsePortalDate(text);
    const year = parsed ? vnParts(parseInstant(parsed.iso)).year : NaN;
    if (parsed && Math.abs(year - nowYear) <= PLAUSIBLE_YEARS) return parsed.iso;
    problems.push(`Không đọc được ${FIELD_LABELS[kind]}: "${cleanText(text).slice(0, 60)}"`);
    return null;
  };
  const receivedAt = dateOf('receivedAt');
  const dueAt = dateOf('dueAt');
  const stepDueAt = dateOf('stepDueAt');
  if (!textOf('dueAt')) problems.push('Không thấy ngày hẹn trả');

  const firstLine = (kind: FieldKey) => textOf(kind)?.split('\n')[0] ?? null;
  const statusText = firstLine('status');
  const record: DossierRecord = {
    code,
    procedure: textOf('procedure')?.replace(/\n/g, ' ') ?? null,
    applicant: firstLine('applicant'),
    receivedAt,
    dueAt,
    stepDueAt,
    status: mapStatus(statusText),
    statusText,
    handler: firstLine('handler'),
    url: safeLink(codeCell, ctx.url) ?? safeLink(row, ctx.url) ?? ctx.url,
    portal: ctx.portal,
  };
  const anchor = codeCell ?? infoCell ?? cellFor('dueAt') ?? row;
  return { record, anchor, problems };
}
