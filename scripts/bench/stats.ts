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
