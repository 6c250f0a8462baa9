/** Text helpers shared by the portal parsers. Scraped text is untrusted: it is only ever read. */

/**
 * Invisible format characters: soft hyphen, zero-width joiners, BOM and the bidi controls a hostile
 * name could use to display reversed text in our UI. Dropped from everything read.
 */
const FORMAT_CHARS = /[\u00ad\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** NFC, `&nbsp;` and odd spacing collapsed, format characters dropped: the form kept in records. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(FORMAT_CHARS, '').replace(/[\s\u00a0\u200b\u202f]+/g, ' ').trim();
}

/**
 * Accent-, case- and spacing-insensitive form for matching words (NFC or NFD input alike):
 * `Ngày  HẸN trả:` → `ngay hen tra:`. Digits and punctuation are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(FORMAT_CHARS, '')
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

/**
 * Elements whose text is never shown as such: portals put inline scripts (framework state, JSON),
 * styles, templates and noscript notices inside list cells. Inputs have no text (a hidden one's
 * value is never read).
 */
const UNSHOWN_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Text of an element with line breaks where `<br>` or block elements split it (like innerText, without
 * layout), leaving out what UNSHOWN_TAGS hold and the elements in `skip` (with everything inside
 * them). Iterative, so a hostile page nesting thousands of elements cannot overflow the stack.
 */
export function elementText(el: Element, skip?: ReadonlySet<Node>): string {
  // Most cells hold text alone: read at once, not node by node (each node read from a content
  // script's world is a call into the page's DOM). Comments are left out of textContent too.
  if (el.firstElementChild === null) return cleanLines(el.textContent ?? '');
  const parts: string[] = [];
  // Nodes to visit, last first; a string is a line break due after a block element's children.
  const stack: Array<Node | string> = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(el);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') parts.push(node);
    else if (node.nodeType === 3) parts.push((node as CharacterData).data);
    else if (node.nodeType === 1) {
      if (skip?.has(node)) continue;
      const tag = (node as Element).tagName.toUpperCase();
      if (UNSHOWN_TAGS.has(tag)) continue;
      if (tag === 'BR') parts.push('\n');
      else if (BLOCK_TAGS.has(tag)) {
        parts.push('\n');
        stack.push('\n');
        pushChildren(node);
      } else pushChildren(node);
    }
  }
  return cleanLines(parts.join(''));
}

const cleanLines = (text: string) => text.split('\n').map(cleanText).filter(Boolean).join('\n');
