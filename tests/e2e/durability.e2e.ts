/**
 * The browser killed (SIGKILL) while the worker writes a 5,000-dossier batch, then restarted on the
 * same profile: the database opens and shows whole batches only. Each batch moves every dossier's
 * appointment to a new day, so a half-applied one would show mixed days or a history count that is
 * not a whole number of batches. The kill is shown to land during a write: at that moment a batch
 * had been sent to the worker for a good part of a batch's time and was still unanswered, and after
 * the restart the database holds either the batch before it or that batch, nothing in between.
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
      const w = window as unknown as { batches: number; batchMs: number; inFlight: number; sentAt: number };
      w.batches = 0;
      w.inFlight = 0;
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
          w.inFlight = k;
          w.sentAt = started;
          await (globalThis as InPage).chrome.runtime.sendMessage({ type: 'recognized', portal: 'bulk', url: 'http://motcua.thanhhoa.gov.vn/ho-so/', coverage: 'partial', records });
          w.batchMs = performance.now() - started;
          w.batches = k;
        }
      })();
    }, BATCH);
    await expect.poll(() => popup.evaluate(() => (window as unknown as { batches: number }).batches), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const batchMs = await popup.evaluate(() => (window as unknown as { batchMs: number }).batchMs);
    const pid = browserPid();
    // Kill once a batch has been with the worker for 30 % of a batch's time, unanswered.
    const state = () =>
      popup.evaluate((ms) => {
        const w = window as unknown as { batches: number; inFlight: number; sentAt: number };
        const pending = w.inFlight === w.batches + 1 && performance.now() - w.sentAt >= ms * 0.3;
        return { pending, done: w.batches, inFlight: w.inFlight, since: Math.round(performance.now() - w.sentAt) };
      }, batchMs);
    let atKill = await state();
    while (!atKill.pending) atKill = await state();
    const closed = new Promise((resolve) => first.context.once('close', resolve));
    process.kill(pid, 'SIGKILL');
    await closed;
    expect(atKill.inFlight).toBe(atKill.done + 1);

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
    // Stored: the last answered batch, or the one the kill interrupted, whole (its day says which).
    const stored = historyRows / BATCH + 1;
    const dayOf = (k: number) => `2027-01-${String(1 + (k % 28)).padStart(2, '0')}T17:00:00+07:00`;
    expect([atKill.done, atKill.inFlight]).toContain(stored);
    expect([...days]).toEqual([dayOf(stored)]);
    console.log(
      `killed ${atKill.since} ms into batch ${atKill.inFlight} (batches take ${batchMs.toFixed(0)} ms): ` +
        `${stored === atKill.done ? 'it was lost whole' : 'it had committed whole'}; ${stored} batch(es) stored`,
    );
  }, 180_000); // three 5,000-dossier batches, a kill and a restart: minutes on a busy 2-core machine
});
