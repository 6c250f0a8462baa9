/** The pure deadline engine in Node: due dates per second, and a year's calendar cold and cached. */
import { yearCalendar } from '../../utils/calendar';
import { dueDate, type DeadlineUnit } from '../../utils/deadline';
import { vnEpoch } from '../../utils/time/vn-time';
import { round, type Figure } from './stats';

function perSecond(fn: (i: number) => void, ms = 1_000): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) fn(n++);
  return n / (ms / 1000);
}

export function engine(): Figure[] {
  const start = vnEpoch(2026, 1, 5, 8, 0);
  const units: DeadlineUnit[] = ['working', 'calendar', 'hours'];
  // Receipts spread over three years, mixed units and time limits as in a real list.
  const due = (i: number) => dueDate(start + (i % 1_000) * 86_400_000 + (i % 7) * 3_600_000, 1 + (i % 30), units[i % 3]!);
  perSecond(due, 200); // warm-up (JIT; the calendar cache fills for the years touched)
  const dueRate = perSecond(due);

  // Years never built before in this process are cold (holidays derived, lunar dates computed);
  // later passes read the caches. Other years first, so JIT warm-up is not counted as "cold".
  for (let y = 2150; y < 2160; y++) yearCalendar(y);
  const years = Array.from({ length: 40 }, (_, i) => 2040 + i);
  const time = () => {
    const t = performance.now();
    for (const y of years) yearCalendar(y);
    return (performance.now() - t) / years.length;
  };
  const cold = time();
  const cached = Math.min(...Array.from({ length: 5 }, time));
  const g = 'Deadline engine (Node)';
  return [
    { group: g, name: 'due dates (mixed units, 1–30)', value: Math.round(dueRate), unit: '/s' },
    { group: g, name: 'calendar build per year, cold', value: round(cold, 3), unit: 'ms' },
    { group: g, name: 'calendar build per year, cached', value: round(cached, 3), unit: 'ms' },
    { group: g, name: 'cold ÷ cached', value: round(cold / cached, 1), unit: '×' },
  ];
}
