/**
 * Robustness over every fixture page: what real pages vary in (column order and wording within the
 * known header wordings, icon text in headers, NFD text, wrapper elements, &nbsp; and odd spacing)
 * never changes the dossiers read.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { inspectHtml } from '../../../scripts/cli/inspect';
import { listFixtures } from '../../../scripts/regen-fixtures';

/** Wordings of one column that portals use interchangeably (DOMAIN.md §7). */
const SYNONYMS = [
  ['Mã hồ sơ', 'Số hồ sơ', 'Mã biên nhận', 'Số biên nhận'],
  ['Ngày hẹn trả', 'Hẹn trả', 'Ngày giờ hẹn trả'],
  ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày giờ tiếp nhận'],
  ['Người nộp', 'Chủ hồ sơ', 'Người đăng ký'],
  ['Trạng thái', 'Tình trạng'],
];
const ICONS = ['<i class="material-icons">arrow_downward</i>', '<mat-icon aria-hidden="true">unfold_more</mat-icon>', '<span class="sort">▲</span>'];
const SPACES = ['\u00a0', '  ', ' \n ', '\t'];

interface Variation {
  nfd: boolean;
  space: number;
  icon: number;
  wrap: boolean;
  rename: number;
  reverse: boolean;
}

const spanned = (cells: Element[]) => cells.some((c) => c.hasAttribute('colspan') || c.hasAttribute('rowspan'));

function vary(html: string, url: string, v: Variation): string {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    for (const th of Array.from(doc.querySelectorAll('th, mat-header-cell, [role=columnheader]'))) {
      const text = (th.textContent ?? '').trim();
      const group = SYNONYMS.find((g) => g.includes(text));
      if (group && v.rename > 0) th.textContent = group[(group.indexOf(text) + v.rename) % group.length]!;
      if (v.icon > 0 && text) th.insertAdjacentHTML('beforeend', ` ${ICONS[v.icon - 1]}`);
    }
    // One column order for every plain table (a fixed header in its own table moves with its body).
    if (v.reverse) {
      for (const table of Array.from(doc.querySelectorAll('table'))) {
        const rows = Array.from(table.rows);
        const width = rows[0]?.cells.length ?? 0;
        if (width < 2 || rows.some((r) => r.cells.length !== width || spanned(Array.from(r.cells)) || r.querySelector('table'))) continue;
        for (const row of rows) for (const cell of Array.from(row.cells).reverse()) row.appendChild(cell);
      }
    }
    if (v.wrap) {
      for (const cell of Array.from(doc.querySelectorAll('td, th, mat-cell, [role=gridcell]'))) {
        const span = doc.createElement('span');
        span.className = 'cell-wrap';
        span.append(...Array.from(cell.childNodes));
        cell.appendChild(span);
      }
      for (const table of Array.from(doc.querySelectorAll('body > table, main > table'))) {
        const div = doc.createElement('div');
        table.replaceWith(div);
        div.appendChild(table);
      }
    }
    if (v.space > 0) {
      const walker = doc.createTreeWalker(doc.body, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = (n.nodeValue ?? '').replace(/ /g, SPACES[v.space - 1]!);
    }
    const out = `<!doctype html>${doc.documentElement.outerHTML}`;
    return v.nfd ? out.normalize('NFD') : out;
  } finally {
    void window.happyDOM.close();
  }
}

const variation = fc.record({
  nfd: fc.boolean(),
  space: fc.integer({ min: 0, max: SPACES.length }),
  icon: fc.integer({ min: 0, max: ICONS.length }),
  wrap: fc.boolean(),
  rename: fc.integer({ min: 0, max: 3 }),
  reverse: fc.boolean(),
});

const pages = listFixtures().filter((f) => !f.response);

describe('robustness over every fixture page', () => {
  it.each(pages.map((f) => [f.name, f] as const))('%s: the same dossiers whatever the page varies in', (_name, f) => {
    const base = inspectHtml(f.html, f.url, f.now);
    fc.assert(
      fc.property(variation, (v) => {
        const out = inspectHtml(vary(f.html, f.url, v), f.url, f.now);
        expect({ kind: out.kind, dossiers: out.dossiers }).toEqual({ kind: base.kind, dossiers: base.dossiers });
      }),
      { numRuns: 4, seed: 15 },
    );
  }, 60_000);
});
