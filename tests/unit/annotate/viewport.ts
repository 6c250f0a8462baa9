import { vi } from 'vitest';

/**
 * A controllable IntersectionObserver (happy-dom's never reports anything): `reveal` reports the
 * given elements as near the viewport to every observer watching them, as scrolling would.
 */
export function fakeViewport() {
  const observers = new Set<FakeObserver>();
  class FakeObserver {
    readonly watched = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.add(this);
    }
    observe(target: Element) {
      this.watched.add(target);
    }
    unobserve(target: Element) {
      this.watched.delete(target);
    }
    disconnect() {
      this.watched.clear();
    }
    takeRecords() {
      return [];
    }
    report(targets: readonly Element[]) {
      const seen = targets.filter((t) => this.watched.has(t));
      const entries = seen.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
      if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    reveal: (targets: Iterable<Element>) => observers.forEach((o) => o.report([...targets])),
    /** Elements waiting to come near the viewport. */
    waiting: () => [...observers].reduce((n, o) => n + o.watched.size, 0),
  };
}
