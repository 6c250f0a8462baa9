/**
 * In-page instrumentation, installed before the page's own scripts: when the first table row was
 * parsed, when each row received its view (the `data-nhac-han` mark) and when it received its chip
 * (the chip host is a light-DOM element, so the page's own MutationObserver sees it). Chips are
 * mounted only for rows near the viewport, so "every row" is measured by the marks.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Probe {
  tableAt: number | null;
  /** When each table row was inserted (parsed, or re-rendered). */
  rowAt: Map<Element, number>;
  /** Long tasks (> 50 ms) of the page's renderer thread, all worlds: start and duration. */
  longTasks: Array<{ start: number; duration: number }>;
  markAt: Map<Element, number>;
  chipAt: Map<Element, number>;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export function installProbe(): void {
  const probe: Probe = { tableAt: null, rowAt: new Map(), longTasks: [], markAt: new Map(), chipAt: new Map() };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    const t = performance.now();
    for (const m of mutations) {
      if (m.type === 'attributes') {
        if (!probe.markAt.has(m.target as Element)) probe.markAt.set(m.target as Element, t);
        continue;
      }
      for (const node of m.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName === 'nhac-han-chip') {
          const row = node.closest('tr');
          if (row && !probe.chipAt.has(row)) probe.chipAt.set(row, t);
        } else if (node.localName === 'tr') {
          probe.rowAt.set(node, t);
          probe.tableAt ??= t;
        } else if (node.localName === 'tbody' || node.localName === 'table') {
          for (const row of node.querySelectorAll('tr')) probe.rowAt.set(row, t);
          if (probe.rowAt.size > 0) probe.tableAt ??= t;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-nhac-han'] });
}

export interface Settled {
  /** Navigation start → load event end. */
  loadMs: number;
  /** Navigation start → first idle callback once loaded and (with the extension) every row has its chip. */
  idleMs: number;
  /** First table row parsed → last chip on a row visible in the viewport. */
  visibleChipsMs: number | null;
  /** Last of the visible rows parsed → last chip on a visible row. */
  afterParseMs: number | null;
  /** Longest task of the renderer thread over the visit (0: none over 50 ms). */
  longestTaskMs: number;
  /** DOMContentLoaded → every row has its view (marked). */
  allViewsMs: number | null;
}

/**
 * Waits in the page for load, then for `rows` marked rows and a chip on each marked row in the
 * viewport (0: none expected), then for an idle callback.
 */
export function settle(page: Page, rows: number): Promise<Settled> {
  return page.evaluate(async (rows) => {
    const probe = window.__bench;
    if (document.readyState !== 'complete') await new Promise((r) => window.addEventListener('load', r, { once: true }));
    await new Promise((r) => setTimeout(r, 0)); // loadEventEnd is set after the load handlers ran
    // The rows in the viewport, found once (one layout) and then only looked up: a poll that
    // measured rows would force a layout per poll, charged to the annotator under test.
    const inView = [...document.querySelectorAll('tbody tr')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    const started = performance.now();
    for (;;) {
      if (probe.markAt.size >= rows && (rows === 0 || inView.every((row) => probe.chipAt.has(row)))) break;
      if (performance.now() - started > 300_000) throw new Error(`only ${probe.markAt.size}/${rows} rows annotated after 300 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const idleAt = await new Promise<number>((r) => requestIdleCallback(() => r(performance.now())));
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const visible = inView.map((row): [Element, number] => [row, probe.chipAt.get(row) ?? NaN]);
    // No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.
    const lastVisible = Math.max(...visible.map(([, t]) => t));
    const lastVisibleParsed = Math.max(...visible.map(([row]) => probe.rowAt.get(row) ?? probe.tableAt ?? 0));
    const lastAll = Math.max(...probe.markAt.values());
    return {
      loadMs: nav.loadEventEnd,
      idleMs: idleAt,
      visibleChipsMs: rows > 0 && probe.tableAt !== null ? lastVisible - probe.tableAt : null,
      afterParseMs: rows > 0 ? lastVisible - lastVisibleParsed : null,
      longestTaskMs: Math.max(0, ...probe.longTasks.map((l) => l.duration)),
      allViewsMs: rows > 0 ? lastAll - nav.domContentLoadedEventEnd : null,
    };
  }, rows);
}

/**
 * CPU time of the page's renderer main thread (all worlds), in ms. CPU time, not task wall time:
 * on a machine shared with other work, wall time counts the moments the thread was preempted.
 */
export async function taskMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}
