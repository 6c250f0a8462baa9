import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/portals';
import { elementText } from '../../../utils/portals/parse/text';
import { DOSSIER_CODE_RE } from '../../../utils/portals/generic/extract';
import type { DossierRecord } from '../../../utils/portals/types';
import { vnEpoch } from '../../../utils/time/vn-time';
import { bigTable, codeOf, hostileHtml, nestedTables, STATIC_CASES } from '../../fixtures/hostile';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const URL_ = 'https://dichvucong.hanoi.gov.vn/ho-so/dang-xu-ly';
const ISO_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (html: string) => recognize(parse(html), URL_, { now: NOW });

/** What every record must look like, whatever the page held. */
function expectWellFormed(r: DossierRecord) {
  expect(r.code).toMatch(/^[A-Z0-9][A-Z0-9./_-]{5,40}$/i);
  for (const at of [r.receivedAt, r.dueAt, r.stepDueAt]) if (at !== null) expect(at).toMatch(ISO_VN);
  expect(new URL(r.url).protocol).toMatch(/^https?:$/);
  for (const text of [r.procedure, r.applicant, r.statusText, r.handler]) {
    if (text !== null) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u00ad\ufeff]/);
  }
}

describe('recognize() on hostile and broken pages', () => {
  // Dossier rows counted in each page by hand (the iframes page has one list outside its frames).
  const ROWS: Record<(typeof STATIC_CASES)[number], number> = { injection: 4, 'malformed-dates': 8, 'mixed-encodings': 3, iframes: 1 };

  it.each(STATIC_CASES)('reads %s.html without throwing and returns only well-formed records', (name) => {
    const rec = read(hostileHtml(name));
    expect(rec.rows).toHaveLength(ROWS[name]);
    rec.rows.forEach((row) => expectWellFormed(row.record));
  });

  it('keeps script-injection payloads as inert text and never takes a javascript:, data: or protocol-relative trick as a link scheme', () => {
    const rows = read(hostileHtml('injection')).rows.map((r) => r.record);
    expect(rows.map((r) => r.code)).toEqual([
      '000.00.31.H48-261110-0001',
      '000.00.32.H48-261111-0002',
      '000.00.33.H48-261112-0003',
      '000.00.34.H48-261113-0004',
    ]);
    expect(rows[0]!.applicant).toBe('</script><script>window.__pwned=1</script> Nguyễn Văn A');
    expect(rows[1]!.statusText).toBe('Chờ bổ sung <style>*{display:none!important}</style>');
    // javascript: (any case, leading space) and data: links fall back to the list page.
    expect(rows.slice(0, 3).map((r) => r.url)).toEqual([URL_, URL_, URL_]);
    expect(rows[3]!.url).toBe('https://evil.example/x');
  });

  it('reads the bidi-override name without its control characters', () => {
    const procedure = read(hostileHtml('injection')).rows[2]!.record;
    expect(procedure.status).toBe('done');
    const text = elementText(parse('<p>Chứng thực \u202Egnaht\u202C bản sao</p>').body);
    expect(text).toBe('Chứng thực gnaht bản sao');
  });

  it.each([
    ['000.00.41.H48-261101-0101', null, null, null],
    ['000.00.41.H48-261101-0102', null, null, null],
    // .NET's 01/01/0001 and "no deadline" 31/12/9999 are placeholders, not dates.
    ['000.00.41.H48-261101-0103', null, null, null],
    ['000.00.41.H48-261101-0105', '2026-11-20T08:15:00+07:00', '2026-11-27T17:00:00+07:00', null],
    ['000.00.41.H48-261101-0107', null, '2028-02-29T17:00:00+07:00', null],
  ])('turns malformed dates of %s into null with a problem, never into a guess', (code, receivedAt, dueAt, stepDueAt) => {
    const row = read(hostileHtml('malformed-dates')).rows.find((r) => r.record.code === code)!;
    expect([row.record.receivedAt, row.record.dueAt, row.record.stepDueAt]).toEqual([receivedAt, dueAt, stepDueAt]);
    const nulls = [receivedAt, dueAt, stepDueAt].filter((v) => v === null).length;
    expect(row.problems.length).toBeGreaterThanOrEqual(nulls);
  });

  it('matches NFD headers split by zero-width and soft-hyphen characters', () => {
    const rows = read(hostileHtml('mixed-encodings')).rows.map((r) => r.record);
    expect(rows[0]).toMatchObject({
      code: '000.00.51.H48-261116-0201',
      applicant: 'Nguyễn Thị Ánh',
      receivedAt: '2026-11-16T08:00:00+07:00',
      dueAt: '2026-11-23T17:00:00+07:00',
      status: 'processing',
    });
    expect(rows.map((r) => r.code)).toContain('000.00.51.H48-261116-0202');
  });

  it('reads only the top document, not lists inside iframes', () => {
    expect(read(hostileHtml('iframes')).rows.map((r) => r.record.code)).toEqual(['000.00.61.H48-261116-0301']);
  });

  it('finds the innermost list under 60 nested layout tables that carry codes of their own', () => {
    const rec = read(nestedTables(60));
    expect(rec.rows.map((r) => r.record.code)).toEqual([0, 1, 2, 3, 4].map(codeOf));
  });

  // happy-dom's own querySelector recurses, so recognize() on this tree runs in tests/e2e/hardening.e2e.ts.
  it('reads the text of an element nested 100,000 deep without overflowing the stack', () => {
    const doc = parse('<div id="top"></div>');
    let el = doc.getElementById('top')!;
    for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    el.textContent = 'sâu';
    expect(elementText(doc.getElementById('top')!)).toBe('sâu');
  });

  it('every generated code has the official shape', () => {
    expect(codeOf(19_999)).toMatch(DOSSIER_CODE_RE);
  });

  // How the cost grows with the rows is measured by `npm run bench` (annotation 100 / 500 / 2,000
  // rows), not timed here; this checks that a long list is read whole and right (happy-dom is slow
  // on big trees: the 20,000-row list runs in Chromium, tests/e2e/hardening.e2e.ts).
  it('reads every row of a 2,000-row list', () => {
    const rows = recognize(parse(bigTable(2_000)), URL_, { now: NOW }).rows;
    expect(rows).toHaveLength(2_000);
    expect(rows.at(-1)?.record.code).toBe(codeOf(1_999));
  });
});
