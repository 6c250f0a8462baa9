/**
 * Page layout of a letter per Nghị định 30/2020/NĐ-CP Phụ lục I [V], shared by the HTML and DOCX
 * renderers so the printout and the Word file match. Values sit inside the decree's ranges.
 */
import type { PaperSize } from './types';

export const LETTER_FONT = 'Times New Roman';

export interface PageLayout {
  widthMm: number;
  heightMm: number;
  /** Top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Point sizes of each element. */
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
  /** Space after each body paragraph, at least 6 pt. */
  spacingPt: number;
  /** Line height on screen and print (1.15 ≈ Word's single spacing; the decree allows single to 1.5). */
  lineHeight: number;
  /** Room for the signature and seal above the signer's name. */
  signatureGapPt: number;
  /** Share of the text width given to the left header column (agency) and the recipients column. */
  leftColumn: number;
}

const MARGINS = { top: 20, right: 15, bottom: 20, left: 30 };

export const PAGE_LAYOUTS: Record<PaperSize, PageLayout> = {
  A4: {
    widthMm: 210,
    heightMm: 297,
    marginMm: MARGINS,
    pt: { header: 13, country: 13, motto: 14, placeDate: 14, title: 14, body: 14, recipientsHeading: 12, recipients: 11, signer: 14 },
    indentCm: 1.27,
    spacingPt: 6,
    lineHeight: 1.2,
    signatureGapPt: 60,
    leftColumn: 0.4,
  },
  // A5 leaves 103 × 170 mm of text: the lower end of each range, single spacing and a smaller
  // signature gap. A letter with long dossier data still runs onto a second A5 page.
  A5: {
    widthMm: 148,
    heightMm: 210,
    marginMm: MARGINS,
    pt: { header: 12, country: 12, motto: 13, placeDate: 13, title: 13, body: 13, recipientsHeading: 12, recipients: 11, signer: 13 },
    indentCm: 1,
    spacingPt: 6,
    lineHeight: 1.15,
    signatureGapPt: 36,
    leftColumn: 0.42,
  },
};
