import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/portals/index';
import { parseLabelled } from '../../../utils/portals/generic/extract';
import { matchHeader, matchHeaderKinds } from '../../../utils/portals/parse/headers';
import { parseInstant } from '../../../utils/time/vn-time';

const NOW = parseInstant('2026-11-25T09:00:00+07:00');
const URL_LIST = 'https://motcua.quangtri.gov.vn/web/mot-cua-dien-tu#/danh-sach-ho-so/0';
const CODE = '000.00.12.H40-261120-0003';

function page(header: string[], row: string[], extra = ''): Document {
  document.body.innerHTML = `${extra}<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr>${row
    .map((c) => `<td>${c}</td>`)
    .join('')}</tr></tbody></table>`;
  return document;
}
const first = (doc: Document, url = URL_LIST) => recognize(doc, url, { now: NOW }).rows[0]?.record;

describe('headers as real front ends render them', () => {
  it.each([
    ['Ngày hẹn trả arrow_downward', 'dueAt'],
    ['Ngày tiếp nhận arrow_upward', 'receivedAt'],
    ['Mã hồ sơ unfold_more', 'code'],
    ['Trạng thái expand_more', 'status'],
    ['Tên người đăng ký', 'applicant'],
  ])('%j → %s', (text, kind) => {
    expect(matchHeader(text)).toBe(kind);
  });

  it.each([
    ['Thủ tục / Người nộp', ['procedure', 'applicant']],
    ['Thủ tục / Chủ hồ sơ', ['procedure', 'applicant']],
    ['Ngày tiếp nhận / Ngày hẹn trả', ['receivedAt', 'dueAt']],
    ['Ngày hẹn trả', ['dueAt']],
    ['Số CMND / căn cước', []],
  ])('combined header %j names %j', (text, kinds) => {
    expect(matchHeaderKinds(text)).toEqual(kinds);
  });
});

describe('rows as real front ends render them', () => {
  it('reads labelled parts in a cell whose header is not "Thông tin hồ sơ", time first after the label', () => {
    const doc = page(['Mã hồ sơ', 'Thời gian'], [CODE, '<div>Tiếp nhận : 08:40 18/11/2026</div><div>Hẹn trả : 16:30 26/11/2026</div>']);
    expect(first(doc)).toMatchObject({ receivedAt: '2026-11-18T08:40:00+07:00', dueAt: '2026-11-26T16:30:00+07:00', dateOnly: [] });
  });

  it('splits a combined column: the label names one field, the unlabelled line is the other', () => {
    const doc = page(['Mã hồ sơ', 'Thủ tục / Chủ hồ sơ', 'Hẹn trả'], [CODE, '<div>Đăng ký khai sinh</div><div>Chủ hồ sơ: Lê Thị Cúc</div>', '26/11/2026']);
    expect(first(doc)).toMatchObject({ procedure: 'Đăng ký khai sinh', applicant: 'Lê Thị Cúc', dateOnly: ['dueAt'] });
  });

  it('splits a combined column without labels line by line, in header order', () => {
    const doc = page(['Mã hồ sơ', 'Thủ tục / Người nộp', 'Hẹn trả'], [CODE, 'Đăng ký khai sinh<br>Lê Thị Cúc', '26-11-2026 10:00']);
    expect(first(doc)).toMatchObject({ procedure: 'Đăng ký khai sinh', applicant: 'Lê Thị Cúc', dueAt: '2026-11-26T10:00:00+07:00' });
  });

  it('accepts an e-PAR record number in the code column, but not in free text', () => {
    expect(first(page(['Mã hồ sơ', 'Ngày hẹn trả'], ['TN05-CX-HU9OOS', '26-11-2026']))?.code).toBe('TN05-CX-HU9OOS');
    expect(recognize(page(['Ghi chú', 'Ngày hẹn trả'], ['TN05-CX-HU9OOS', '26-11-2026']), URL_LIST, { now: NOW }).rows).toEqual([]);
  });

  it('reads e-PAR "Thời hạn" day counts as no date and no problem', () => {
    const rec = recognize(page(['Mã hồ sơ', 'Ngày hẹn trả', 'Thời hạn'], [CODE, '26-11-2026', 'Đã quá hạn 2 ngày']), URL_LIST, { now: NOW });
    expect([rec.rows[0]?.record.stepDueAt, rec.rows[0]?.problems]).toEqual([null, []]);
  });

  it('skips report group, total and column-number rows without a problem, and never calls a report complete', () => {
    document.body.innerHTML = `<table><tr><td rowspan="2"><b>Mã hồ sơ</b></td><td rowspan="2"><b>Người nộp</b></td><td rowspan="2"><b>Ngày hẹn trả</b></td><td colspan="2"><b>Trả kết quả</b></td></tr>
      <tr><td>Đúng hạn</td><td>Quá hạn</td></tr><tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td></tr>
      <tr><td colspan="1000">Cấp giấy phép xây dựng</td></tr><tr><td>${CODE}</td><td>Lê C</td><td>26-11-2026</td><td>1</td><td></td></tr>
      <tr><td colspan="3">Tổng cộng</td><td>1</td><td>0</td></tr></table><p>Tổng số: 1 hồ sơ</p>`;
    const rec = recognize(document, URL_LIST, { now: NOW });
    expect([rec.kind, rec.rows.length, rec.problems, rec.coverage?.complete]).toEqual(['report', 1, [], false]);
  });
});

