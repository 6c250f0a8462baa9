/**
 * Page layout of a letter, shared by the HTML and DOCX renderers so the printout and the Word file
 * match. A4 follows Nghị định 30/2020/NĐ-CP Phụ lục I [V] within its ranges. A5 (the paper of the
 * TT 01/2018 forms) has its own, smaller values: NĐ 30 governs A4 documents, and its sizes would
 * push a one-page form onto a second A5 sheet (see docs/letters.md).
 */
import type { LetterDocument, PaperSize } from './types';

export const LETTER_FONT = 'Times New Roman';

export interface PageLayout {
  widthMm: number;
  heightMm: number;
  /** A4: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Point sizes of each element (A4 ranges of NĐ 30 in the comments). */
  pt: {
    header: number; // parent body, agency, number: 12–13
    country: number; // 12–13, bold caps
    motto: number; // 13–14, bold, underlined
    placeDate: number; // 13–14, italic
    title: number; // 13–14, bold caps
    body: number; // 13–14
    recipientsHeading: number; // 12, bold italic
    recipients: number; // 11
    signer: number; // 13–14, bold
  };
  /** First-line indent of body paragraphs, 1–1.27 cm. */
  indentCm: number;
  /** Space after each body paragraph (A4: at least 6 pt). */
  spacingPt: number;
  /** Line height on screen and print (1.15 ≈ Word's single spacing; the decree allows single to 1.5). */
  lineHeight: number;
  /** Room for the signature and seal above the signer's name. */
  signatureGapPt: number;
  /** Space above the title and above the "Nơi nhận" / signer block. */
  titleBeforePt: number;
  footBeforePt: number;
  /** Share of the text width given to the left header column (agency) and the recipients column. */
  leftColumn: number;
}

export const PAGE_LAYOUTS: Record<PaperSize, PageLayout> = {
  A4: {
    widthMm: 210,
    heightMm: 297,
    marginMm: { top: 20, right: 15, bottom: 20, left: 30 },
    pt: { header: 13, country: 13, motto: 14, placeDate: 14, title: 14, body: 14, recipientsHeading: 12, recipients: 11, signer: 14 },
    indentCm: 1.27,
    spacingPt: 6,
    lineHeight: 1.2,
    signatureGapPt: 60,
    titleBeforePt: 18,
    footBeforePt: 12,
    leftColumn: 0.4,
  },
  // A5 leaves 118 × 186 mm of text with these margins. Body 12 pt, headers 11 pt and tighter
  // spacing keep a letter with a long procedure name and applicant on one sheet (checked by
  // printing in Chromium, tests/e2e/letter-print.e2e.ts).
  A5: {
    widthMm: 148,
    heightMm: 210,
    marginMm: { top: 12, right: 10, bottom: 12, left: 20 },
    pt: { header: 11, country: 11, motto: 12, placeDate: 12, title: 12, body: 12, recipientsHeading: 11, recipients: 10, signer: 12 },
    indentCm: 1,
    spacingPt: 3,
    lineHeight: 1.1,
    signatureGapPt: 36,
    titleBeforePt: 10,
    footBeforePt: 6,
    leftColumn: 0.42,
  },
};

const PT_MM = 25.4 / 72;
// Average advance of Times New Roman in Vietnamese text, in em; capitals are wider. Calibrated
// against Chromium's print layout (Liberation Serif has the same metrics), rounded up.
const EM_PER_CHAR = 0.44;
const EM_PER_CAP = 0.72;

function lineCount(text: string, pt: number, widthMm: number, indentMm = 0, em = EM_PER_CHAR): number {
  return Math.max(1, Math.ceil((text.length * em * pt * PT_MM + indentMm) / widthMm));
}

/** Estimated height of the letter's text in mm: a conservative guide for `fitLayout`. */
export function estimateHeightMm(doc: LetterDocument, layout: PageLayout): number {
  const { pt, marginMm: m } = layout;
  const width = layout.widthMm - m.left - m.right;
  const left = width * layout.leftColumn;
  const right = width - left;
  const line = (size: number) => size * layout.lineHeight * PT_MM;
  const runs = (rs: readonly { text: string }[]) => rs.map((r) => r.text).join('');
  const indentMm = layout.indentCm * 10;

  const headLeft =
    (lineCount(doc.header.parentBody, pt.header, left, 0, EM_PER_CAP) + lineCount(doc.header.agency, pt.header, left, 0, EM_PER_CAP) + 1) *
      line(pt.header) +
    6 * PT_MM;
  const headRight =
    lineCount(doc.motto.country, pt.country, right, 0, EM_PER_CAP) * line(pt.country) +
    line(pt.motto) +
    lineCount(doc.placeDate, pt.placeDate, right) * line(pt.placeDate) +
    6 * PT_MM;
  const title = (layout.titleBeforePt + 6) * PT_MM + lineCount(doc.title, pt.title, width, 0, EM_PER_CAP) * line(pt.title);
  const paragraphs = [runs(doc.salutation), ...doc.body.map((p) => runs(p.runs)), doc.closing];
  const body = paragraphs.reduce(
    (sum, text) => sum + lineCount(text, pt.body, width, indentMm) * line(pt.body) + layout.spacingPt * PT_MM,
    6 * PT_MM,
  );
  const recipients =
    line(pt.recipientsHeading) + doc.recipients.items.reduce((sum, i) => sum + lineCount(`- ${i}`, pt.recipients, left) * line(pt.recipients), 0);
  const signer =
    (doc.signer.lines.length + 1) * line(pt.signer) + layout.signatureGapPt * PT_MM;
  return Math.max(headLeft, headRight) + title + body + layout.footBeforePt * PT_MM + Math.max(recipients, signer);
}

/** Steps a crowded letter may shrink by (A5 body 12 → 11.5 → 11 → 10.5 pt) to stay on one sheet. */
const FIT_SCALES = [1, 0.96, 0.92, 0.88] as const;
/** Keep a little room for the estimate's error. */
const FIT_SAFETY = 0.97;

const halfPoint = (pt: number) => Math.round(pt * 2) / 2;

function scaled(layout: PageLayout, s: number): PageLayout {
  const pt = Object.fromEntries(Object.entries(layout.pt).map(([k, v]) => [k, halfPoint(v * s)])) as PageLayout['pt'];
  return {
    ...layout,
    pt,
    spacingPt: halfPoint(layout.spacingPt * s),
    signatureGapPt: halfPoint(layout.signatureGapPt * s),
    titleBeforePt: halfPoint(layout.titleBeforePt * s),
    footBeforePt: halfPoint(layout.footBeforePt * s),
  };
}

/**
 * The paper's layout, shrunk in small steps when the estimate says the letter would spill onto a
 * second sheet (a very long procedure name or applicant). Both renderers use it, so the printout
 * and the Word file stay alike.
 */
export function fitLayout(doc: LetterDocument): PageLayout {
  const base = PAGE_LAYOUTS[doc.paper];
  const room = (base.heightMm - base.marginMm.top - base.marginMm.bottom) * FIT_SAFETY;
  const layouts = FIT_SCALES.map((s) => scaled(base, s));
  return layouts.find((l) => estimateHeightMm(doc, l) <= room) ?? layouts.at(-1)!;
}
