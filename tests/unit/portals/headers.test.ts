import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchHeader, matchHeaderKinds, type ColumnKind } from '../../../utils/portals/parse/headers';

const VARIANTS: Array<[string, ColumnKind | null]> = [
  ['Mã hồ sơ', 'code'],
  ['Số hồ sơ', 'code'],
  ['Mã biên nhận', 'code'],
  ['Số biên nhận', 'code'],
  ['Ngày hẹn trả', 'dueAt'],
  ['Hẹn trả', 'dueAt'],
  ['Ngày giờ hẹn trả', 'dueAt'],
  ['Hạn trả kết quả', 'dueAt'],
  ['Hạn xử lý', 'stepDueAt'],
  ['Hạn xử lý cá nhân', 'stepDueAt'],
  ['Thời hạn', 'stepDueAt'],
  ['Ngày tiếp nhận', 'receivedAt'],
  ['Ngày nhận', 'receivedAt'],
  ['Chủ hồ sơ', 'applicant'],
  ['Người đăng ký', 'applicant'],
  ['Người nộp', 'applicant'],
  ['Tổ chức, cá nhân', 'applicant'],
  ['Trạng thái', 'status'],
  ['Tình trạng', 'status'],
  ['Còn lại', 'remaining'],
  ['Thời gian còn lại', 'remaining'],
  ['Thông tin hồ sơ', 'info'],
  ['Tên thủ tục', 'procedure'],
  ['Thủ tục hành chính', 'procedure'],
  ['Cán bộ thụ lý', 'handler'],
  ['STT', 'index'],
  // Not dossier columns: statistics, catalogues
  ['Tổng số hồ sơ', null],
  ['Mã thủ tục', null],
  ['Số hồ sơ quá hạn', null],
  ['Lĩnh vực', null],
  ['Thời hạn giải quyết (ngày)', null], // a catalogue's legal limit, not a date
  ['Tỷ lệ đúng hạn', null],
  // Whole-header rules: the same words inside a longer header name another column.
  ['TT xử lý', null],
  ['Ghi chú TT', null],
  ['Còn lại (ngày)', 'remaining'],
  ['Số tiền còn lại phải nộp', null],
  ['Số mã HS', null],
  ['Mã HS cũ', null],
  ['Mã số BN', null],
  ['Số BN phụ', null],
  ['Còn thời hạn', null],
  ['Hạn cá nhân', 'stepDueAt'],
  ['Hạn trả', 'dueAt'],
  ['Cập nhật ngày trả kết quả', null],
  ['Ngày trả kết quả thực tế', null],
  ['Cập nhật thời gian nhận', null],
  ['Ngày nhận kết quả', null],
  ['Ngày nhận hồ sơ', 'receivedAt'],
  ['Cán bộ tiếp nhận', null],
  ['Tiếp nhận qua', null],
  ['TTHC mức độ', null],
  ['Email người xử lý', null],
  ['Người xử lý trước', null],
  ['Thời gian bước xử lý', null],
  ['Bước xử lý tiếp theo', null],
  ['Ngày đang xử lý tại', null],
  ['Đang xử lý tại (ngày)', null],
  ['Thông tin', 'info'],
  ['Cập nhật thông tin', null],
  ['Thông tin liên hệ', null],
  // Icon ligatures with several underscores go as one word.
  ['Ngày tiếp nhận arrow_drop_down', 'receivedAt'],
  // A header is short: a longer text is a cell or a note that happens to hold the words.
  [`Ngày hẹn trả ${'a'.repeat(47)}`, 'dueAt'], // 60 characters folded
  [`Ngày hẹn trả ${'a'.repeat(48)}`, null], // 61
];

describe('matchHeader', () => {
  it.each(VARIANTS)('maps %j to %s', (text, kind) => {
    expect(matchHeader(text)).toBe(kind);
  });

  it('is insensitive to case, NFC/NFD, spacing, nbsp and sort-arrow junk', () => {
    const named = VARIANTS.filter(([, kind]) => kind !== null);
    const variant = fc.record({
      i: fc.integer({ min: 0, max: named.length - 1 }),
      nfd: fc.boolean(),
      upper: fc.boolean(),
      space: fc.constantFrom(' ', '  ', '\u00a0', ' \n '),
      lead: fc.constantFrom('', ' ', '*', '\u00a0'),
      trail: fc.constantFrom('', ':', ' ▲', ' ⇅', ' *', '  '),
    });
    fc.assert(
      fc.property(variant, ({ i, nfd, upper, space, lead, trail }) => {
        const [text, kind] = named[i]!;
        let t = text.replace(/ /g, space);
        if (upper) t = t.toUpperCase();
        if (nfd) t = t.normalize('NFD');
        expect(matchHeader(`${lead}${t}${trail}`)).toBe(kind);
      }),
    );
  });

  it('never throws and returns a known kind or null on junk', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const kind = matchHeader(s);
        expect(kind === null || typeof kind === 'string').toBe(true);
      }),
    );
  });
});

describe('matchHeaderKinds', () => {
  it.each([
    ['Thủ tục / Người nộp', ['procedure', 'applicant']],
    ['Thủ tục/Người nộp', ['procedure', 'applicant']],
    ['Thủ tục | Người nộp', ['procedure', 'applicant']],
    ['Thủ tục & Người nộp', ['procedure', 'applicant']],
    ['Thủ tục - Người nộp', ['procedure', 'applicant']],
    ['Thủ tục arrow_upward / Người nộp arrow_upward', ['procedure', 'applicant']],
    ['Ngày, giờ tiếp nhận / Ngày hẹn trả', ['receivedAt', 'dueAt']],
    ['Ngày hẹn trả / Hẹn trả', ['dueAt']],
    // Not every part a column: the header as a whole decides.
    ['Hẹn trả / gia hạn', ['dueAt']],
    ['Ngày hẹn trả', ['dueAt']],
    ['Ghi chú', []],
    ['Ghi chú / Lưu ý', []],
  ] as const)('%j names %j', (text, kinds) => {
    expect(matchHeaderKinds(text)).toEqual(kinds);
  });
});
