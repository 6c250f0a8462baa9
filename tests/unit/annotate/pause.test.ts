import { afterEach, describe, expect, it, vi } from 'vitest';
import { pause, pauseBehindTasks } from '../../../utils/annotate/pause';

afterEach(() => vi.unstubAllGlobals());

/** A task queued now (as an extension reply is), and whether it has run. */
function queuedTask() {
  const state = { ran: false };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    state.ran = true;
    channel.port1.close();
  };
  channel.port2.postMessage(null);
  return state;
}

describe('pauses between slices of work', () => {
  it('pause() resumes through scheduler.yield() where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await pause();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('pauseBehindTasks() resumes only after the tasks queued before it, where a prioritized yield would not', async () => {
    // A yield that resumes ahead of queued tasks (Chromium's scheduler.yield) leaves the task waiting.
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    const first = queuedTask();
    await pause();
    expect(first.ran).toBe(false);
    await pauseBehindTasks();
    expect(first.ran).toBe(true);
    // And again: each pause goes behind what is queued at that moment.
    const second = queuedTask();
    await pauseBehindTasks();
    expect(second.ran).toBe(true);
  });

  it('pauseBehindTasks() falls back to a timer without MessageChannel', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    const timer = vi.spyOn(globalThis, 'setTimeout');
    await pauseBehindTasks();
    expect(timer).toHaveBeenCalled();
    timer.mockRestore();
  });
});
