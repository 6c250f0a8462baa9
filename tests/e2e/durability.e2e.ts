/**
 * The browser killed (SIGKILL) while the worker writes a 5,000-dossier batch, then restarted on the
 * same profile: the database opens and shows whole batches only. Each batch moves every dossier's
 * appointment to a new day, so a half-applied one would show mixed days or a history count that is
 * not a whole number of batches.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOSSIER_STATUSES, type DossierRecord } from '../../utils/portals/types';
import { vnEpoch } from '../../utils/time/vn-time';
import { startDemoPortal } from '../../scripts/demo-portal';
import { E2E_BUILD, openBrowser, type InPage, type Session } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const BATCH = 5_000;

let portal: Awaited<ReturnType<typeof startDemoPortal>>;
let userDataDir: string;
const launch = () => openBrowser({ extensionDir: E2E_BUILD, port: portal.port, userDataDir, now: NOW });

beforeAll(async () => {
  portal = await startDemoPortal({ port: 0, now: NOW });
  userDataDir = mkdtempSync(join(tmpdir(), 'nhac-han-durability-'));
});
afterAll(async () => {
  await portal?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

/** The browser process this test launched: our child, on our profile, not a helper (`--type=`). */
function browserPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === process.pid && cmdline.includes(`--user-data-dir=${userDataDir}`) && !cmdline.some((a) => a.startsWith('--type='))) {
        return Number(entry);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('Chromium process not found');
}

const popupOf = async (s: Session): Promise<Page> => s.open(`chrome-extension://${s.extensionId}/popup.html`);

describe('durability', () => {
  it('keeps the database whole when the browser is killed during a 5,000-dossier write', async () => {
    const first = await launch();
    const popup = await popupOf(first);
    // Batches back to back from an extension page, each through the worker's store as the content script does.
    await popup.evaluate((size) => {
      const w = window as unknown as { batches: number; batchMs: number };
      w.batches = 0;
      void (async () => {
        for (let k = 1; k < 1_000; k++) {
          const day = String(1 + (k % 28)).padStart(2, '0');
          const records = Array.from({ length: size }, (_, i) => ({
            code: `G22.99.08-261118-${String(i).padStart(6, '0')}`,
            procedure: 'Cấp phép',
            applicant: `Người nộp ${i}`,
            receivedAt: '2026-11-18T08:00:00+07:00',
            dueAt: `2027-01-${day}T17:00:00+07:00`,
            stepDueAt: null,
            status: 'processing',
            statusText: 'Đang xử lý',
            handler: null,
            url: `http://motcua.thanhhoa.gov.vn/ho-so/${i}`,
            portal: 'bulk',
          }));
          const started = performance.now();
          await (globalThis as InPage).chrome.runtime.sendMessage({ type: 'recognized', portal: 'bulk', url: 'http://motcua.thanhhoa.gov.vn/ho-so/', coverage: 'partial', records });
          w.batchMs = performance.now() - started;
          w.batches = k;
        }
      })();
    }, BATCH);
    await expect.poll(() => popup.evaluate(() => (window as unknown as { batches: number }).batches), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const batchMs = await popup.evaluate(() => (window as unknown as { batchMs: number }).batchMs);
    // Half-way into the next batch.
    await new Promise((resolve) => setTimeout(resolve, batchMs / 2));
    const pid = browserPid();
    const closed = new Promise((resolve) => first.context.once('close', resolve));
    process.kill(pid, 'SIGKILL');
    await closed;

    const second = await launch();
    const after = await popupOf(second);
    const reply = (await after.evaluate(() => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'get-dossiers' }))) as {
      ok: boolean;
      value: Array<DossierRecord & Record<string, unknown>>;
    };
    expect(reply.ok).toBe(true);
    const dossiers = reply.value;
    const historyRows = await after.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('nhac-han');
          open.onsuccess = () => {
            const count = open.result.transaction('history').objectStore('history').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await second.close();

    expect(dossiers).toHaveLength(BATCH);
    for (const d of dossiers) {
      expect(d.dueAt).toMatch(/^2027-01-\d{2}T17:00:00\+07:00$/);
      expect(DOSSIER_STATUSES).toContain(d.status);
      expect([typeof d.pinned, typeof d.firstSeenAt, typeof d.lastSeenAt]).toEqual(['boolean', 'string', 'string']);
    }
    // One appointment day for all: the batch in flight is wholly there or wholly absent.
    const days = new Set(dossiers.map((d) => d.dueAt));
    expect(days.size).toBe(1);
    // Every batch after the first moved all 5,000 appointments: history is whole batches.
    expect(historyRows % BATCH).toBe(0);
    console.log(`killed after ${batchMs.toFixed(0)} ms-long batches: ${historyRows / BATCH + 1} batch(es) stored whole, appointment ${[...days][0]}`);
  });
});
