/**
 * The bootstrap's whole job on a page that is not a dossier list: a cheap look for a grid that
 * could be one, and a cheap watch for one appearing later (SPAs render their lists late). It adds
 * nothing to the DOM and keeps no data. Imports nothing, so the first script stays a few KB; the
 * recognizer (utils/portals) decides for real once loaded, and may still find no list.
 */
/**
 * Grids other than `<table>`s, which `getElementsByTagName` finds without matching a selector against
 * every element. Tables with a role are skipped in the loop: a `:not(table)` here cost more than that.
 */
const OTHER_GRIDS = 'mat-table, [role=grid], [role=table], [role=treegrid]';
/** The tail of an official dossier code (`…-261118-0042`, DOMAIN.md §7). */
const CODE_TAIL = /\d-\d{6}-\d{4,6}(?![\w-])/;
/**
 * Vowels with every Vietnamese tone and hat, precomposed (NFC) or followed by combining marks (NFD).
 * Spelled out rather than folded: `normalize()` and `\p{…}` classes cost a fresh page's first call
 * about 15 ms (ICU data, Unicode tables), which is most of what the bootstrap would cost.
 */
const MARKS = '[\u0300-\u036f]*';
const A = `[aàáảãạăằắẳẵặâầấẩẫậ]${MARKS}`;
const E = `[eèéẻẽẹêềếểễệ]${MARKS}`;
const O = `[oòóỏõọôồốổỗộơờớởỡợ]${MARKS}`;
const U = `[uùúủũụưừứửữự]${MARKS}`;
/**
 * Header words of the code or appointment column, `gap` between words: "Mã hồ sơ", "Mã HS", "Số
 * biên nhận", "Ngày hẹn trả", "Hạn trả kết quả". `lead` goes before the first ("Mã"/"Số") only.
 */
const headerWords = (gap: string, lead = '') =>
  `${lead}(?:m${A}|s${O})${gap}(?:h${O}${gap}s${O}|hs|bi${E}n${gap}nh${A}n)|h${E}n${gap}tr${A}|h${A}n${gap}tr${A}${gap}k${E}t${gap}q${U}${A}`;
/**
 * The grid checks' patterns, built on the first grid check: most pages never get one (see
 * `mayShowDossiers`), and building a pattern parses it.
 */
let gridPatterns: { header: RegExp; labelledCode: RegExp } | undefined;
const patterns = () =>
  (gridPatterns ??= {
    header: new RegExp(headerWords('\\s+', '(?:^|[^a-z])')),
    /** A labelled code, as a dossier's own page shows it: "Mã hồ sơ: 000.00.12.H40-261120-0003". */
    labelledCode: new RegExp(`(?:m${A}|s${O})\\s+(?:h${O}\\s+s${O}|bi${E}n\\s+nh${A}n)\\s*:\\s*\\S*\\d-\\d{6}-\\d{4,6}`),
  });
/**
 * Both checks loosened for one pass over the page's whole text, before any grid is read. The
 * checks join text nodes with a space; `textContent` joins them with nothing, so each space they
 * ask for may be missing there and a code may run into the next cell's text. What the checks find,
 * this finds in the whole text, so a page it fails is not a list: most pages are, and no grid,
 * element or text node of theirs is touched (docs/performance.md: the wrappers were most of the cost).
 */
const MAYBE_DOSSIERS = new RegExp(`\\d-\\d{6}-\\d{4}|${headerWords('\\s*')}`);
/** Text read per grid: headers and the first rows are at the start of a grid's text. */
const CHARS_PER_GRID = 2_000;
/** Of which the header words are looked for in the first part only. */
const HEADER_CHARS = 600;
const MAX_GRIDS = 40;
/** Mutations are looked at no more often than this: one check per burst. */
export const WATCH_THROTTLE_MS = 500;

/**
 * The start of a grid's text, read node by node: `textContent` of a layout table that wraps a
 * whole news page would copy all of it.
 */
function leadingText(doc: Document, grid: Element): string {
  const walker = doc.createTreeWalker(grid, NodeFilter.SHOW_TEXT);
  let text = '';
  while (text.length < CHARS_PER_GRID && walker.nextNode()) text += `${walker.currentNode.nodeValue} `;
  return text;
}

/**
 * True when some grid of the page shows a dossier code or a dossier-list header word. Each pattern
 * runs once per check, over the grids' texts joined: V8 interprets a regular expression on its
 * first run and compiles it on the next, and a run per grid cost the news page about 0.4 ms more.
 */
function hasDossierGrid(doc: Document): boolean {
  const tables = doc.getElementsByTagName('table');
  const texts: string[] = [];
  const read = (grids: ArrayLike<Element>) => {
    for (let i = 0; i < grids.length && texts.length < MAX_GRIDS; i++) {
      if (grids !== tables && grids[i]!.localName === 'table') continue; // read with the tables
      texts.push(leadingText(doc, grids[i]!));
    }
  };
  read(tables);
  if (texts.length < MAX_GRIDS) read(doc.querySelectorAll(OTHER_GRIDS));
  if (texts.length === 0) return false;
  // Joined on a character that is neither a word character nor a space, so no code or header word spans two grids.
  return CODE_TAIL.test(texts.join('|')) || patterns().header.test(texts.map((t) => t.slice(0, HEADER_CHARS)).join('|').toLowerCase());
}

/**
 * A dossier's own page (OpenCPS "Chi tiết hồ sơ") shows its code as a labelled field, outside any
 * grid, near the top: the start of the body's text is read for "Mã hồ sơ: <code>" (bounded, as for
 * grids; a code merely mentioned in an article is not enough).
 */
const hasDossierCodeNearTop = (doc: Document) => doc.body !== null && patterns().labelledCode.test(leadingText(doc, doc.body).toLowerCase());

/** True when the page shows a grid that may be a dossier list, or a dossier's own page. */
export function looksLikeDossierList(doc: Document): boolean {
  return hasDossierGrid(doc) || hasDossierCodeNearTop(doc);
}

/**
 * Past this many characters (a decree's full text), lower-casing and searching the whole text costs
 * more than the bounded grid check it would spare: that check decides alone.
 */
const WHOLE_TEXT_CHARS = 100_000;

/**
 * False when no text of the page could make `looksLikeDossierList` say yes: one native read of the
 * body's text (no wrapper per node) and one pattern. Only the first look of a watch uses it (every
 * gov.vn page gets that look; later looks follow an SPA's changes, where the grids are what changed).
 */
export function mayShowDossiers(doc: Document): boolean {
  const text = doc.body?.textContent ?? '';
  return text.length > WHOLE_TEXT_CHARS || MAYBE_DOSSIERS.test(text.toLowerCase());
}

export interface ListWatch {
  stop(): void;
}

/**
 * Calls `onList` once, as soon as the page looks like a dossier list: now, or after a burst of DOM
 * changes that made it one. `onChecked(false)` reports each negative check (e2e builds log it).
 */
export function watchForList(doc: Document, onList: () => void, onChecked?: (found: boolean) => void): ListWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  let looked = false;
  const observer = new MutationObserver(() => {
    if (timer === undefined && !done) timer = setTimeout(check, WATCH_THROTTLE_MS);
  });
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  function check() {
    timer = undefined;
    if (done) return;
    const found = (looked || mayShowDossiers(doc)) && looksLikeDossierList(doc);
    looked = true;
    onChecked?.(found);
    if (!found) return;
    stop();
    onList();
  }
  // childList only: text edits inside an existing grid do not turn a page into a list.
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  check();
  return { stop };
}