describe('pages that are not the officer list', () => {
  it('reads a single-dossier page as one dossier, never a complete list, its history table ignored', () => {
    document.body.innerHTML = `<div><div>Chủ hồ sơ: Trần Văn Bình</div><div>Mã hồ sơ: ${CODE}</div><div>Trạng thái: Đã có kết quả</div>
      <div>Ngày hẹn trả: 27/11/2026</div></div><table><thead><tr><th>#</th><th>Ngày bắt đầu</th><th>Người thực hiện</th></tr></thead>
      <tbody><tr><td>1</td><td>20/11/2026 08:15</td><td>Hoàng Thị Mai</td></tr></tbody></table>`;
    const rec = recognize(document, `${URL_LIST}/chi-tiet-ho-so/1`, { now: NOW });
    expect(rec.kind).toBe('detail');
    expect(rec.coverage?.complete).toBe(false);
    expect(rec.rows.map((r) => r.record)).toMatchObject([{ code: CODE, applicant: 'Trần Văn Bình', status: 'done', dueAt: '2026-11-27T17:00:00+07:00', dateOnly: ['dueAt'] }]);
    expect(rec.rows[0]!.anchor.textContent).toContain(CODE);
  });

  it.each([
    ['a captcha', 'https://dichvucong.example.gov.vn/ho-so', '<img src="/captcha" alt="captcha">'],
    ['a lookup route', 'https://dichvucong.example.gov.vn/web/cong-dich-vu-cong/tra-cuu-ho-so', ''],
    ['e-PAR kiosk lookup', 'http://motcua.example.gov.vn/r3/mavach/tra_cuu_ma_vach/', ''],
  ])('stores nothing from a citizen lookup page (%s)', (_name, url, extra) => {
    const rec = recognize(page(['Mã hồ sơ', 'Ngày hẹn trả'], [CODE, '27/11/2026'], extra), url, { now: NOW });
    expect([rec.kind, rec.rows, rec.portal]).toEqual(['lookup', [], null]);
    expect(rec.problems[0]).toMatch(/tra cứu/);
  });

  it('gives statistics with merged headers no records', () => {
    document.body.innerHTML = `<table><thead><tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="2">Đã giải quyết</th></tr>
      <tr><th>Đúng hạn</th><th>Quá hạn</th></tr></thead><tbody><tr><td>1</td><td>Đất đai</td><td>20</td><td>1</td></tr></tbody></table>`;
    expect(recognize(document, URL_LIST, { now: NOW })).toMatchObject({ kind: null, rows: [] });
  });
});

describe('parseLabelled', () => {
  it.each([
    ['Chủ hồ sơ:\nTrần Văn Bình\nMã hồ sơ:\nTN05-CX-HU9OOS', { applicant: 'Trần Văn Bình', code: 'TN05-CX-HU9OOS' }],
    ['Hẹn trả : 16:30 16/11/2026', { dueAt: '16:30 16/11/2026' }],
    ['Chủ hồ sơ: A\nSố CMND/ căn cước: 045', { applicant: 'A' }],
  ])('reads %j', (text, parts) => {
    expect(parseLabelled(text)).toEqual(parts);
  });
});
