import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../utils/letters/compose';
import { renderDocx } from '../../../utils/letters/render/docx';
import { renderText } from '../../../utils/letters/render/text';
import type { RegimeId } from '../../../utils/letters/types';
import { DOSSIER, PROFILE } from './fixtures';

async function documentXml(regime: RegimeId, deputy = false) {
  const doc = composeLetter({
    dossier: DOSSIER,
    profile: { ...PROFILE, deputy },
    reason: 'Chờ kết quả xác minh của Công an tỉnh & UBND xã <Đông Tiến>',
    newDueAt: '2026-12-03T17:00:00+07:00',
    issuedAt: '2026-11-25T09:00:00+07:00',
    number: 7,
    regime,
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

describe.each([
  // A4 body 14 pt, indent 1.27 cm; A5 body 13 pt, indent 1 cm.
  ['nd118', { w: 11906, h: 16838 }, 28, 720],
  ['nd61', { w: 8391, h: 11906 }, 26, 567],
] as const)('DOCX under %s', (regime, page, bodyHalfPoints, indent) => {
  it('is a Word package whose text has every line of the letter', async () => {
    const { doc, bytes, files, text } = await documentXml(regime);
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const lines = renderText(doc).split('\n').filter((l) => l !== '');
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('Chờ kết quả xác minh của Công an tỉnh & UBND xã <Đông Tiến>.');
  });

  it('sets the paper size and NĐ 30 margins in twips', async () => {
    const { xml } = await documentXml(regime);
    expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${page.w}" w:h="${page.h}"`));
    // top/bottom 20 mm = 1134, right 15 mm = 850, left 30 mm = 1701.
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman, the body size, justified body with first-line indent and 6 pt spacing', async () => {
    const { files, xml } = await documentXml(regime);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toContain(`<w:sz w:val="${bodyHalfPoints}"/>`);
    expect(xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(xml).toContain(`<w:ind w:firstLine="${indent}"/>`);
    expect(xml).toContain('<w:spacing w:after="120" w:before="0"/>');
  });

  it('formats the motto bold and underlined, the place line italic, "Nơi nhận" bold italic at 12 pt', async () => {
    const { xml } = await documentXml(regime);
    const runOf = (text: string) => {
      const i = xml.indexOf(`>${text}</w:t>`);
      expect(i).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', i), i);
    };
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:u w:val="single"\/>/);
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runOf('Thanh Hóa, ngày 25 tháng 11 năm 2026')).toContain('<w:i/>');
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runOf('- Lưu: VT.')).toContain('<w:sz w:val="22"/>');
  });
});

it('writes the deputy block', async () => {
  const { text } = await documentXml('nd118', true);
  expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC');
});
