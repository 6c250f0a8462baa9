import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { looksLikeDossierList, mayShowDossiers, watchForList, WATCH_THROTTLE_MS } from '../../../utils/annotate/detect';
import { recognize } from '../../../utils/portals';
import { generateDossiers } from '../../../scripts/demo-portal/dossiers';
import { antdPage, eparPage, loginPage, plainPage, statisticsPage } from '../../../scripts/demo-portal/pages';
import { listWithoutDuePage, newsPage } from '../../../scripts/demo-portal/news';
import { vnEpoch } from '../../../utils/time/vn-time';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const DOSSIERS = generateDossiers({ now: NOW });
const htmlIn = (dir: string) =>
  readdirSync(dir).flatMap((f) => (f.endsWith('.html') ? [[join(dir, f), readFileSync(join(dir, f), 'utf8')] as const] : []));
const FIXTURES = [
  ...readdirSync('tests/fixtures/portals', { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? htmlIn(join('tests/fixtures/portals', d.name)) : [])),
  ...htmlIn('tests/fixtures/hostile'),
];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('looksLikeDossierList (the bootstrap’s cheap check)', () => {
  // The check may say yes where the recognizer then finds nothing (a report, a catalogue), but it
  // must never say no where the recognizer reads rows: that list would get no chips at all.
  it('says yes on every fixture where the recognizer reads rows', () => {
    const read = FIXTURES.map(([name, html]) => {
      const doc = parse(html);
      const yes = mayShowDossiers(doc) && looksLikeDossierList(doc);
      return { name, rows: recognize(doc, 'https://motcua.example.gov.vn/ho-so', { now: NOW }).rows.length, yes };
    });
    const lists = read.filter((r) => r.rows > 0);
    expect(lists.length).toBeGreaterThanOrEqual(8);
    expect(lists.filter((r) => !r.yes).map((r) => r.name)).toEqual([]);
  });

  it.each([
    ['the plain demo list', plainPage(DOSSIERS)],
    ['the antd list (header in its own table)', antdPage(DOSSIERS, NOW)],
    ['the e-PAR list', eparPage(DOSSIERS)],
    ['a list without the appointment column', listWithoutDuePage(DOSSIERS.slice(0, 5))],
    ['a dossier’s own page (a labelled code, no grid)', '<div><span>Chủ hồ sơ: </span><b>Trần Văn Bình</b></div><div><span>Mã hồ sơ: </span><b> 000.00.12.H40-261120-0003 </b></div>'],
    ['a header row alone (the rows come later)', '<table><tr><th>STT</th><th>Số biên nhận</th><th>Ngày hẹn trả</th></tr></table>'],
    ['an NFD header in an ARIA grid', `<div role="grid"><div role="row"><span role="columnheader">${'Mã hồ sơ'.normalize('NFD')}</span></div></div>`],
    ['an upper-case header', '<table><tr><th>STT</th><th>MÃ HỒ SƠ</th></tr></table>'],
    ['an NFD "Hạn trả kết quả" header', `<table><tr><td>${'Hạn trả kết quả'.normalize('NFD')}</td></tr></table>`],
    ['"Mã HS" with two spaces', '<table><tr><th>Mã  HS</th></tr></table>'],
    ['a table that is also an ARIA grid', '<table role="grid"><tr><th>STT</th><th>Mã hồ sơ</th></tr></table>'],
    ['an ARIA grid after a layout table', `<table><tr><td>Trang chủ</td></tr></table><div role="treegrid"><div role="row"><span>000.00.12.H12-261118-0042</span></div></div>`],
    ['a code deep in a mat-table', `<mat-table><mat-row><mat-cell>Hồ sơ 000.00.12.H12-261118-0042</mat-cell></mat-row></mat-table>`],
  ])('says yes on %s', (_name, html) => {
    const doc = parse(html);
    expect(looksLikeDossierList(doc)).toBe(true);
    expect(mayShowDossiers(doc)).toBe(true);
  });

  it.each([
    ['a 3,000-element news front page (layout and price tables)', newsPage()],
    ['a login page', loginPage()],
    ['a page with a dossier code outside any table', '<p>Hồ sơ 000.00.12.H12-261118-0042 đã được tiếp nhận.</p>'],
    ['a timetable', '<table><tr><th>Giờ</th><th>Nội dung</th></tr><tr><td>08:00</td><td>Họp giao ban 2026-11-18</td></tr></table>'],
    ['a page with no table', '<main><h1>Giới thiệu</h1><p>Mã hồ sơ được cấp khi nộp.</p></main>'],
    ['a code cut across two tables', '<table><tr><td>000.00.12.H12-261118-</td></tr></table><table><tr><td>0042</td></tr></table>'],
    ['header words cut across two tables', '<table><tr><th>Mã hồ</th></tr></table><table><tr><th>sơ</th></tr></table>'],
    ['a table of look-alike words', '<table><tr><th>Mạng xã hội</th><th>Hồ sơ năng lực</th><th>Sở hữu</th></tr></table>'],
  ])('says no on %s', (_name, html) => {
    expect(looksLikeDossierList(parse(html))).toBe(false);
  });

  it('lets most pages that are not lists go on the whole-text look, before any grid is read', () => {
    for (const html of [newsPage(), loginPage(), '<table><tr><th>Giờ</th><th>Nội dung</th></tr></table>']) expect(mayShowDossiers(parse(html))).toBe(false);
    // The look is loose: what it lets through, the grid check still turns down.
    const mention = parse('<p>Hồ sơ 000.00.12.H12-261118-0042 đã được tiếp nhận.</p>');
    expect([mayShowDossiers(mention), looksLikeDossierList(mention)]).toEqual([true, false]);
    // A decree's full text is not searched whole: the grid check, bounded, decides.
    const decree = parse(`<main>${'<p>Điều 1. Phạm vi điều chỉnh của nghị định này.</p>'.repeat(2_500)}</main>`);
    expect([mayShowDossiers(decree), looksLikeDossierList(decree)]).toEqual([true, false]);
  });

  // The whole-text look must never turn down a page the grid check takes, however the page splits
  // its words and codes into nodes: texts run together there (no space between cells or spans).
  it('never says no where the grid check says yes, on any split of words into nodes', () => {
    const pieces = ['Mã', 'hồ', 'sơ', 'MÃ HỒ SƠ', 'Số', 'biên', 'nhận', 'Ngày hẹn', 'trả', 'Hạn trả kết quả'.normalize('NFD'), 'HS', 'Mã hồ sơ:',
      '000.00.12.H12-261118-0042', '261118', '-0042', '5', ' ', '  ', 'Tin tức', '2026-11-18'];
    const wrap = ['td', 'th', 'span', 'b', 'div', ''];
    const cell = fc.record({ text: fc.constantFrom(...pieces), tag: fc.constantFrom(...wrap) }).map(({ text, tag }) => (tag ? `<${tag}>${text}</${tag}>` : text));
    const grid = fc.record({ cells: fc.array(cell, { maxLength: 6 }), kind: fc.constantFrom('table', 'div role="grid"', 'mat-table', 'p') })
      .map(({ cells, kind }) => (kind === 'table' ? `<table><tr><td>${cells.join('')}</td></tr></table>` : `<${kind}>${cells.join('')}</${kind.split(' ')[0]}>`));
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 4 }), (grids) => {
        const doc = parse(grids.join(''));
        if (looksLikeDossierList(doc)) expect(mayShowDossiers(doc)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reads only the start of a grid that wraps the whole page', () => {
    // A code after 2,000 characters of a layout table is not a list header or first rows.
    const filler = '<p>Tin tức trong ngày.</p>'.repeat(200);
    expect(looksLikeDossierList(parse(`<table><tr><td>${filler}000.00.12.H12-261118-0042</td></tr></table>`))).toBe(false);
    expect(looksLikeDossierList(parse(`<table><tr><td>000.00.12.H12-261118-0042${filler}</td></tr></table>`))).toBe(true);
  });

  it('says yes on the statistics report, where the recognizer then reads nothing', () => {
    // A report's table headed "Số hồ sơ…" costs one annotator load and stays without chips.
    const doc = parse(statisticsPage(DOSSIERS));
    expect(recognize(doc, 'https://x.gov.vn/thong-ke', { now: NOW }).rows).toEqual([]);
    expect(looksLikeDossierList(doc)).toBe(true);
  });
});

