/** Text helpers shared by the portal parsers. Scraped text is untrusted: it is only ever read. */

/** NFC, `&nbsp;` and odd spacing collapsed: the form kept in records. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b\u202f]+/g, ' ').trim();
}

/**
 * Accent-, case- and spacing-insensitive form for matching words (NFC or NFD input alike):
 * `Ngày  HẸN trả:` → `ngay hen tra:`. Digits and punctuation are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b\u202f]+/g, ' ')
    .trim();
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Text of an element with line breaks where `<br>` or block elements split it (like innerText, without layout). */
export function elementText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') parts.push('\n');
        else if (BLOCK_TAGS.has(tag)) {
          parts.push('\n');
          walk(child);
          parts.push('\n');
        } else walk(child);
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map(cleanText)
    .filter(Boolean)
    .join('\n');
}
