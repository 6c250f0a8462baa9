/**
 * A list seen before gets its chips from its kept context (utils/extension/kept-chips.ts) before the
 * worker answers, and never a chip the officer has changed since: any change drops every kept
 * context. The page's own MutationObserver records the text each chip had when it came in. A
 * re-rendered long list gets the chips of the rows in view back before all its rows are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { vnEpoch } from '../../utils/time/vn-time';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { chipsByRow, startHarness, waitForScan, type Harness, type InPage } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.igate}/vi/dossier/processing`;
const KEY = `nhacHan:chips:${LIST}`;

interface Kept {
  version: string;
  stored: Record<string, Record<string, unknown>>;
}

let h: Harness;
let popup: Page;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
});
afterAll(async () => {
  await h?.close();
});

const local = {
  get: (key: string) => popup.evaluate(async (k) => (await (globalThis as InPage).chrome.storage.local.get(k))[k], key),
  set: (key: string, value: unknown) => popup.evaluate(([k, v]) => (globalThis as InPage).chrome.storage.local.set({ [k as string]: v }), [key, value] as const),
};

/** Opens the list with a recorder of each chip's first text, by row; waits for the scan. */
async function openRecorded(): Promise<{ page: Page; first: () => Promise<Record<string, string>> }> {
  const page = await h.session.context.newPage();
  await page.addInitScript(() => {
    const first: Record<string, string> = {};
    (globalThis as unknown as { firstChips: Record<string, string> }).firstChips = first;
    new MutationObserver((mutations) => {
      for (const m of mutations)
        for (const node of m.addedNodes) {
          if (!(node instanceof Element) || node.localName !== 'nhac-han-chip') continue;
          const key = node.closest('[data-nhac-han]')?.getAttribute('data-nhac-han');
          if (key && !(key in first)) first[key] = node.shadowRoot?.querySelector('.nh-chip')?.textContent ?? '';
        }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(LIST);
  await waitForScan(page);
  return { page, first: () => page.evaluate(() => ({ ...(globalThis as unknown as { firstChips: Record<string, string> }).firstChips })) };
}

describe('chips of a list seen before', () => {
  it('come from its kept context before the worker answers, then as the worker says', async () => {
    const { page: visit } = await openRecorded();
    const chips = await chipsByRow(visit);
    await visit.close();
    const kept = (await local.get(KEY)) as Kept;
    const keys = Object.keys(kept.stored);
    expect(keys.length).toBe(chips.size);
    expect(keys.every((k) => k.startsWith('igate|') && chips.has(k.slice('igate|'.length)))).toBe(true);

    // The kept copy says the first row's dossier is finished: only a chip drawn from it can say so.
    const [first] = keys;
    await local.set(KEY, { ...kept, stored: { ...kept.stored, [first!]: { status: 'done', statusText: 'Đã trả kết quả' } } });
    const again = await openRecorded();
    await expect.poll(async () => (await again.first())[first!]).toBe('Đã xong, chưa xác nhận');
    // The worker's answer then puts the store's chip there, and the kept copy is the store's again.
    const code = first!.slice('igate|'.length);
    await expect.poll(async () => (await chipsByRow(again.page)).get(code)).toEqual(chips.get(code));
    await expect.poll(async () => ((await local.get(KEY)) as Kept).stored[first!]).toEqual(kept.stored[first!]);
    await again.page.close();
  });

  it('wait for the worker after a change elsewhere: the kept contexts are gone, no chip flashes its old state', async () => {
    const { version } = (await local.get(KEY)) as Kept;
    const [first] = Object.keys(((await local.get(KEY)) as Kept).stored);
    const key = first!.split('|') as [string, string];
    // The officer confirms the dossier from another screen.
    const reply = await popup.evaluate((k) => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'mark-confirmed', key: k, confirmed: true }), key);
    expect(reply).toMatchObject({ ok: true });
    expect(await local.get(KEY)).toBeUndefined();
    expect(await local.get('nhacHan:chipsVersion')).not.toBe(version);
    const visit = await openRecorded();
    const shown = await chipsByRow(visit.page);
    const firsts = await visit.first();
    expect(Object.keys(firsts).length).toBeGreaterThan(5);
    // Every chip came in with the text it has now.
    for (const [row, text] of Object.entries(firsts)) expect([row, text]).toEqual([row, shown.get(row.split('|')[1]!)![0]]);
    await visit.page.close();
  });

  it('on a re-render of a long list come back on the rows in view before the rest of the list is read', async () => {
    const page = await h.session.context.newPage();
    await page.goto(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly?rows=500`);
    await waitForScan(page);
    await expect.poll(() => page.locator('[data-nhac-han]').count()).toBe(500);
    // The list's body rebuilt as a framework does; the page's own observer counts the rows marked
    // again when the first chip comes back.
    const marksAtFirstChip = await page.evaluate(async () => {
      const tbody = document.querySelector('tbody')!;
      const clean = tbody.cloneNode(true) as HTMLTableSectionElement;
      clean.querySelectorAll('nhac-han-chip').forEach((c) => c.remove());
      clean.querySelectorAll('[data-nhac-han]').forEach((r) => r.removeAttribute('data-nhac-han'));
      const first = new Promise<number>((resolve) =>
        new MutationObserver((records) => {
          if (records.some((r) => [...r.addedNodes].some((n) => (n as Element).localName === 'nhac-han-chip'))) resolve(tbody.querySelectorAll('[data-nhac-han]').length);
        }).observe(tbody, { childList: true, subtree: true }),
      );
      tbody.innerHTML = clean.innerHTML;
      return first;
    });
    expect(marksAtFirstChip).toBeGreaterThan(0);
    expect(marksAtFirstChip).toBeLessThan(500);
    await expect.poll(() => page.locator('[data-nhac-han]').count()).toBe(500);
    await page.close();
  });
});
