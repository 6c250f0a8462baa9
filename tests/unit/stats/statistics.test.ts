import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeStatistics,
  onTimeRate,
  periodBounds,
  presetPeriod,
  timeliness,
  type Statistics,
  type StatsDossier,
  type StatsLetter,
} from '../../../utils/stats';
import { toVnIso, vnEpoch } from '../../../utils/time/vn-time';

const at = (d: number, m: number, h = 10, min = 0, y = 2026) => toVnIso(vnEpoch(y, m, d, h, min));

function dossier(code: string, fields: Partial<StatsDossier>): StatsDossier {
  return {
    portal: 'igate',
    code,
    procedure: null,
    applicant: `Người nộp ${code}`,
    handler: null,
    receivedAt: null,
    dueAt: null,
    status: 'processing',
    closedAt: null,
    unseenSince: null,
    confirmedOnSystem: false,
    appointmentOverride: null,
    ...fields,
  };
}

const P1 = 'Cấp giấy phép xây dựng';
const P2 = 'Đăng ký hộ kinh doanh';
const P3 = 'Chứng thực bản sao';

/** November 2026 as an officer's store might hold it; each line says what it must count as. */
const DOSSIERS: StatsDossier[] = [
  // early: finished the day before its appointment
  dossier('A', { procedure: P1, handler: 'Hà', receivedAt: at(2, 11), dueAt: at(10, 11, 17), status: 'done', closedAt: at(9, 11), confirmedOnSystem: true }),
  // on time: finished an hour before, same day; not confirmed on the portal
  dossier('B', { procedure: P1, handler: 'Lan', receivedAt: at(3, 11), dueAt: at(12, 11, 17), status: 'done', closedAt: at(12, 11, 16) }),
  // late, re-appointed by letter 3/PXL
  dossier('C', { procedure: P2, handler: 'Hà', receivedAt: at(3, 11), dueAt: at(13, 11, 17), status: 'done', closedAt: at(16, 11, 9), appointmentOverride: at(20, 11, 17) }),
  // on time at the very minute of the appointment
  dossier('D', { procedure: P2, handler: 'Lan', receivedAt: at(5, 11), dueAt: at(20, 11, 17), status: 'done', closedAt: at(20, 11, 17), confirmedOnSystem: true }),
  // received in October, still open after its appointment: open overdue
  dossier('E', { procedure: P1, handler: 'Hà', receivedAt: at(25, 10), dueAt: at(4, 11, 17) }),
  // finished, but the portal never showed an appointment
  dossier('F', { procedure: P3, receivedAt: at(10, 11), status: 'done', closedAt: at(15, 11) }),
  // received, not due yet
  dossier('G', { procedure: P3, receivedAt: at(15, 11), dueAt: at(25, 12, 17) }),
  // entirely in October
  dossier('H', { procedure: P3, receivedAt: at(1, 10), dueAt: at(10, 10, 17), status: 'done', closedAt: at(9, 10) }),
  // rejected: neither resolved nor open
  dossier('I', { procedure: P2, receivedAt: at(4, 11), dueAt: at(8, 11, 17), status: 'rejected', closedAt: at(10, 11) }),
  // left the officer's list before its fate was known: not counted as overdue
  dossier('J', { procedure: P3, receivedAt: at(1, 11), dueAt: at(5, 11, 17), unseenSince: at(4, 11) }),
  // finished in December after a November appointment: open overdue at the end of November
  dossier('K', { procedure: P1, receivedAt: at(20, 11), dueAt: at(28, 11, 17), status: 'done', closedAt: at(1, 12) }),
];

const LETTERS: StatsLetter[] = [
  { portal: 'igate', code: 'C', reason: 'Chờ ý kiến cơ quan phối hợp', numberText: '3/PXL', issuedAt: at(12, 11, 9), late: false },
  { portal: 'igate', code: 'E', reason: 'Cần xác minh thực địa', numberText: '1/PXL', issuedAt: at(4, 11, 16), late: true },
  { portal: 'igate', code: 'Z', reason: 'Hồ sơ đã xóa', numberText: '9/PXL', issuedAt: at(1, 10), late: false },
];

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const NOW = vnEpoch(2026, 12, 5, 9, 0);

