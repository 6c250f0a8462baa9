/**
 * Shapes shared by the letter templates, the composer and the renderers. A template is data
 * (one per legal regime); `compose` turns it into a `LetterDocument`, which every renderer
 * (text, HTML, DOCX, on-screen preview) lays out the same way.
 */
import type { LocalDate } from '../time/vn-time';

export const REGIME_IDS = ['nd61', 'nd118'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export type PaperSize = 'A4' | 'A5';

/** Values the templates may reference as `{name}`; all come from the dossier or the officer's input. */
export const LETTER_FIELDS = ['applicant', 'procedure', 'code', 'receivedAt', 'dueAt', 'reason', 'newDueAt'] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

/** Body paragraphs every template must contain (docs/domain.md §2). */
export const BODY_KEYS = ['receipt', 'procedure', 'code', 'dueAt', 'delay', 'reason', 'apology', 'newDueAt'] as const;
export type BodyKey = (typeof BODY_KEYS)[number];

export interface ParagraphTemplate {
  key: BodyKey;
  /** Printed in bold before the text, e.g. "Lý do: ". */
  label?: string;
  /** Wording with `{field}` placeholders. */
  text: string;
  /** The whole text in bold (the new appointment date). */
  strong?: boolean;
}

export interface RegimeTemplate {
  id: RegimeId;
  /** Short name for pickers, e.g. "NĐ 61/2018 – Mẫu 04 TT 01/2018". */
  label: { vi: string; en: string };
  /** First receipt date the regime applies to; null for the oldest regime. */
  inForceFrom: LocalDate | null;
  decree: string;
  guidance: string;
  form: string;
  /** Title as printed (caps). */
  title: string;
  paper: PaperSize;
  /** Article that requires the letter and limits the re-appointment. */
  legalBasis: string;
  /** How many re-appointments the regime allows for one dossier. */
  maxReappointments: number;
  /** Why a further re-appointment is refused, quoted to the officer. */
  limitRule: string;
  salutation: string;
  body: ParagraphTemplate[];
  closing: string;
}

/** A piece of text; `field` marks values filled in from the dossier or the officer's input. */
export interface Run {
  text: string;
  bold?: boolean;
  field?: LetterField;
}

export interface Paragraph {
  key: BodyKey;
  runs: Run[];
}

export interface LetterDocument {
  regime: RegimeId;
  paper: PaperSize;
  header: {
    parentBody: string;
    agency: string;
    /** "Số: 12/PXL", or with dots when the register has not assigned a number yet. */
    number: string;
  };
  motto: { country: string; motto: string };
  placeDate: string;
  title: string;
  salutation: Run[];
  body: Paragraph[];
  closing: string;
  recipients: { heading: string; items: string[] };
  signer: {
    /** Authority and title lines, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (NĐ 30/2020). */
    lines: string[];
    name: string;
  };
  /** Fields the dossier did not have; printed as dots for the officer to fill in. */
  missing: LetterField[];
}
