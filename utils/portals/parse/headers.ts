/**
 * Column headers → field kinds. Portals word the same column many ways (docs/domain.md §7); matching is
 * accent-, case-, NFC/NFD-, punctuation- and whitespace-insensitive. Rules are data, checked in order.
 */
import { foldText } from './text';

export const COLUMN_KINDS = [
  'code', 'procedure', 'applicant', 'receivedAt', 'dueAt', 'stepDueAt', 'status', 'handler',
  'info', // composite "Thông tin hồ sơ" cell
  'remaining', // "Còn lại": derived by the portal, never read as a date
  'index', // STT
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Patterns on the folded header (letters and digits only, single spaces). */
export const HEADER_RULES: ReadonlyArray<readonly [ColumnKind, RegExp]> = [
  ['index', /^(stt|tt|so tt|so thu tu)$/],
  ['remaining', /^(thoi gian |so ngay )?con lai\b|\bcon lai$/],
  ['code', /^(ma|so) (ho so|bien nhan|bien ban nhan)( so bien nhan| ma ho so)?$|^ma hs$|^so bn$/],
  ['stepDueAt', /\bhan xu ly\b|^thoi han( xu ly| giai quyet)?$|\bhan (giai quyet )?ca nhan\b/],
  ['dueAt', /\bhen tra\b|\bhan tra( ket qua)?\b|^ngay tra ket qua$/],
  ['receivedAt', /^(ngay|thoi gian|ngay gio) (tiep nhan|nhan|nop)( ho so)?$|^tiep nhan$/],
  ['applicant', /^(chu ho so|(ten )?nguoi (dang ky|nop( ho so)?|de nghi|yeu cau)|to chuc ca nhan|ca nhan to chuc|ten (to chuc|ca nhan|cong dan)|cong dan|chu ho)$/],
  ['procedure', /^(ten )?thu tuc( hanh chinh)?$|^ten (ho so|tthc)$|^tthc$/],
  ['handler', /^(can bo|nguoi) (thu ly|xu ly|dang xu ly)$|^buoc (hien tai|xu ly)$|^dang xu ly tai$/],
  ['status', /^(trang thai|tinh trang)( ho so| xu ly)?$/],
  ['info', /^thong tin( ho so)?$/],
];

/**
 * Icon-font ligatures that header cells carry as text after the label (Material / Vuetify sort and
 * menu icons: "Ngày hẹn trả arrow_downward"). Ligatures with an underscore are always icon names;
 * the one-word ones are the few a header shows.
 */
const ICON_WORDS = /\b[a-z]+(?:_[a-z]+)+\b|\b(?:sort|expand_more|more_vert|filter_list|unfold_more|search|info|help)\b/g;

/** Folded header words: punctuation, sort arrows, icon ligatures and the like become spaces. */
export function foldHeader(text: string): string {
  return foldText(text).replace(ICON_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function kindOf(folded: string): ColumnKind | null {
  // No rule matches an empty header; a header is short, a longer text is a cell or a note.
  if (folded.length > 60) return null;
  for (const [kind, re] of HEADER_RULES) if (re.test(folded)) return kind;
  return null;
}

export function matchHeader(text: string): ColumnKind | null {
  return kindOf(foldHeader(text));
}

/**
 * Every kind a header names, in order: a combined header "Thủ tục / Người nộp" (one column showing
 * two fields, one per line) names two. A header naming one kind gives a one-element list.
 */
export function matchHeaderKinds(text: string): ColumnKind[] {
  // Parts first: "Ngày tiếp nhận / Ngày hẹn trả" as a whole would read as the due date alone.
  const parts = foldText(text).replace(ICON_WORDS, ' ').split(/\s[/|&]\s|\s*[/|]\s*|\s-\s/);
  // One part is the whole header folded as matchHeader folds it, so it needs no case of its own.
  const kinds = parts.map((p) => kindOf(p.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()));
  if (kinds.every((k) => k !== null)) return [...new Set(kinds as ColumnKind[])];
  const whole = matchHeader(text);
  return whole ? [whole] : [];
}