describe('computeStatistics on a constructed November', () => {
  // Computed inside each test, not while the file is collected: a throw there is a failing test
  // (Stryker counts a file that fails to collect as no test failed, so its mutants survived).
  let stats: Statistics;
  beforeEach(() => {
    stats = computeStatistics(DOSSIERS, LETTERS, NOVEMBER, NOW);
  });

  it('counts received, resolved and each timeliness by hand', () => {
    expect(stats.totals).toMatchObject({
      received: 9, // A B C D F G I J K
      resolved: 5, // A B C D F
      early: 1, // A
      onTime: 2, // B D
      late: 1, // C
      unknownDue: 1, // F
      openOverdue: 2, // E K
      lettersIssued: 2, // C E (Z is October)
      lettersLate: 1, // E
      doneUnconfirmed: 3, // B C F
    });
  });

  it('gives the on-time rate as (early + on time) / resolved with a known appointment: 3/4 = 75 %', () => {
    expect(stats.totals.onTimeRate).toBe(75);
  });

  it('lists the late dossiers by appointment with the reason and number of their letter', () => {
    expect(stats.late.map((l) => [l.code, l.resolvedAt, l.reason, l.letterNumber])).toEqual([
      ['E', null, 'Cần xác minh thực địa', '1/PXL'],
      ['C', at(16, 11, 9), 'Chờ ý kiến cơ quan phối hợp', '3/PXL'],
      ['K', null, null, null],
    ]);
    expect(stats.late.find((l) => l.code === 'C')?.newDueAt).toBe(at(20, 11, 17));
  });

  it('breaks the figures down by procedure, busiest first, unknown last', () => {
    const rows = stats.byProcedure.map((g) => [g.key, g.received, g.resolved, g.early, g.onTime, g.late, g.onTimeRate, g.openOverdue, g.lettersIssued]);
    expect(rows).toEqual([
      [P1, 3, 2, 1, 1, 0, 100, 2, 1],
      [P2, 3, 2, 0, 1, 1, 50, 0, 1],
      [P3, 3, 1, 0, 0, 0, null, 0, 0],
    ]);
  });

  it('breaks the figures down by handler, dossiers without one grouped under null', () => {
    const rows = stats.byHandler.map((g) => [g.key, g.received, g.resolved, g.early, g.onTime, g.late, g.onTimeRate]);
    expect(rows).toEqual([
      ['Hà', 2, 2, 1, 0, 1, 50],
      ['Lan', 2, 2, 0, 2, 0, 100],
      [null, 5, 1, 0, 0, 0, null],
    ]);
  });

  it('does not call a dossier overdue before its appointment has passed (period still running)', () => {
    const midNovember = vnEpoch(2026, 11, 18, 9, 0);
    const running = computeStatistics(DOSSIERS, LETTERS, NOVEMBER, midNovember);
    expect(running.late.map((l) => l.code)).not.toContain('K');
  });

  it('returns zeros and no rate for an empty period', () => {
    const empty = computeStatistics(DOSSIERS, LETTERS, { from: '2020-01-01', to: '2020-01-31' }, NOW);
    expect(empty.totals).toMatchObject({ received: 0, resolved: 0, onTimeRate: null, openOverdue: 0 });
    expect(empty.byProcedure).toEqual([]);
  });
});

describe('group order: most resolved first, then most received, then name in Vietnamese order, unknown last', () => {
  /** `resolved` dossiers finished in November plus `open` ones received there, for one handler. */
  const group = (handler: string | null, resolved: number, open: number): StatsDossier[] => [
    ...Array.from({ length: resolved }, (_, i) =>
      dossier(`${handler}-r${i}`, { handler, receivedAt: at(2, 11), dueAt: at(20, 11, 17), status: 'done', closedAt: at(10, 11) }),
    ),
    ...Array.from({ length: open }, (_, i) => dossier(`${handler}-o${i}`, { handler, receivedAt: at(3, 11) })),
  ];
  // Listed in the reverse of the expected order, so that no order can survive by accident.
  const list = [...group(null, 1, 2), ...group('Bình', 1, 2), ...group('Ánh', 1, 2), ...group('Cúc', 1, 3), ...group('Yến', 2, 0)];

  it('orders the handlers Yến (2 resolved), Cúc (4 received), Ánh, Bình (Á before B in Vietnamese), unknown', () => {
    const rows = computeStatistics(list, [], NOVEMBER, NOW).byHandler.map((g) => [g.key, g.resolved, g.received]);
    expect(rows).toEqual([
      ['Yến', 2, 2],
      ['Cúc', 1, 4],
      ['Ánh', 1, 3],
      ['Bình', 1, 3],
      [null, 1, 3],
    ]);
  });
});

