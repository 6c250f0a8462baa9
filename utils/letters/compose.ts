/** Builds the structured letter from a dossier, the unit profile and the officer's choices. */
import { isDateOnly } from '../portals/precision';
import type { DateField, DossierRecord } from '../portals/types';
import type { UnitProfile } from '../settings';
import { signatureLines } from '../settings/profile';
import { parseInstant } from '../time/vn-time';
import { BLANK, letterNumberText, placeDateLine, vnDateTimeWords, vnDateWords } from './format';
import { pickRegime, type RegimeChoice } from './regime';
import { LETTER_FIELDS, type LetterDocument, type LetterField, type PaperSize, type Run } from './types';

export interface LetterInput {
  dossier: DossierRecord;
  profile: UnitProfile;
  reason: string;
  /** ISO 8601 instant of the new appointment; null leaves it blank (the dossier had no date to move). */
  newDueAt: string | null;
  /** ISO 8601 instant the letter is dated. */
  issuedAt: string;
  /** From the per-year register; absent while the letter is a draft. */
  number?: number | null;
  regime?: RegimeChoice;
  /** The officer's choice; by default the regime's form paper (TT 01/2018: A5, TT 03/2025: A4). */
  paper?: PaperSize;
}

export const COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
// NĐ 30/2020 Phụ lục I: hyphens with spaces between the three phrases.
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_HEADING = 'Nơi nhận:';

function instant(iso: string, what: string): number {
  const ms = parseInstant(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} không hợp lệ: "${iso}"`);
  return ms;
}

/** Trimmed, NFC, single-spaced; null when empty. */
function clean(text: string | null | undefined): string | null {
  const t = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** The reason is printed as a full sentence after "Lý do:". */
function reasonSentence(reason: string | null): string | null {
  if (!reason) return null;
  const capital = reason.charAt(0).toLocaleUpperCase('vi') + reason.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A dossier date in the form's words. One the portal showed without a time keeps blank hours for the
 * officer to fill ("………. giờ ………. phút, ngày 04 tháng 9 năm 2026"): printing the end of working
 * hours it counts to would state a time nobody recorded.
 */
function dossierDate(dossier: DossierRecord, field: DateField): string | null {
  const iso = dossier[field];
  const ms = iso ? parseInstant(iso) : NaN;
  if (Number.isNaN(ms)) return null;
  return isDateOnly(dossier, field) ? `${BLANK} giờ ${BLANK} phút, ${vnDateWords(ms)}` : vnDateTimeWords(ms);
}

/** "Lưu: VT." and "Như trên" are added here; the profile lists what goes between them. */
function recipientItems(lines: readonly string[]): string[] {
  const middle = lines.map((l) => clean(l.replace(/^[-–•]\s*/, '').replace(/[;.]+$/, ''))).filter((l) => l !== null);
  return ['Như trên;', ...middle.map((l) => `${l};`), 'Lưu: VT.'];
}

const PLACEHOLDER_RE = /\{(\w+)\}/g;

function isField(name: string): name is LetterField {
  return (LETTER_FIELDS as readonly string[]).includes(name);
}

/** Splits template wording into literal runs and field runs; missing values become blanks. */
function fill(template: string, values: Record<LetterField, string | null>, bold = false): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    const name = m[1] ?? '';
    if (!isField(name)) throw new Error(`Mẫu thư dùng trường không có: {${name}}`);
    if (m.index > last) runs.push({ text: template.slice(last, m.index), bold });
    runs.push({ text: values[name] ?? BLANK, bold, field: name });
    last = m.index + m[0].length;
  }
  if (last < template.length) runs.push({ text: template.slice(last), bold });
  return runs;
}

export function composeLetter(input: LetterInput): LetterDocument {
  const issuedAt = instant(input.issuedAt, 'Ngày ký thư');
  const newDueAt = input.newDueAt === null ? null : instant(input.newDueAt, 'Ngày hẹn trả mới');
  const { dossier, profile } = input;
  const regime = pickRegime(dossier, issuedAt, input.regime);

  const values: Record<LetterField, string | null> = {
    applicant: clean(dossier.applicant),
    procedure: clean(dossier.procedure),
    code: clean(dossier.code),
    receivedAt: dossierDate(dossier, 'receivedAt'),
    dueAt: dossierDate(dossier, 'dueAt'),
    reason: reasonSentence(clean(input.reason)),
    newDueAt: newDueAt === null ? null : vnDateTimeWords(newDueAt),
  };
  const upper = (text: string) => (clean(text) ?? BLANK).toLocaleUpperCase('vi');

  return {
    regime: regime.id,
    paper: input.paper ?? regime.paper,
    header: {
      parentBody: upper(profile.parentBody),
      agency: upper(profile.agency),
      number: letterNumberText(input.number, clean(profile.numberSuffix) ?? 'PXL'),
    },
    motto: { country: COUNTRY, motto: MOTTO },
    placeDate: placeDateLine(clean(profile.place) ?? BLANK, issuedAt),
    title: regime.title,
    salutation: fill(regime.salutation, values),
    body: regime.body.map((p) => ({
      key: p.key,
      runs: [...(p.label ? [{ text: p.label, bold: true }] : []), ...fill(p.text, values, p.strong)],
    })),
    closing: regime.closing,
    recipients: { heading: RECIPIENTS_HEADING, items: recipientItems(profile.recipients) },
    signer: { lines: signatureLines(profile, BLANK), name: clean(profile.signerName) ?? BLANK },
    missing: LETTER_FIELDS.filter((f) => values[f] === null),
  };
}
