/**
 * Long work as a generator that yields at safe points, run either at once (`runNow`) or in
 * slices of a few milliseconds with the page given its thread back in between (`runInSlices`),
 * so a 20,000-row list never holds the page in one long task. Pure: no browser API beyond a clock.
 */
export type Steps<T> = Generator<void, T>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `around` wraps each slice (e.g. a cache that lives only while the reading runs). */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 8, around: <R>(slice: () => R) => R = (slice) => slice()): Promise<T> {
  for (;;) {
    const started = performance.now();
    const step = around(() => {
      for (;;) {
        const next = steps.next();
        if (next.done || performance.now() - started >= budgetMs) return next;
      }
    });
    if (step.done) return step.value;
    await pause();
  }
}
