import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRows } from '../../../components/DossierList/rows';
import { FRESH_MS, firstScreen, isCurrent, popupAnswer, tableHead, type ViewSnapshot } from '../../../utils/service/snapshot';
import { compareViews } from '../../../utils/service/views';
import { NOW, view } from './fixtures';

describe('isCurrent', () => {
  it.each([
    ['computed this instant', NOW, true],
    ['59.999 s before', NOW - FRESH_MS + 1, true],
    ['a minute before (the alarm should have refreshed)', NOW - FRESH_MS, false],
    ['an hour before (the worker slept)', NOW - 3_600_000, false],
    ['after now (the clock was set back)', NOW + 1_000, false],
  ])('views %s: %s', (_, at, current) => {
    expect(isCurrent(at, NOW)).toBe(current);
  });
});

/** Every group once or more, a confirmed finished dossier, two dossiers unseen for days. */
const VIEWS = [
  view({ code: 'ok-1' }),
  view({ code: 'ok-2', dueAt: '2026-12-20T17:00:00+07:00' }),
  view({ code: 'late-1', dueAt: '2026-11-13T17:00:00+07:00' }),
  view({ code: 'late-2', dueAt: '2026-11-12T17:00:00+07:00' }),
  view({ code: 'today', dueAt: '2026-11-18T17:00:00+07:00' }),
  view({ code: 'letter', dueAt: '2026-11-19T17:00:00+07:00' }),
  view({ code: 'near', dueAt: '2026-11-20T17:00:00+07:00' }),
  view({ code: 'done', status: 'done', confirmedOnSystem: true }),
  view({ code: 'unconfirmed', status: 'done' }),
  view({ code: 'no-date', dueAt: null }),
  { ...view({ code: 'gone', dueAt: '2026-10-01T17:00:00+07:00' }), unseenSince: '2026-11-10T09:00:00+07:00' },
].sort(compareViews);
const SNAPSHOT: ViewSnapshot = { at: NOW, locale: 'vi', views: VIEWS, partialLists: [] };
const codes = (views: readonly { code: string }[]) => views.map((v) => v.code);
const rowText = (rows: ReturnType<typeof toRows>) => rows.map((r) => (r.kind === 'header' ? `# ${r.group} ${r.count}` : r.view.code));

describe('popupAnswer', () => {
  it("lists every dossier but the confirmed finished one, in the popup's group order, with each group's count", () => {
    const answer = popupAnswer(SNAPSHOT);
    expect(codes(answer.views)).toEqual(['letter', 'today', 'late-2', 'late-1', 'near', 'ok-1', 'ok-2', 'unconfirmed', 'no-date', 'gone']);
    expect(answer.counts).toEqual({ 'letter-due': 1, 'due-today': 1, overdue: 2, near: 1, ok: 2, 'done-unconfirmed': 1, unknown: 1, stale: 1 });
    expect(answer.total).toBe(10);
    expect(answer.at).toBe(NOW);
  });

  it('a first screen holds the first dossiers only, and the counts of them all', () => {
    const head = popupAnswer(SNAPSHOT, 3);
    expect(codes(head.views)).toEqual(['letter', 'today', 'late-2']);
    expect(head.total).toBe(10);
    expect(head.counts).toEqual(popupAnswer(SNAPSHOT).counts);
  });

  it("the first screen's rows are the whole list's first rows, headers with the whole groups' counts", () => {
    const all = popupAnswer(SNAPSHOT);
    const rows = rowText(toRows(all.views, NOW));
    expect(rows.slice(0, 7)).toEqual(['# letter-due 1', 'letter', '# due-today 1', 'today', '# overdue 2', 'late-2', 'late-1']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (first) => {
        const head = popupAnswer(SNAPSHOT, first);
        const headRows = rowText(toRows(head.views, NOW, head.counts));
        expect(headRows).toEqual(rows.slice(0, headRows.length));
        expect(toRows(head.views, NOW, head.counts).filter((r) => r.kind === 'item')).toHaveLength(Math.min(first, 10));
      }),
    );
  });

  it('a kept first screen cut shorter is the shorter first screen', () => {
    const kept = popupAnswer(SNAPSHOT, 6);
    for (const first of [1, 4, 6, 20]) expect(firstScreen(kept, first)).toEqual(popupAnswer(SNAPSHOT, Math.min(first, 6)));
  });
});

describe('tableHead', () => {
  it("names the table's first rows in urgency order, and counts every stored dossier, finished ones too", () => {
    const head = tableHead(SNAPSHOT, 4);
    expect(head).toEqual({ at: NOW, total: 11, keys: [['antd', 'gone'], ['antd', 'late-2'], ['antd', 'late-1'], ['antd', 'letter']] });
  });
});
