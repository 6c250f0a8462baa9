import { describe, expect, it, vi } from 'vitest';
import { runInSlices, runNow, type Steps } from '../../../utils/portals/steps';

function* counting(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`work ${i}`);
    yield;
  }
  return n * 10;
}

describe('runNow / runInSlices', () => {
  it.each([0, 1, 5])('runNow runs %i steps to the end and returns the value', (n) => {
    const log: string[] = [];
    expect(runNow(counting(n, log))).toBe(n * 10);
    expect(log).toHaveLength(n);
  });

  it.each([0, 1, 5])('with no budget, runInSlices pauses at each of the %i yields, in order', async (n) => {
    const log: string[] = [];
    const pause = vi.fn(async () => void log.push('pause'));
    expect(await runInSlices(counting(n, log), pause, 0)).toBe(n * 10);
    expect(log).toEqual(Array.from({ length: n }, (_, i) => [`work ${i}`, 'pause']).flat());
  });

  it('with a large budget, runs every step in one slice and never pauses', async () => {
    const pause = vi.fn(async () => undefined);
    expect(await runInSlices(counting(50, []), pause, 60_000)).toBe(500);
    expect(pause).not.toHaveBeenCalled();
  });

  it('wraps each slice, not the pauses, in `around`', async () => {
    const log: string[] = [];
    const around = <R,>(slice: () => R): R => {
      log.push('enter');
      try {
        return slice();
      } finally {
        log.push('leave');
      }
    };
    await runInSlices(counting(2, log), async () => void log.push('pause'), 0, around);
    expect(log).toEqual(['enter', 'work 0', 'leave', 'pause', 'enter', 'work 1', 'leave', 'pause', 'enter', 'leave']);
  });

  it('a pause that throws stops the work there', async () => {
    const log: string[] = [];
    await expect(runInSlices(counting(5, log), async () => Promise.reject(new Error('gone')), 0)).rejects.toThrow('gone');
    expect(log).toEqual(['work 0']);
  });
});
