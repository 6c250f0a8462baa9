import { vi } from 'vitest';

/**
 * A controllable IntersectionObserver (happy-dom's never reports anything): `reveal` reports the
 * given elements as near the viewport to every observer watching them, as scrolling would.
 */
export function fakeViewport() {
  const observers = new Set<FakeObserver>();
  class FakeObserver {
    readonly watched = new Set<Element>();
    /** Found near the viewport, not reported yet (a real observer's report waits for a task of its own). */
    queued: IntersectionObserverEntry[] = [];
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.add(this);
    }
    observe(target: Element) {
      this.watched.add(target);
    }
    unobserve(target: Element) {
      // As a browser's: nothing else can be unwatched.
      if (!(target instanceof Element)) throw new TypeError("Failed to execute 'unobserve' on 'IntersectionObserver': parameter 1 is not of type 'Element'.");
      this.watched.delete(target);
    }
    disconnect() {
      this.watched.clear();
    }
    takeRecords() {
      const taken = this.queued;
      this.queued = [];
      return taken;
    }
    report(targets: readonly Element[], isIntersecting: boolean) {
      const seen = targets.filter((t) => this.watched.has(t));
      const entries = seen.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
      if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    /** Near the viewport, as a real observer finds it at a paint, but kept for `takeRecords`. */
    found: (targets: Iterable<Element>) =>
      observers.forEach((o) => o.queued.push(...[...targets].filter((t) => o.watched.has(t)).map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry))),
    reveal: (targets: Iterable<Element>) => observers.forEach((o) => o.report([...targets], true)),
    /** What a real observer reports first of every element it watches: far ones too, not intersecting. */
    far: (targets: Iterable<Element>) => observers.forEach((o) => o.report([...targets], false)),
    /** Elements waiting to come near the viewport. */
    waiting: () => [...observers].reduce((n, o) => n + o.watched.size, 0),
  };
}
