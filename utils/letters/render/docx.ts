/**
 * The letter as a Word file (the `docx` package) with the print layout of layout.ts, so the office
 * can sign it digitally without re-formatting. Runs in Node and in extension pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { LETTER_FONT, fitLayout, type PageLayout } from '../layout';
import type { LetterDocument, Run } from '../types';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number) => pt * 2;

interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

function textRun(text: string, style: LineStyle): TextRun {
  return new TextRun({
    text,
    size: halfPoints(style.size),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

function centered(text: string, style: LineStyle, before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0 }, children: [textRun(text, style)] });
}

/** NĐ 30/2020: a short line under the agency name, a third to a half of its length. */
function shortRule(cellTwips: number): Paragraph {
  const inset = Math.round(cellTwips * 0.32);
  return new Paragraph({
    indent: { left: inset, right: inset },
    spacing: { before: 0, after: 0, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA } });
  return new Table({
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function bodyParagraph(runs: readonly Run[], layout: PageLayout): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: Math.round((layout.indentCm * 1440) / 2.54) },
    spacing: { before: 0, after: layout.spacingPt * 20 },
    children: runs.map((r) => textRun(r.text, { size: layout.pt.body, bold: r.bold })),
  });
}

function buildDocument(doc: LetterDocument): Document {
  const layout = fitLayout(doc);
  const { pt, marginMm: m } = layout;
  const textWidth = twips(layout.widthMm - m.left - m.right);
  const leftWidth = Math.round(textWidth * layout.leftColumn);
  const widths: [number, number] = [leftWidth, textWidth - leftWidth];
  const { header, motto, signer, recipients } = doc;

  const head = twoColumns(
    [
      centered(header.parentBody, { size: pt.header }),
      centered(header.agency, { size: pt.header, bold: true }),
      shortRule(widths[0]),
      centered(header.number, { size: pt.header }, 120),
    ],
    [
      centered(motto.country, { size: pt.country, bold: true }),
      centered(motto.motto, { size: pt.motto, bold: true, underline: true }),
      centered(doc.placeDate, { size: pt.placeDate, italics: true }, 120),
    ],
    widths,
  );
  const foot = twoColumns(
    [
      new Paragraph({ children: [textRun(recipients.heading, { size: pt.recipientsHeading, bold: true, italics: true })] }),
      ...recipients.items.map((item) => new Paragraph({ children: [textRun(`- ${item}`, { size: pt.recipients })] })),
    ],
    [
      ...signer.lines.map((l) => centered(l, { size: pt.signer, bold: true })),
      // Room for the signature and seal.
      centered(signer.name, { size: pt.signer, bold: true }, layout.signatureGapPt * 20),
    ],
    widths,
  );

  return new Document({
    creator: 'Nhắc Hạn',
    title: doc.title,
    styles: { default: { document: { run: { font: LETTER_FONT, size: halfPoints(pt.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(layout.widthMm), height: twips(layout.heightMm) },
            margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left) },
          },
        },
        children: [
          head,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: layout.titleBeforePt * 20, after: 120 },
            children: [textRun(doc.title, { size: pt.title, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: layout.spacingPt * 20 },
            children: doc.salutation.map((r) => textRun(r.text, { size: pt.body, bold: r.bold })),
          }),
          ...doc.body.map((p) => bodyParagraph(p.runs, layout)),
          bodyParagraph([{ text: doc.closing }], layout),
          foot,
        ],
      },
    ],
  });
}

export async function renderDocx(doc: LetterDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(doc)));
}
