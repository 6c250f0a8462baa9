import { describe, expect, it } from 'vitest';
import { offsets, toRows, visibleRange, HEADER_HEIGHT, ITEM_HEIGHT } from '../../../components/DossierList/rows';
import { matches } from '../../../components/PopupApp/search';
import { compareViews } from '../../../utils/service/views';
import { view } from '../service/fixtures';

describe('toRows', () => {
  it('puts a header with its count before each urgency group and leaves out confirmed finished dossiers', () => {
    const views = [
      view({ code: 'ok' }),
      view({ code: 'late', dueAt: '2026-11-13T17:00:00+07:00' }),
      view({ code: 'done', status: 'done', confirmedOnSystem: true }),
      view({ code: 'unconfirmed', status: 'done' }),
      view({ code: 'late2', dueAt: '2026-11-12T17:00:00+07:00' }),
    ].sort(compareViews);
    const rows = toRows(views).map((r) => (r.kind === 'header' ? `# ${r.level} ${r.count}` : r.view.code));
    expect(rows).toEqual(['# overdue 2', 'late2', 'late', '# ok 1', 'ok', '# done-unconfirmed 1', 'unconfirmed']);
  });
});

describe('visibleRange', () => {
  const many = Array.from({ length: 5000 }, (_, i) => view({ code: String(i).padStart(4, '0') }));
  const tops = offsets(toRows(many));

  it('has the total height of one header and 5,000 items', () => {
    expect(tops.at(-1)).toBe(HEADER_HEIGHT + 5000 * ITEM_HEIGHT);
  });

  it.each([
    [0, 480, [0, 11]],
    [ITEM_HEIGHT * 2500, 480, [2496, 2511]],
    [HEADER_HEIGHT + ITEM_HEIGHT * 4995, 480, [4992, 5001]],
  ])('at scrollTop %i draws only the rows in view plus overscan', (scrollTop, height, range) => {
    expect(visibleRange(tops, scrollTop, height)).toEqual(range);
  });
});

describe('popup search', () => {
  const v = view({ applicant: 'Nguyễn Thị Đào', procedure: 'Đăng ký khai sinh' });
  it.each([
    ['nguyen thi dao', true],
    ['ĐÀO khai', true],
    ['H48-261110', true],
    ['Đang xử lý', true],
    ['trần', false],
    ['thanhhoa', true], // the portal's host
    ['antd', true], // the portal's label
    ['', true],
  ])('"%s" matches: %s', (query, expected) => {
    expect(matches(v, query)).toBe(expected);
  });
});
