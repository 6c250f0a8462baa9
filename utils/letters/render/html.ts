/**
 * A standalone HTML document of the letter, laid out for printing per NĐ 30/2020 (see layout.ts).
 * Every piece of dossier or profile text is escaped: scraped page data is untrusted.
 */
import { LETTER_FONT, fitLayout, type PageLayout } from '../layout';
import type { LetterDocument, Run } from '../types';

export interface HtmlOptions {
  /** Tint the filled-in values on screen (never in print), for the preview. */
  highlightFields?: boolean;
  /** Let the officer reword the title, salutation, body and closing in place (the preview). */
  editable?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function runHtml(run: Run): string {
  const text = escapeHtml(run.text);
  const inner = run.bold ? `<b>${text}</b>` : text;
  return run.field ? `<span data-field="${run.field}">${inner}</span>` : inner;
}

const runsHtml = (runs: readonly Run[]) => runs.map(runHtml).join('');

function css(layout: PageLayout, paper: string, highlight: boolean): string {
  const m = layout.marginMm;
  const pt = layout.pt;
  const textWidth = layout.widthMm - m.left - m.right;
  return `
@page { size: ${paper}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '${LETTER_FONT}', Times, serif; font-size: ${pt.body}pt; line-height: ${layout.lineHeight}; color: #000; background: #fff; }
.page { width: ${textWidth}mm; }
@media screen {
  body { background: #e9ecef; }
  .page { width: ${layout.widthMm}mm; min-height: ${layout.heightMm}mm; margin: 8mm auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  ${highlight ? '[data-field] { background: #fff3bf; }' : ''}
  [contenteditable]:hover, [contenteditable]:focus { outline: 1px dashed #0b5ed7; }
}
table { width: 100%; border-collapse: collapse; }
td { padding: 0; vertical-align: top; text-align: center; }
.left { width: ${Math.round(layout.leftColumn * 100)}%; }
.head { font-size: ${pt.header}pt; }
.agency { font-weight: bold; }
.rule { display: block; width: 35%; margin: 1pt auto 0; border-top: 1px solid #000; }
.number { margin-top: 6pt; }
.country { font-size: ${pt.country}pt; font-weight: bold; }
.motto { font-size: ${pt.motto}pt; font-weight: bold; text-decoration: underline; }
.place { font-size: ${pt.placeDate}pt; font-style: italic; margin-top: 6pt; }
h1 { font-size: ${pt.title}pt; font-weight: bold; text-align: center; margin: ${layout.titleBeforePt}pt 0 6pt; }
.salutation { text-align: center; margin: 6pt 0 ${layout.spacingPt}pt; }
.body p, .closing { text-align: justify; text-indent: ${layout.indentCm}cm; margin: 0 0 ${layout.spacingPt}pt; }
.foot { margin-top: ${layout.footBeforePt}pt; }
.recipients { text-align: left; font-size: ${pt.recipients}pt; }
.recipients b { font-size: ${pt.recipientsHeading}pt; font-style: italic; }
.recipients div { margin: 0; }
.signer { font-size: ${pt.signer}pt; font-weight: bold; }
.signer-name { margin-top: ${layout.signatureGapPt}pt; }
`;
}

export function renderHtml(doc: LetterDocument, options: HtmlOptions = {}): string {
  const layout = fitLayout(doc);
  const { header, motto, signer, recipients } = doc;
  // `data-edit` names what an edited element holds, so the preview can be read back into a document.
  const edit = (name: string) => (options.editable ? ` contenteditable="true" data-edit="${name}"` : '');
  const code = doc.body.find((p) => p.key === 'code')?.runs.find((r) => r.field === 'code')?.text ?? '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${doc.title} – ${code}`)}</title>
<style>${css(layout, doc.paper, options.highlightFields ?? false)}</style>
</head>
<body>
<div class="page">
<table class="head"><tr>
<td class="left"><div>${escapeHtml(header.parentBody)}</div><div class="agency">${escapeHtml(header.agency)}<span class="rule"></span></div><div class="number">${escapeHtml(header.number)}</div></td>
<td><div class="country">${escapeHtml(motto.country)}</div><div class="motto">${escapeHtml(motto.motto)}</div><div class="place">${escapeHtml(doc.placeDate)}</div></td>
</tr></table>
<h1${edit('title')}>${escapeHtml(doc.title)}</h1>
<p class="salutation"${edit('salutation')}>${runsHtml(doc.salutation)}</p>
<div class="body">
${doc.body.map((p) => `<p data-key="${p.key}"${edit(`body:${p.key}`)}>${runsHtml(p.runs)}</p>`).join('\n')}
</div>
<p class="closing"${edit('closing')}>${escapeHtml(doc.closing)}</p>
<table class="foot"><tr>
<td class="left recipients"><b>${escapeHtml(recipients.heading)}</b>${recipients.items.map((i) => `<div>- ${escapeHtml(i)}</div>`).join('')}</td>
<td class="signer">${signer.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}<div class="signer-name">${escapeHtml(signer.name)}</div></td>
</tr></table>
</div>
</body>
</html>
`;
}
