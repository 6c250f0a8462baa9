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
    const rows = toRows(views).map((r) => (r.kind === 'header' ? `# ${r.group} ${r.count}` : r.view.code));
    expect(rows).toEqual(['# overdue 2', 'late2', 'late', '# ok 1', 'ok', '# done-unconfirmed 1', 'unconfirmed']);
  });

  const NOW = Date.parse('2026-11-18T10:00:00+07:00');
  it("puts today's actions (letter due, due today) before dossiers overdue for weeks", () => {
    const views = [
      view({ code: 'weeks', dueAt: '2026-10-01T17:00:00+07:00' }),
      view({ code: 'today', dueAt: '2026-11-18T17:00:00+07:00' }),
      view({ code: 'letter', dueAt: '2026-11-19T17:00:00+07:00' }),
    ].sort(compareViews);
    const headers = toRows(views, NOW).flatMap((r) => (r.kind === 'header' ? [r.group] : []));
    expect(headers).toEqual(['letter-due', 'due-today', 'overdue']);
  });

  it.each([
    ['seen an hour ago', { lastSeenAt: '2026-11-18T09:00:00+07:00' }, 'overdue'],
    ['last seen 2 days ago', { lastSeenAt: '2026-11-16T10:00:00+07:00' }, 'overdue'],
    ['last seen 3 days ago', { lastSeenAt: '2026-11-15T10:00:00+07:00' }, 'stale'],
    ['gone from a complete list', { lastSeenAt: '2026-11-18T09:00:00+07:00', unseenSince: '2026-11-18T09:30:00+07:00' }, 'stale'],
  ] as const)('an overdue dossier %s is in group %s', (_, seen, group) => {
    const v = { ...view({ code: 'x', dueAt: '2026-10-01T17:00:00+07:00' }), ...seen };
    const headers = toRows([v], NOW).flatMap((r) => (r.kind === 'header' ? [r.group] : []));
    expect(headers).toEqual([group]);
  });

  it('never folds a dossier that is not overdue, however long unseen', () => {
    const v = { ...view({ code: 'x', dueAt: '2026-11-25T17:00:00+07:00' }), lastSeenAt: '2026-10-01T10:00:00+07:00' };
    expect(toRows([v], NOW)[0]).toMatchObject({ kind: 'header', group: 'ok' });
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
    ['net/react', true], // the portal's label
    ['', true],
  ])('"%s" matches: %s', (query, expected) => {
    expect(matches(v, query)).toBe(expected);
  });
});
