/**
 * Chromium for the benchmark: a persistent profile with the production build, or the same browser
 * without it, both reaching the demo portal through the real portal host names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { browserArgs, findChromium } from '../browser';

/** The build under test; `BENCH_BUILD` points elsewhere (e.g. a copy of the build before a change). */
export const BUILD = resolve(process.env.BENCH_BUILD ?? '.output/chrome-mv3');

export interface Bench {
  context: BrowserContext;
  extensionId: string | null;
  close(): Promise<void>;
}

/** `extension`: Nhắc Hạn's build, none, or another unpacked extension (the floor, without a worker). */
export async function launch(options: { port: number; extension: boolean | string; build?: string }): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'nhac-han-bench-'));
  // The same flags either way, minus the two that load the extension.
  const unpacked = typeof options.extension === 'string' ? options.extension : resolve(options.build ?? BUILD);
  const args = browserArgs(unpacked, options.port).filter((a) => options.extension !== false || !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  let extensionId: string | null = null;
  // Only the build has a worker to wait for.
  if (options.extension === true) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends one CDP command to the extension's service worker through a page's session. */
export async function workerCdp<T>(session: CDPSession, method: string, params: object = {}): Promise<T> {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker');
  if (!target) throw new Error('service worker not running');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const id = Math.floor(Math.random() * 1e9);
  const reply = new Promise<T>((resolveReply, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
      if (event.sessionId !== sessionId || message.id !== id) return;
      session.off('Target.receivedMessageFromTarget', onMessage);
      if (message.error) reject(new Error(message.error.message));
      else resolveReply(message.result as T);
    };
    session.on('Target.receivedMessageFromTarget', onMessage);
  });
  await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  const result = await reply;
  await session.send('Target.detachFromTarget', { sessionId });
  return result;
}

/** JS heap of the page's isolate (main world and the content script's isolated world) after a GC. */
export async function pageHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

export async function workerHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await workerCdp(session, 'HeapProfiler.collectGarbage');
  const { usedSize } = await workerCdp<{ usedSize: number }>(session, 'Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}