describe('group order: Vietnamese letters and the unknown group against equal counts', () => {
  // One open dossier each, listed out of order: only the names (and null) decide.
  const list = ['Ưng', null, 'Uyên', 'Ân', 'Anh'].map((handler, i) => dossier(`N${i}`, { handler, receivedAt: at(3, 11) }));

  it('orders Anh, Ân (Â after A), Uyên, Ưng (Ư after U), then unknown', () => {
    const keys = computeStatistics(list, [], NOVEMBER, NOW).byHandler.map((g) => g.key);
    expect(keys).toEqual(['Anh', 'Ân', 'Uyên', 'Ưng', null]);
  });
});

describe('period edges: [00:00 of the first day, 00:00 of the day after the last)', () => {
  const endOfNovember = '2026-12-01T00:00:00+07:00';
  const due = at(28, 11, 17);

  it('counts a dossier received at 00:00 on 01/11, not one received at 00:00 on 01/12', () => {
    const list = [
      dossier('first-minute', { handler: 'Đầu kỳ', receivedAt: '2026-11-01T00:00:00+07:00' }),
      dossier('after-end', { handler: 'Sau kỳ', receivedAt: endOfNovember }),
    ];
    const stats = computeStatistics(list, [], NOVEMBER, NOW);
    expect(stats.totals.received).toBe(1);
    expect(stats.byHandler.map((g) => [g.key, g.received])).toEqual([['Đầu kỳ', 1]]);
  });

  it('is open overdue at the end of the period when closed or unseen only from its last instant on', () => {
    const list = [
      dossier('closed-at-end', { dueAt: due, status: 'done', closedAt: endOfNovember }),
      dossier('unseen-at-end', { dueAt: due, unseenSince: endOfNovember }),
      dossier('unseen-after', { dueAt: due, unseenSince: '2026-12-02T08:00:00+07:00' }),
      // Received after the period (its appointment wrongly before its receipt): not November's.
      dossier('received-after', { dueAt: due, receivedAt: endOfNovember }),
    ];
    const stats = computeStatistics(list, [], NOVEMBER, NOW);
    expect(stats.late.map((l) => [l.code, l.resolvedAt])).toEqual([
      ['closed-at-end', null],
      ['unseen-after', null],
      ['unseen-at-end', null],
    ]);
    expect(stats.totals).toMatchObject({ openOverdue: 3, resolved: 0, received: 0 });
  });

  it('is not overdue at the very minute of its appointment (period still running)', () => {
    const list = [dossier('due-now', { receivedAt: at(2, 11), dueAt: at(20, 11, 17) })];
    expect(computeStatistics(list, [], NOVEMBER, vnEpoch(2026, 11, 20, 17, 0)).totals.openOverdue).toBe(0);
    expect(computeStatistics(list, [], NOVEMBER, vnEpoch(2026, 11, 20, 17, 1)).totals.openOverdue).toBe(1);
  });
});

describe('letters of purged dossiers', () => {
  it('count in the totals and under the unknown procedure and handler', () => {
    const letters: StatsLetter[] = [
      { portal: 'igate', code: 'purged', reason: 'Chờ bổ sung', numberText: '4/PXL', issuedAt: at(10, 11, 9), late: true },
    ];
    const stats = computeStatistics([], letters, NOVEMBER, NOW);
    expect(stats.totals).toMatchObject({ lettersIssued: 1, lettersLate: 1 });
    for (const groups of [stats.byProcedure, stats.byHandler]) {
      expect(groups.map((g) => [g.key, g.lettersIssued, g.lettersLate])).toEqual([[null, 1, 1]]);
    }
  });
});

