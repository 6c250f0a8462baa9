/** One grid row → one DossierRecord, reading cells by adapter selector, header, or composite labels. */
import type { FieldKey } from '../adapter';
import { parsePortalDate } from '../parse/dates';
import type { ColumnKind } from '../parse/headers';
import { mapStatus } from '../parse/status';
import { cleanText, elementText, foldText } from '../parse/text';
import type { DateField, DossierRecord } from '../types';
import { vnParts, parseInstant } from '../../time/vn-time';
import { cellAt, cellsOf, type ColumnMap } from './grid';
import { readLabels, type Labelled } from './labels';

/** Official code shape (docs/domain.md §7); the 6 digits are the receipt date YYMMDD. */
export const DOSSIER_CODE_RE =
  /(?<![\w.-])(?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,2}){1,2})-\d{6}-\d{4,6}(?![\w-])/;
/** Inside a column headed "Mã hồ sơ", other portals' own numbering is accepted too. */
const LOOSE_CODE_RE = /^[A-Z0-9][A-Z0-9./_-]{5,40}$/i;
/** e-PAR record numbers: procedure code, letters, random part (`TN05-CX-HU9OOS`), often 3 digits or fewer. */
const EPAR_CODE_RE = /^[A-Z][A-Z0-9_]*\d[A-Z0-9_]*-[A-Z]+-[A-Z0-9]{4,}$/;

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

const FIELD_LABELS: Record<DateField, string> = {
  receivedAt: 'ngày tiếp nhận',
  dueAt: 'ngày hẹn trả',
  stepDueAt: 'hạn xử lý',
};

/** "Còn 1 ngày", "Đã quá hạn 2 ngày", "Hôm nay", "5 ngày làm việc": a count, not a date (e-PAR's "Thời hạn"). */
const DAY_COUNT_RE = /\b(ngay|gio|hom nay)\b/;

export { parseLabelled } from './labels';

export function findCode(text: string, loose: boolean): string | null {
  const strict = DOSSIER_CODE_RE.exec(text);
  if (strict) return strict[0];
  if (!loose) return null;
  const token = cleanText(text)
    .split(' ')
    .find((t) => LOOSE_CODE_RE.test(t) && ((t.match(/\d/g)?.length ?? 0) >= 4 || EPAR_CODE_RE.test(t)));
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

/** Text and labelled parts of each cell, read once per row. */
function rowReader(row: Element) {
  const texts = new Map<Element, string>();
  const labels = new Map<Element, Labelled>();
  const textOf = (el: Element) => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = elementText(el)));
    return text;
  };
  const labelsOf = (el: Element) => {
    let found = labels.get(el);
    if (!found) labels.set(el, (found = readLabels(textOf(el))));
    return found;
  };
  // Labelled parts anywhere in the row ("Hẹn trả: …" under a "Thời gian" header); the first wins.
  const cells = cellsOf(row);
  const rowParts: Partial<Record<ColumnKind, string>> = {};
  for (const cell of cells.length > 0 ? cells : [row]) {
    for (const [kind, value] of Object.entries(labelsOf(cell).parts)) if (!(kind in rowParts)) rowParts[kind as ColumnKind] = value;
  }
  return { textOf, labelsOf, rowParts };
}

export function readRow(
  row: Element,
  columns: ColumnMap,
  fields: Partial<Record<FieldKey, string>>,
  ctx: RowContext,
): ReadRow | null {
  const { textOf, labelsOf, rowParts } = rowReader(row);
  // Adapter selector first (current UI), header text second (survives a class rename).
  const cellFor = (kind: FieldKey): Element | null => {
    const selector = fields[kind];
    const col = columns.get(kind);
    return (selector ? row.querySelector(selector) : null) ?? (col === undefined ? null : cellAt(row, col));
  };

  const codeCell = cellFor('code');
  const code =
    (codeCell && findCode(textOf(codeCell), true)) ??
    (rowParts.code ? findCode(rowParts.code, true) : null) ??
    findCode(textOf(row), false);
  if (!code) return null;

  /**
   * A cell's own value. A composite cell (labelled parts, or a combined header "Thủ tục / Người nộp")
   * gives each of its unlabelled kinds one of its unlabelled lines, in header order; the line that
   * carries the code belongs to the code.
   */
  const ownText = (kind: FieldKey): string | null => {
    const cell = cellFor(kind);
    if (!cell) return null;
    const text = textOf(cell);
    const col = columns.get(kind);
    const sharing = col === undefined || fields[kind] ? [kind] : [...columns].filter(([, c]) => c === col).map(([k]) => k);
    const { parts, used } = labelsOf(cell);
    if (sharing.length === 1 && Object.keys(parts).length === 0) return text || null;
    if (kind in parts) return parts[kind as ColumnKind] ?? null;
    const free = text.split('\n').filter((line, i) => !used.has(i) && !line.includes(code));
    const unlabelled = sharing.filter((k) => !(k in parts));
    return free[unlabelled.indexOf(kind)] ?? null;
  };
  const textFor = (kind: FieldKey): string | null => ownText(kind) || rowParts[kind as ColumnKind] || null;

  const problems: string[] = [];
  const dateOnly: DateField[] = [];
  const nowYear = vnParts(ctx.now).year;
  const dateOf = (kind: DateField): string | null => {
    const text = textFor(kind);
    if (!text) return null;
    const parsed = parsePortalDate(text);
    const year = parsed ? vnParts(parseInstant(parsed.iso)).year : NaN;
    if (parsed && Math.abs(year - nowYear) <= PLAUSIBLE_YEARS) {
      if (!parsed.hasTime) dateOnly.push(kind);
      return parsed.iso;
    }
    if (!parsed && kind === 'stepDueAt' && DAY_COUNT_RE.test(foldText(text))) return null;
    problems.push(`Không đọc được ${FIELD_LABELS[kind]}: "${cleanText(text).slice(0, 60)}"`);
    return null;
  };
  const receivedAt = dateOf('receivedAt');
  const dueAt = dateOf('dueAt');
  const stepDueAt = dateOf('stepDueAt');
  if (!textFor('dueAt')) problems.push('Không thấy ngày hẹn trả');

  const firstLine = (kind: FieldKey) => textFor(kind)?.split('\n')[0] ?? null;
  const statusText = firstLine('status');
  const record: DossierRecord = {
    code,
    procedure: textFor('procedure')?.replace(/\n/g, ' ') ?? null,
    applicant: firstLine('applicant'),
    receivedAt,
    dueAt,
    stepDueAt,
    dateOnly,
    status: mapStatus(statusText),
    statusText,
    handler: firstLine('handler'),
    url: safeLink(codeCell, ctx.url) ?? safeLink(row, ctx.url) ?? ctx.url,
    portal: ctx.portal,
  };
  const anchor = codeCell ?? cellFor('info') ?? cellFor('dueAt') ?? row;
  return { record, anchor, problems };
}
