/** A task of its own, where the browser offers nothing better. */
const nextTimer = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Gives the page its thread back between two slices of work (input, rendering, its own scripts). */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTimer();
}

/**
 * A pause that lets every task already queued run first: `scheduler.yield()` resumes ahead of them,
 * so a reading in slices keeps an extension reply it waits for (the kept chips' storage read) queued
 * until the whole list is read. A posted message, unlike `setTimeout`, is never clamped to 4 ms.
 */
export function pauseBehindTasks(): Promise<void> {
  if (typeof MessageChannel !== 'function') return nextTimer();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the browser's next layout and paint, when reading sizes costs no layout of its
 * own, and the viewport watch has looked at what changed.
 */
export const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
