/**
 * CDP traces for the bench: record one, and read the thread CPU the extension's own scripts took on
 * the page's main thread. Thread CPU (`tdur`), not wall time: a busy machine's preemption is not counted.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: unknown } };
}

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading'];

export async function traced(session: CDPSession, run: () => Promise<void>, categories = CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  await run();
  await session.send('Tracing.end');
  await done;
  return events;
}

/** The renderer main thread that parsed `url`'s document. */
function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(url));
  return parse && { pid: parse.pid, tid: parse.tid };
}

/**
 * Thread CPU (ms) of the outermost events on the page's main thread that ran an extension's script
 * (evaluation, callbacks, timers): what content scripts cost the page, compile and run included.
 */
export function extensionScriptCpu(events: TraceEvent[], url: string): number {
  const thread = pageThread(events, url);
  if (!thread) throw new Error(`no ParseHTML of ${url} in the trace`);
  const ours = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.tdur !== undefined && JSON.stringify(e.args ?? {}).includes('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const e of ours) {
    if (e.ts < end) continue; // inside an event already counted
    total += e.tdur!;
    end = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}
