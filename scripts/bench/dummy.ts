/**
 * The floor: a 20-line annotator that reads the same rows and draws a closed shadow root per row,
 * built as its own unpacked extension in a temporary directory. What Nhắc Hạn costs a page above
 * this is its own doing; below it no annotator can go.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_HOST_PATTERNS } from '../../utils/portals/hosts';

/**
 * Same tag and row mark as the real chips, so the probe times both alike. `readRow`, when given,
 * is run on every row first: the reading floor.
 */
const annotator = (readRow = '') => `(() => {
  const draw = () => {
    for (const row of document.querySelectorAll('tbody tr')) {
      if (row.hasAttribute('data-nhac-han')) continue;${readRow}
      const cell = row.cells[1] ?? row.cells[0];
      if (!cell) continue;
      const host = document.createElement('nhac-han-chip');
      const root = host.attachShadow({ mode: 'closed' });
      const chip = document.createElement('span');
      chip.style.cssText = 'font:12px sans-serif;padding:0 4px;border-radius:8px;background:#fde68a';
      chip.textContent = (cell.textContent || '').trim().slice(-4);
      root.append(chip);
      cell.append(host);
      row.setAttribute('data-nhac-han', '1');
    }
  };
  draw();
  new MutationObserver(() => setTimeout(draw, 0)).observe(document.body, { childList: true, subtree: true });
})();
`;

/**
 * What any annotator that keeps every dossier must do beyond the floor: read the text of every cell
 * of every row (one call into the page per cell) and look for a date in it. No record is built.
 */
const READ_EVERY_CELL = `
      const texts = [];
      for (const cell of row.cells) {
        const text = (cell.textContent || '').trim();
        if (/\\d{1,2}\\/\\d{1,2}\\/\\d{4}/.test(text)) texts.push(text);
      }
      row.__read = texts;`;

/** An unpacked extension in a temporary directory: one content script, `script`, on the portal hosts. */
export function unpackedExtension(name: string, script: string, runAt: 'document_end' | 'document_idle'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nhac-han-bench-ext-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0.0',
    content_scripts: [{ matches: [...PORTAL_HOST_PATTERNS], js: ['content.js'], run_at: runAt }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), script);
  return dir;
}

export const dummyExtension = (): string => unpackedExtension('bench floor', annotator(), 'document_end');
/** The floor that also reads every cell: what no annotator that keeps the list can go below. */
export const readerExtension = (): string => unpackedExtension('bench reading floor', annotator(READ_EVERY_CELL), 'document_end');

/**
 * The floor of the extension pages: an extension page whose one script puts 20 rows in a list at
 * once (no store, no framework), with the popup's row class. What Chromium takes to open any
 * extension page and show it rows; the popup's and dashboard's first rows cannot come sooner.
 */
export function pageFloorExtension(): { dir: string; id: string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'nhac-han-bench-page-')));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench page floor', version: '1.0.0' }));
  writeFileSync(join(dir, 'floor.html'), '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Sàn</title><ul id="list"></ul><script src="floor.js"></script></html>');
  writeFileSync(
    join(dir, 'floor.js'),
    `const list = document.getElementById('list');
for (let i = 0; i < 20; i++) { const li = document.createElement('li'); li.className = 'nh-item'; li.textContent = 'Hồ sơ ' + i; list.append(li); }`,
  );
  // An unpacked extension's id: the SHA-256 of its directory's path, first 32 hex digits spelled a–p.
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return { dir, id: [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('') };
}
