import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../utils/letters/compose';
import { renderDocx } from '../../../utils/letters/render/docx';
import { renderText } from '../../../utils/letters/render/text';
import type { PaperSize, RegimeId } from '../../../utils/letters/types';
import { DOSSIER, PROFILE } from './fixtures';

async function documentXml(regime: RegimeId, deputy = false, paper?: PaperSize) {
  const doc = composeLetter({
    dossier: DOSSIER,
    profile: deputy ? { ...PROFILE, signing: 'KT' as const, signerTitle: 'Phó Giám đốc' } : PROFILE,
    reason: 'Chờ kết quả xác minh của Công an tỉnh & UBND xã <Đông Tiến>',
    newDueAt: '2026-12-03T17:00:00+07:00',
    issuedAt: '2026-11-25T09:00:00+07:00',
    number: 7,
    regime,
    paper,
  });
  const bytes = await renderDocx(doc);
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  // The visible text: every w:t, paragraphs separated by newlines.
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return { doc, bytes, files, xml, text };
}

const PAPER = {
  // NĐ 30/2020: top/bottom 20 mm = 1134, right 15 mm = 850, left 30 mm = 1701; body 14 pt, indent 1.27 cm, 6 pt after.
  A4: { w: 11906, h: 16838, margins: [1134, 850, 1134, 1701], body: 28, indent: 720, after: 120, recipientsHeading: 24, recipients: 22 },
  // The A5 form's own layout: 12/10/12/20 mm, body 12 pt, indent 1 cm, 3 pt after.
  A5: { w: 8391, h: 11906, margins: [680, 567, 680, 1134], body: 24, indent: 567, after: 60, recipientsHeading: 22, recipients: 20 },
} as const;

describe.each([
  ['nd118', undefined, 'A4'],
  ['nd61', undefined, 'A5'],
  ['nd61', 'A4', 'A4'],
  ['nd118', 'A5', 'A5'],
] as const)('DOCX under %s with paper %s', (regime, choice, paper) => {
  const p = PAPER[paper];

  it('is a Word package whose text has every line of the letter', async () => {
    const { doc, bytes, files, text } = await documentXml(regime, false, choice);
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const lines = renderText(doc).split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(15);
    expect(lines.some((l) => l.startsWith('Kính gửi'))).toBe(true);
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('Chờ kết quả xác minh của Công an tỉnh & UBND xã <Đông Tiến>.');
  });

  it(`sets ${paper} and its margins in twips`, async () => {
    const { xml } = await documentXml(regime, false, choice);
    expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${p.w}" w:h="${p.h}"`));
    const [top, right, bottom, left] = p.margins;
    expect(xml).toMatch(new RegExp(`<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}"`));
  });

  it('sets Times New Roman, the body size, justified body with first-line indent and paragraph spacing', async () => {
    const { files, xml } = await documentXml(regime, false, choice);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toContain(`<w:sz w:val="${p.body}"/>`);
    expect(xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(xml).toContain(`<w:ind w:firstLine="${p.indent}"/>`);
    expect(xml).toContain(`<w:spacing w:after="${p.after}" w:before="0"/>`);
  });

  it('formats the motto bold and underlined, the place line italic, "Nơi nhận" bold italic', async () => {
    const { xml } = await documentXml(regime, false, choice);
    const runOf = (text: string) => {
      const i = xml.indexOf(`>${text}</w:t>`);
      expect(i).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', i), i);
    };
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:u w:val="single"\/>/);
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runOf('Thanh Hóa, ngày 25 tháng 11 năm 2026')).toContain('<w:i/>');
    expect(runOf('Nơi nhận:')).toMatch(new RegExp(`<w:b/>.*<w:i/>.*<w:sz w:val="${p.recipientsHeading}"/>`));
    expect(runOf('- Lưu: VT.')).toContain(`<w:sz w:val="${p.recipients}"/>`);
  });
});

it('writes the deputy block', async () => {
  const { text } = await documentXml('nd118', true);
  expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
});
