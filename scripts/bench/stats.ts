/** Small numeric helpers for the benchmark. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface Figure {
  group: string;
  name: string;
  value: number | string;
  unit: string;
  /** Human target, e.g. "≤ 1.10"; absent when the figure is informative only. */
  target?: string;
  /** Whether the target is met; absent without a target. */
  ok?: boolean;
}

export function atMost(value: number, limit: number): Pick<Figure, 'target' | 'ok'> {
  return { target: `≤ ${limit}`, ok: value <= limit };
}

/**
 * `runs` visits of every side after one warm-up visit each (HTTP cache, JIT, a worker's first
 * database open), the order rotated every run so no side always follows the same one; results per side.
 */
export async function interleaved<S, T>(sides: readonly S[], runs: number, visitOne: (side: S) => Promise<T>): Promise<T[][]> {
  for (const side of sides) await visitOne(side);
  const out: T[][] = sides.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < sides.length; k++) {
      const s = (i + k) % sides.length;
      out[s]!.push(await visitOne(sides[s]!));
    }
  }
  return out;
}
