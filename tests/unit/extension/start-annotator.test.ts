import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnnotator } from '../../../utils/extension/tab-state';

type Injection = { target: { tabId: number; frameIds: number[] }; files: string[]; world?: string; injectImmediately?: boolean };

/** `executeScript` recording each call; `refuse` says which it rejects. */
function fakeScripting(refuse: (i: Injection) => boolean) {
  const calls: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    calls.push(injection);
    if (refuse(injection)) throw new Error('Unexpected property "injectImmediately"');
    return [];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return calls;
}

const summary = (calls: Injection[]) => calls.map((c) => [c.files[0], c.world ?? 'ISOLATED', c.injectImmediately ?? false]);

describe('startAnnotator', () => {
  it('injects the page-world listener and the annotator into the frame that asked, without waiting for the page to load', async () => {
    const calls = fakeScripting(() => false);
    await startAnnotator(7, 3);
    expect(summary(calls)).toEqual([
      ['/igate-listener.js', 'MAIN', true],
      ['/annotator.js', 'ISOLATED', true],
    ]);
    expect(calls.every((c) => c.target.tabId === 7 && c.target.frameIds.join() === '3')).toBe(true);
  });

  it('sends the annotator without waiting for the listener: one round trip to the page, not two', async () => {
    let listenerIn!: () => void;
    const executeScript = vi.fn((injection: Injection) =>
      injection.world === 'MAIN' ? new Promise<never[]>((resolve) => (listenerIn = () => resolve([]))) : Promise.resolve([]),
    );
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    let done = false;
    const started = startAnnotator(7, 0).then(() => (done = true));
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    expect(executeScript.mock.calls.map(([i]) => i.files[0])).toEqual(['/igate-listener.js', '/annotator.js']);
    // Started, not finished: the listener's injection is still on its way.
    expect(done).toBe(false);
    listenerIn();
    await started;
    expect(done).toBe(true);
  });

  it('a browser that does not know injectImmediately gets both scripts the default way', async () => {
    const calls = fakeScripting((i) => i.injectImmediately === true);
    await startAnnotator(7, 0);
    const tries = (file: string) => summary(calls.filter((c) => c.files[0] === file));
    expect(tries('/igate-listener.js')).toEqual([
      ['/igate-listener.js', 'MAIN', true],
      ['/igate-listener.js', 'MAIN', false],
    ]);
    expect(tries('/annotator.js')).toEqual([
      ['/annotator.js', 'ISOLATED', true],
      ['/annotator.js', 'ISOLATED', false],
    ]);
  });

  it('a frame that refuses the page world still gets the annotator; one that refuses everything is an error', async () => {
    const partial = fakeScripting((i) => i.world === 'MAIN');
    await startAnnotator(7, 0);
    expect(summary(partial.filter((c) => c.files[0] === '/annotator.js'))).toEqual([['/annotator.js', 'ISOLATED', true]]);
    fakeScripting(() => true);
    await expect(startAnnotator(7, 0)).rejects.toThrow('injectImmediately');
  });
});