describe('watchForList', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('calls back at once on a list, and keeps no observer afterwards', () => {
    document.body.innerHTML = '<table><tr><th>Mã hồ sơ</th></tr></table>';
    const found = vi.fn();
    const observe = vi.spyOn(MutationObserver.prototype, 'disconnect');
    watchForList(document, found);
    expect(found).toHaveBeenCalledTimes(1);
    expect(observe).toHaveBeenCalled();
    observe.mockRestore();
  });

  it('waits for a list an SPA renders late, checking once per burst of changes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="app"></div>';
    const found = vi.fn();
    const checks: boolean[] = [];
    watchForList(document, found, (f) => checks.push(f));
    expect(checks).toEqual([false]);
    const app = document.getElementById('app')!;
    for (let i = 0; i < 30; i++) app.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(WATCH_THROTTLE_MS);
    expect(checks).toEqual([false, false]);
    app.innerHTML = '<mat-table><mat-header-row><mat-header-cell>Ngày hẹn trả</mat-header-cell></mat-header-row></mat-table>';
    await vi.advanceTimersByTimeAsync(WATCH_THROTTLE_MS);
    expect(found).toHaveBeenCalledTimes(1);
    // Found once: later changes start nothing.
    app.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(WATCH_THROTTLE_MS * 4);
    expect(checks).toEqual([false, false, true]);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('stops watching on stop()', async () => {
    vi.useFakeTimers();
    const found = vi.fn();
    const watch = watchForList(document, found);
    watch.stop();
    document.body.innerHTML = '<table><tr><th>Mã hồ sơ</th></tr></table>';
    await vi.advanceTimersByTimeAsync(WATCH_THROTTLE_MS * 2);
    expect(found).not.toHaveBeenCalled();
  });
});
