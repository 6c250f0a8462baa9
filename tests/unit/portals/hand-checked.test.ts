/**
 * Expectations read off each fixture page by a person, not produced by the recognizer: the
 * `*.expected.json` files are rewritten by scripts/regen-fixtures.ts from the code under test, so
 * alone they prove nothing. No regeneration can change the values below; each comes from the
 * page's own cells (quoted in the comments).
 *
 * Where a page shows a date without a time (e-PAR's "Ngày tiếp nhận 19/11/2026", a "Hẹn trả: ngày
 * 26 tháng 11 năm 2026"), only the day is asserted: the time the record carries then is the
 * recognizer's convention, not something the page says.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectHtml } from '../../../scripts/cli/inspect';
import { listFixtures } from '../../../scripts/regen-fixtures';

/** A field the page shows as a date only: the record must fall on that Vietnamese day. */
const onDay = (day: string) => expect.stringMatching(new RegExp(`^${day}T\\d\\d:\\d\\d:\\d\\d\\+07:00$`));
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

type Row = Record<string, unknown> & { code: string };

interface PageCheck {
  portal: string | null;
  /** Dossier rows counted on the page by hand. */
  rows: number;
  chosen: Row[];
}

const PAGES: Record<string, PageCheck> = {
  // "Mã hồ sơ: … Tiếp nhận: 19/11/2026 14:30, hẹn trả: 25/11/2026 17:00" | Đăng ký kinh doanh hộ kinh doanh |
  // "Ngô Hữu Quân<br><small>Thanh Hóa</small>" | Hạn xử lý cá nhân 23/11/2026 17:00 | Đang xử lý
  'antd/can-xu-ly': {
    portal: 'antd',
    rows: 20,
    chosen: [
      {
        code: '000.00.31.H48-261119-6337',
        procedure: 'Đăng ký kinh doanh hộ kinh doanh',
        applicant: 'Ngô Hữu Quân',
        receivedAt: at('2026-11-19', '14:30'),
        dueAt: at('2026-11-25', '17:00'),
        stepDueAt: at('2026-11-23', '17:00'),
        status: 'processing',
      },
      // row 7: Tiếp nhận 24/11/2026 11:15, hẹn trả 09/12/2026 17:00 | Nguyễn Thu Mai | 08/12/2026 17:00 | Đã trả kết quả
      {
        code: '000.00.37.H48-261124-9569',
        applicant: 'Nguyễn Thu Mai',
        receivedAt: at('2026-11-24', '11:15'),
        dueAt: at('2026-12-09', '17:00'),
        stepDueAt: at('2026-12-08', '17:00'),
        status: 'done',
      },
    ],
  },
  // STT | Mã hồ sơ | Người đăng ký | Ngày tiếp nhận | Ngày hẹn trả | Cán bộ thụ lý — no status, no procedure.
  // "19/11/2026" (date only) | "25/11/2026<br>Từ 13:30 đến 17:00" (the slot's end counts) | Lê Thị Hồng
  'epar/danh-sach': {
    portal: 'epar',
    rows: 25,
    chosen: [
      {
        code: '000.00.31.H48-261119-6337',
        applicant: 'Ngô Hữu Quân',
        receivedAt: onDay('2026-11-19'),
        dueAt: at('2026-11-25', '17:00'),
        handler: 'Lê Thị Hồng',
        status: 'unknown',
        procedure: null,
      },
      // row 25: Lê Đức Nam | 24/11/2026 | 30/11/2026 Từ 13:30 đến 17:00 | Nguyễn Thu Trang
      {
        code: '000.00.37.H48-261124-1764',
        applicant: 'Lê Đức Nam',
        receivedAt: onDay('2026-11-24'),
        dueAt: at('2026-11-30', '17:00'),
        handler: 'Nguyễn Thu Trang',
      },
    ],
  },
  // role=grid; "Ngày nhận: 2026-11-11 11:16" and "Hẹn trả: ngày 26 tháng 11 năm 2026" (date only) in one cell.
  'generic/aria-grid': {
    portal: 'generic',
    rows: 24,
    chosen: [
      {
        code: '000.00.32.H48-261111-7888',
        procedure: 'Cấp phiếu lý lịch tư pháp',
        applicant: 'Nguyễn Thanh Hà',
        receivedAt: at('2026-11-11', '11:16'),
        dueAt: onDay('2026-11-26'),
        status: 'processing',
      },
      { code: '000.00.37.H48-261124-9569', applicant: 'Nguyễn Thu Mai', receivedAt: at('2026-11-24', '11:15'), dueAt: onDay('2026-12-09'), status: 'done' },
    ],
  },
  // Markup shown as text (escaped in the page) stays text; the bidi override around "ản ốđ" is dropped.
  'generic/hostile': {
    portal: 'generic',
    rows: 6,
    chosen: [
      {
        code: '000.00.31.H48-261119-6337',
        applicant: '</script><script>alert(1)</script>',
        receivedAt: at('2026-11-19', '14:30'),
        dueAt: at('2026-11-25', '17:00'),
        status: 'processing',
      },
      {
        code: '000.00.32.H48-261111-7888',
        applicant: 'Nguyễn ản ốđ Văn A',
        receivedAt: at('2026-11-11', '11:16'),
        dueAt: at('2026-11-26', '17:00'),
        status: 'processing',
      },
    ],
  },
  // STT | Số hồ sơ | Thủ tục hành chính | Tổ chức, cá nhân | Ngày nhận | Hạn trả kết quả | Tình trạng
  'generic/plain-table': {
    portal: 'generic',
    rows: 40,
    chosen: [
      {
        code: '000.00.31.H48-261119-6337',
        procedure: 'Đăng ký kinh doanh hộ kinh doanh',
        applicant: 'Ngô Hữu Quân',
        receivedAt: at('2026-11-19', '14:30'),
        dueAt: at('2026-11-25', '17:00'),
        status: 'processing',
      },
      {
        code: '000.00.37.H48-261124-9569',
        procedure: 'Cấp phiếu lý lịch tư pháp',
        applicant: 'Nguyễn Thu Mai',
        receivedAt: at('2026-11-24', '11:15'),
        dueAt: at('2026-12-09', '17:00'),
        status: 'done',
      },
    ],
  },
  // NFD text, <td> headers, time first: "14:30&nbsp; 19/11/2026"; "Chưa xác định" and .NET's empty
  // date "00:00&nbsp; 01/01/0001" are no appointment at all.
  'generic/td-header-nfd': {
    portal: 'generic',
    rows: 40,
    chosen: [
      { code: '000.00.31.H48-261119-6337', applicant: 'Ngô Hữu Quân', receivedAt: at('2026-11-19', '14:30'), dueAt: at('2026-11-25', '17:00'), status: 'processing' },
      { code: '000.00.33.H48-260828-8562', applicant: 'Hoàng Thu Lan', receivedAt: at('2026-08-28', '11:31'), dueAt: null, status: 'processing' },
      { code: '000.00.35.H48-261125-5400', applicant: 'Lê Đức Hùng', receivedAt: at('2026-11-25', '08:41'), dueAt: null, status: 'supplement' },
    ],
  },
  // Angular Material table: Ngày tiếp nhận | Ngày hẹn trả | Hạn xử lý | Trạng thái | Cán bộ xử lý
  'igate/processing': {
    portal: 'igate',
    rows: 20,
    chosen: [
      {
        code: '000.00.31.H48-261119-6337',
        applicant: 'Ngô Hữu Quân',
        receivedAt: at('2026-11-19', '14:30'),
        dueAt: at('2026-11-25', '17:00'),
        stepDueAt: at('2026-11-23', '17:00'),
        status: 'processing',
        handler: 'Lê Thị Hồng',
      },
      {
        code: '000.00.32.H48-261123-5978',
        procedure: 'Chứng thực bản sao từ bản chính',
        applicant: 'Đỗ Minh Cường',
        receivedAt: at('2026-11-23', '10:00'),
        dueAt: at('2026-11-25', '17:00'),
        stepDueAt: at('2026-11-23', '17:00'),
        handler: 'Nguyễn Thu Trang',
      },
    ],
  },
  'igate/supplement-after-spa-navigation': {
    portal: 'igate',
    rows: 7,
    chosen: [
      {
        code: '000.00.35.H48-261125-5400',
        procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
        applicant: 'Lê Đức Hùng',
        receivedAt: at('2026-11-25', '08:41'),
        dueAt: at('2026-12-16', '17:00'),
        stepDueAt: at('2026-12-15', '17:00'),
        status: 'supplement',
        handler: 'Phạm Văn Khoa',
      },
      { code: '000.00.31.H48-261013-1978', applicant: 'Bùi Văn Quân', receivedAt: at('2026-10-13', '08:29'), dueAt: at('2026-11-25', '17:00'), status: 'supplement' },
    ],
  },
  // A login form, a catalogue of procedures (codes like 1.004200, a unit code in the news) and a
  // report table of counts: no dossier on any of them.
  'negative/login': { portal: null, rows: 0, chosen: [] },
  'negative/procedure-catalogue': { portal: null, rows: 0, chosen: [] },
  'negative/statistics-report': { portal: null, rows: 0, chosen: [] },
};

const fixtures = listFixtures();

describe('fixture pages, checked by hand', () => {
  // Fixtures modelled on real front ends carry their hand-read values in `<case>.hand.json` instead.
  const own = fixtures.filter((f) => !existsSync(f.expectedPath.replace(/\.expected\.json$/, '.hand.json')));

  it('has a hand check for every fixture page', () => {
    expect(own.map((f) => f.name).sort()).toEqual(Object.keys(PAGES).sort());
  });

  it.each(own.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const check = PAGES[name]!;
    const out = inspectHtml(f.html, f.url, f.now);
    expect(out.portal).toBe(check.portal);
    expect(out.dossiers).toHaveLength(check.rows);
    for (const row of check.chosen) {
      expect(out.dossiers.find((d) => d.code === row.code), row.code).toMatchObject(row);
    }
  });
});
