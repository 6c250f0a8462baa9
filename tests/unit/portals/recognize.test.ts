import { beforeEach, describe, expect, it } from 'vitest';
import { recognize, toInspectJson } from '../../../utils/portals/index';
import { parsePagerText } from '../../../utils/portals/coverage';
import { parseLabelled } from '../../../utils/portals/generic/extract';
import { parseInstant } from '../../../utils/time/vn-time';

const NOW = parseInstant('2026-11-25T09:00:00+07:00');
const URL_PLAIN = 'https://dichvucong.hanoi.gov.vn/ho-so';

function table(rows: string[][], header = ['Mã hồ sơ', 'Người nộp', 'Ngày hẹn trả', 'Trạng thái']): string {
  const tr = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<table><thead>${tr(header, 'th')}</thead><tbody>${rows.map((r) => tr(r, 'td')).join('')}</tbody></table>`;
}

const ROWS = [
  ['<a href="/ho-so/1">000.00.53.H48-261120-0099</a>', 'Nguyễn Văn A', '27/11/2026', 'Đang xử lý'],
  ['G22.99.08-261121-896048', 'Trần Thị B', '28/11/2026 10:00', 'Chờ bổ sung'],
];

describe('recognize: the list total', () => {
  it.each([
    ['after the table', `${table(ROWS)}<p>Tổng số: 2 hồ sơ</p>`, 2, true],
    // A dossier row's own text is not the pager: "Tổng số: 1" in an applicant cell says nothing of the list.
    ['only inside a dossier row', table([ROWS[0]!, [ROWS[1]![0]!, 'Tổng số: 1 hồ sơ', ROWS[1]![2]!, ROWS[1]![3]!]]), null, false],
    ['after the table, with the same words in a row', `${table([ROWS[0]!, [ROWS[1]![0]!, 'Tổng số: 1 hồ sơ', ROWS[1]![2]!, ROWS[1]![3]!]])}<p>Tổng số: 2 hồ sơ</p>`, 2, true],
  ])('total %s', (_where, html, totalRows, complete) => {
    document.body.innerHTML = html;
    expect(recognize(document, URL_PLAIN, { now: NOW }).coverage).toMatchObject({ rowsSeen: 2, totalRows, complete });
  });
});

describe('recognize', () => {
  beforeEach(() => {
    document.body.innerHTML = `<nav>Thông báo 20/11/2026</nav>${table(ROWS)}<p>Tổng số: 2 hồ sơ</p>`;
  });

  it('reads a plain table with the generic recognizer and anchors chips on the code cell', () => {
    const rec = recognize(document, URL_PLAIN, { now: NOW });
    expect(rec.portal).toBe('generic');
    expect(rec.rows.map((r) => r.record.code)).toEqual(['000.00.53.H48-261120-0099', 'G22.99.08-261121-896048']);
    expect(rec.rows[0]!.record).toMatchObject({
      applicant: 'Nguyễn Văn A',
      dueAt: '2026-11-27T17:00:00+07:00',
      status: 'processing',
      url: 'https://dichvucong.hanoi.gov.vn/ho-so/1',
    });
    expect(rec.rows[1]!.record.url).toBe(URL_PLAIN);
    expect(rec.rows[0]!.anchor.textContent).toBe('000.00.53.H48-261120-0099');
    expect(rec.rows[0]!.row.tagName).toBe('TR');
    expect(rec.coverage).toEqual({ page: null, pageCount: null, rowsSeen: 2, totalRows: 2, complete: true });
  });

  it('does not touch the DOM and gives the same answer twice', () => {
    const before = document.body.innerHTML;
    const first = toInspectJson(recognize(document, URL_PLAIN, { now: NOW }));
    expect(toInspectJson(recognize(document, URL_PLAIN, { now: NOW }))).toEqual(first);
    expect(document.body.innerHTML).toBe(before);
  });

  it('follows a re-rendered list (SPA route change replacing the table)', () => {
    document.querySelector('table')!.replaceWith(
      Object.assign(document.createElement('div'), { innerHTML: table([['000.00.53.H48-261122-0001', 'Lê C', '01/12/2026', 'Tạm dừng']]) }),
    );
    const rec = recognize(document, `${URL_PLAIN}?tab=tam-dung`, { now: NOW });
    expect(rec.rows.map((r) => [r.record.code, r.record.status])).toEqual([['000.00.53.H48-261122-0001', 'paused']]);
    expect(rec.rows[0]!.anchor.isConnected).toBe(true);
  });

  it('reads a legacy div-based Angular Material mat-table without ARIA roles', () => {
    const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
    document.body.innerHTML = `<mat-table><mat-header-row>${cells('mat-header-cell', ['Số hồ sơ', 'Hạn xử lý', 'Ngày hẹn trả'])}</mat-header-row>
      <mat-row>${cells('mat-cell', ['000.00.53.H48-261120-0099', '26/11/2026 10:00', '27/11/2026'])}</mat-row></mat-table>`;
    const [row] = recognize(document, URL_PLAIN, { now: NOW }).rows;
    expect(row?.record).toMatchObject({ stepDueAt: '2026-11-26T10:00:00+07:00', dueAt: '2026-11-27T17:00:00+07:00' });
  });

  it('keeps a row without a readable due date, with a problem note', () => {
    document.body.innerHTML = table([['000.00.53.H48-261120-0099', 'Nguyễn Văn A', 'Chưa hẹn', 'Đang xử lý']]);
    const rec = recognize(document, URL_PLAIN, { now: NOW });
    expect(rec.rows[0]!.record.dueAt).toBeNull();
    expect(rec.rows[0]!.problems).toEqual(['Không đọc được ngày hẹn trả: "Chưa hẹn"']);
    expect(toInspectJson(rec).problems).toEqual(['000.00.53.H48-261120-0099: Không đọc được ngày hẹn trả: "Chưa hẹn"']);
  });

  it('notes a list that shows no due date at all', () => {
    document.body.innerHTML = table([['000.00.53.H48-261120-0099', 'A']], ['Mã hồ sơ', 'Chủ hồ sơ']);
    expect(recognize(document, URL_PLAIN, { now: NOW }).rows[0]!.problems).toEqual(['Không thấy ngày hẹn trả']);
  });

  it.each([['01/01/0001'], ['31/12/9999']])('treats the placeholder date %s as unreadable', (due) => {
    document.body.innerHTML = table([['000.00.53.H48-261120-0099', 'A', due, '']]);
    expect(recognize(document, URL_PLAIN, { now: NOW }).rows[0]!.record.dueAt).toBeNull();
  });

  it('counts a row drawn twice once (identity is portal + code)', () => {
    document.body.innerHTML = table([ROWS[0]!, ROWS[0]!]);
    expect(recognize(document, URL_PLAIN, { now: NOW }).rows).toHaveLength(1);
  });

  it('never follows a javascript: link', () => {
    document.body.innerHTML = table([['<a href="javascript:alert(1)">000.00.53.H48-261120-0099</a>', 'A', '27/11/2026', '']]);
    expect(recognize(document, URL_PLAIN, { now: NOW }).rows[0]!.record.url).toBe(URL_PLAIN);
  });

  it('picks the innermost list inside nested layout tables', () => {
    document.body.innerHTML = `<table><tr><td>Menu 20/11/2026</td><td>${table(ROWS)}</td></tr></table>`;
    const rec = recognize(document, URL_PLAIN, { now: NOW });
    expect(rec.rows.map((r) => r.row.closest('thead, tbody')?.tagName)).toEqual(['TBODY', 'TBODY']);
    expect(rec.rows).toHaveLength(2);
  });

  it('claims nothing about a list without pager words: complete stays false', () => {
    document.body.innerHTML = table(ROWS);
    expect(recognize(document, URL_PLAIN, { now: NOW }).coverage).toMatchObject({ rowsSeen: 2, totalRows: null, complete: false });
  });

  it('falls back to the generic recognizer, with a problem, when an adapter matches but finds no rows', () => {
    document.body.innerHTML = `<app-root><div class="mat-mdc-table"></div>${table(ROWS)}</app-root>`;
    const rec = recognize(document, 'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing', { now: NOW });
    expect(rec.portal).toBe('generic');
    expect(rec.rows).toHaveLength(2);
    expect(rec.problems[0]).toMatch(/VNPT iGate/);
  });

  it.each([
    ['a statistics table', table([['Đất đai', '120', '3', '97%']], ['Lĩnh vực', 'Tổng số hồ sơ', 'Quá hạn', 'Tỷ lệ'])],
    ['a news list full of dates', '<ul><li>Thông báo 24/11/2026</li><li>Lịch 26/11/2026 08:00</li></ul>'],
    ['a code-shaped text outside any list', '<p>Hồ sơ 000.00.53.H48-261120-0099 hẹn trả 27/11/2026</p>'],
  ])('gives zero dossiers for %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(recognize(document, URL_PLAIN, { now: NOW })).toEqual({ portal: null, kind: null, coverage: null, rows: [], problems: [] });
  });
});

describe('parseLabelled (composite cells)', () => {
  it.each([
    [
      'Mã hồ sơ: 000.00.53.H48-261120-0099 / Tiếp nhận: 20/11/2026 08:15, hẹn trả: 27/11/2026 17:00',
      { code: '000.00.53.H48-261120-0099', receivedAt: '20/11/2026 08:15', dueAt: '27/11/2026 17:00' },
    ],
    ['Số biên nhận: G22.99.08-261121-896048\nHạn xử lý: 26/11/2026', { code: 'G22.99.08-261121-896048', stepDueAt: '26/11/2026' }],
    ['Thủ tục: Cấp giấy phép: nhà ở; Người nộp: Lê C', { procedure: 'Cấp giấy phép: nhà ở', applicant: 'Lê C' }],
  ])('splits %j', (text, parts) => {
    expect(parseLabelled(text)).toEqual(parts);
  });
});

describe('parsePagerText', () => {
  it.each([
    ['1 – 20 của 143', { page: 1, pageCount: 8, totalRows: 143 }],
    ['21 - 40 / 143', { page: 2, pageCount: 8, totalRows: 143 }],
    ['141 - 143 / 143', { totalRows: 143 }],
    ['Trang 2/7', { page: 2, pageCount: 7 }],
    ['Trang 1 trên 3 · Tổng số: 1.245 hồ sơ', { page: 1, pageCount: 3, totalRows: 1245 }],
    ['24 trên 40 hồ sơ', { totalRows: 40 }],
    ['Trang chủ', {}],
  ])('reads %j', (text, facts) => {
    expect(parsePagerText(text)).toEqual(facts);
  });
});