describe('onTimeRate', () => {
  it.each([
    ['Long An 2018: 654,074 on time of 683,241 resolved', { early: 0, onTime: 654_074, late: 683_241 - 654_074 }, 95.73],
    ['Lạng Sơn 2019: 6,830 on time, 71 late (reported as 99 %)', { early: 0, onTime: 6_830, late: 71 }, 98.97],
    ['early counts as on time', { early: 3, onTime: 0, late: 1 }, 75],
    ['nothing judged gives no rate', { early: 0, onTime: 0, late: 0 }, null],
  ])('%s → %s', (_name, counts, expected) => {
    expect(onTimeRate(counts)).toBe(expected);
  });
});

describe('timeliness', () => {
  it.each([
    ['a day before the appointment day is early', at(9, 11, 16), at(10, 11, 17), 'early'],
    ['the evening before, after hours, is still early', at(9, 11, 23, 59), at(10, 11, 8), 'early'],
    ['the same day before the hour is on time', at(10, 11, 8), at(10, 11, 17), 'on-time'],
    ['exactly at the appointment is on time', at(10, 11, 17), at(10, 11, 17), 'on-time'],
    ['one minute after is late', at(10, 11, 17, 1), at(10, 11, 17), 'late'],
    ['an appointment given in UTC is compared as an instant', at(10, 11, 17), '2026-11-10T10:00:00Z', 'on-time'],
  ] as const)('%s', (_name, resolvedAt, dueAt, expected) => {
    expect(timeliness(resolvedAt, dueAt)).toBe(expected);
  });
});

describe('periods', () => {
  it.each([
    ['this-month', '2026-02-01', '2026-02-28'],
    ['last-month', '2026-01-01', '2026-01-31'],
    ['this-quarter', '2026-01-01', '2026-03-31'],
    ['this-year', '2026-01-01', '2026-12-31'],
    ['last-30-days', '2026-01-17', '2026-02-15'],
  ] as const)('%s on 15/02/2026 is %s – %s', (preset, from, to) => {
    expect(presetPeriod(preset, vnEpoch(2026, 2, 15, 23, 30))).toEqual({ from, to });
  });

  it('takes last month across the new year', () => {
    expect(presetPeriod('last-month', vnEpoch(2027, 1, 3))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('bounds a period by Vietnamese midnights, both days included', () => {
    const { start, end } = periodBounds(NOVEMBER);
    expect(toVnIso(start)).toBe('2026-11-01T00:00:00+07:00');
    expect(toVnIso(end)).toBe('2026-12-01T00:00:00+07:00');
  });
});

describe('invariants', () => {
  const instant = fc.integer({ min: vnEpoch(2026, 10, 1), max: vnEpoch(2027, 1, 31) }).map(toVnIso);
  const arbDossier = fc.record({
    code: fc.string({ minLength: 1, maxLength: 4 }),
    procedure: fc.constantFrom(P1, P2, null),
    handler: fc.constantFrom('Hà', 'Lan', null),
    receivedAt: fc.option(instant),
    dueAt: fc.option(instant),
    status: fc.constantFrom('processing', 'done', 'rejected', 'supplement'),
    closedAt: fc.option(instant),
    unseenSince: fc.option(instant),
    confirmedOnSystem: fc.boolean(),
  });

  it('resolved = early + on time + late + unknown, and groups add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 40 }), (raw) => {
        const list = raw.map((r, i) => dossier(`${r.code}-${i}`, r as Partial<StatsDossier>));
        const s = computeStatistics(list, [], NOVEMBER, NOW);
        const t = s.totals;
        expect(t.early + t.onTime + t.late + t.unknownDue).toBe(t.resolved);
        for (const groups of [s.byProcedure, s.byHandler]) {
          for (const field of ['received', 'resolved', 'late', 'openOverdue', 'doneUnconfirmed'] as const) {
            expect(groups.reduce((sum, g) => sum + g[field], 0)).toBe(t[field]);
          }
        }
        expect(s.late.length).toBe(t.late + t.openOverdue);
      }),
    );
  });
});
