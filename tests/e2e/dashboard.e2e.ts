/**
 * Issue 7, dashboard in Chromium: a backup exported from one profile restores the same data in a
 * fresh profile, and "Xóa toàn bộ dữ liệu" leaves an empty database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { generateDossiers } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { E2E_BUILD, openBrowser, startHarness, type Harness, type InPage, type Session } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const PORTAL = 'plain';
const RECORDS = generateDossiers({ now: NOW })
  .slice(0, 40)
  .map((d) => ({ ...d, url: `http://${DEMO_HOSTS.plain}/ho-so/${d.code}`, portal: PORTAL }));

let h: Harness;
const temp = mkdtempSync(join(tmpdir(), 'nhac-han-dash-'));

const ext = (session: Session, path: string) => `chrome-extension://${session.extensionId}/${path}`;
const send = (page: Page, message: unknown) => page.evaluate((m) => (globalThis as InPage).chrome.runtime.sendMessage(m), message);

/** Row counts of every table, read with the raw IndexedDB API (independent of the code under test). */
function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('nhac-han');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => void (counts[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

async function openTab(session: Session, tab: 'table' | 'stats' | 'data'): Promise<Page> {
  const page = await session.open(ext(session, 'dashboard.html'));
  await page.locator(`button[data-tab="${tab}"]`).click();
  return page;
}

/** Downloads a backup through the dashboard's button; returns it parsed, without its export time. */
async function exportBackup(session: Session, name: string): Promise<Record<string, unknown>> {
  const page = await openTab(session, 'data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action="export"]').click()]);
  expect(download.suggestedFilename()).toBe('nhac-han-sao-luu-2026-11-18.json');
  const path = join(temp, name);
  await download.saveAs(path);
  await page.close();
  const { exportedAt: _at, ...rest } = JSON.parse(readFileSync(path, 'utf8'));
  return rest;
}

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  const page = await h.session.open(ext(h.session, 'dashboard.html'));
  expect(await send(page, { type: 'recognized', portal: PORTAL, url: `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, coverage: 'partial', records: RECORDS })).toMatchObject({ ok: true });
  const target = RECORDS.find((r) => r.status === 'processing' && r.dueAt! > '2026-11-19')!;
  expect(await send(page, { type: 'mark-confirmed', key: [PORTAL, RECORDS[0]!.code], confirmed: true })).toMatchObject({ ok: true });
  expect(await send(page, { type: 'save-settings', patch: { rules: { nearWorkingDays: 4 }, letter: { profile: { agency: 'SỞ XÂY DỰNG' } } } })).toMatchObject({ ok: true });
  expect(
    await send(page, {
      type: 'record-letter',
      letter: { portal: PORTAL, code: target.code, regime: 'nd118', reason: 'Chờ ý kiến cơ quan phối hợp', newDueAt: '2026-12-31T17:00:00+07:00', issuedAt: '2026-11-18T10:00:00+07:00', issuedBy: 'Trần Thị B', late: false },
    }),
  ).toMatchObject({ ok: true });
  await page.close();
});
afterAll(async () => {
  await h?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('dashboard in Chromium', () => {
  it('lists every stored dossier and filters them', async () => {
    const page = await openTab(h.session, 'table');
    await expect.poll(() => page.locator('[data-testid="row-count"]').textContent()).toBe(`${RECORDS.length}/${RECORDS.length} hồ sơ`);
    await page.locator('input[name="text"]').fill(RECORDS[3]!.code);
    await expect.poll(() => page.locator('[data-testid="row-count"]').textContent()).toBe(`1/${RECORDS.length} hồ sơ`);
    await page.close();
  });

  it('exports a backup, and a fresh profile restores exactly the same data from it', async () => {
    const original = await exportBackup(h.session, 'original.json');
    expect((original.dossiers as unknown[]).length).toBe(RECORDS.length);
    expect((original.letters as unknown[]).length).toBe(1);

    const fresh = await openBrowser({ extensionDir: E2E_BUILD, port: 9, userDataDir: mkdtempSync(join(temp, 'fresh-')), now: NOW });
    try {
      const page = await openTab(fresh, 'data');
      await page.locator('input[name="backup"]').setInputFiles(join(temp, 'original.json'));
      const confirm = page.locator('[data-testid="import-confirm"]');
      await expect.poll(() => confirm.textContent()).toContain(`${RECORDS.length} hồ sơ`);
      // Nothing is written before the officer confirms.
      expect((await tableCounts(page)).dossiers ?? 0).toBe(0);
      await page.locator('input[value="replace"]').check();
      await page.locator('button[data-action="confirm-import"]').click();
      await expect.poll(() => page.locator('[data-testid="import-report"]').textContent()).toContain(`${RECORDS.length} hồ sơ mới`);
      expect(await exportBackup(fresh, 'restored.json')).toEqual(original);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a tampered backup with a readable report and changes nothing', async () => {
    const page = await openTab(h.session, 'data');
    const before = await tableCounts(page);
    const tampered = JSON.parse(readFileSync(join(temp, 'original.json'), 'utf8'));
    tampered.dossiers[0].url = 'javascript:alert(1)';
    await page.locator('input[name="backup"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect.poll(() => page.locator('.nh-invalid').textContent()).toContain('dossiers[0].url');
    expect(await tableCounts(page)).toEqual(before);
    await page.close();
  });

  it('deletes everything after confirmation and leaves an empty database', async () => {
    const page = await openTab(h.session, 'data');
    expect((await tableCounts(page)).dossiers).toBe(RECORDS.length);
    await page.locator('button[data-action="clear"]').click();
    await page.locator('button[data-action="confirm-clear"]').click();
    await expect.poll(() => page.locator('.nh-data-state').textContent()).toContain('Đã xóa toàn bộ dữ liệu');
    expect(await tableCounts(page)).toEqual({ dossiers: 0, history: 0, letters: 0, lists: 0, settings: expect.any(Number) });
    await expect.poll(() => h.session.badgeText()).toBe('');
    // The emptied table says what to do next instead of an empty grid ("0/0").
    await page.locator('button[data-tab="table"]').click();
    expect(await page.locator('[data-testid="dash-empty"]').innerText()).toContain('Mở danh sách hồ sơ trên cổng một cửa');
    expect(await page.locator('[data-testid="row-count"]').count()).toBe(0);
    await page.close();
  });

  it('shows 10,000 dossiers with only the rows in view in the DOM, down to the last one', async () => {
    const page = await h.session.open(ext(h.session, 'dashboard.html'));
    for (const batch of [0, 1]) {
      const records = Array.from({ length: 5_000 }, (_, i) => ({
        ...RECORDS[0]!,
        code: `G22.99.08-261118-${String(batch * 5_000 + i).padStart(6, '0')}`,
        dueAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T17:00:00+07:00`,
        url: `http://${DEMO_HOSTS.plain}/ho-so/${batch}-${i}`,
        portal: 'bulk',
        // Due last and last by code, so never on the first screen: the filters' choices grow once all rows are in.
        ...(batch === 1 && i % 28 === 27 && { procedure: 'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', handler: 'Nguyễn Hoàng Phương Thảo Nguyên' }),
      }));
      expect(await send(page, { type: 'recognized', portal: 'bulk', url: `http://${DEMO_HOSTS.plain}/ho-so/`, coverage: 'partial', records })).toMatchObject({ ok: true });
    }
    const started = Date.now();
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="row-count"]').textContent()).toBe('10000/10000 hồ sơ');
    const firstPaintMs = Date.now() - started;
    expect(await page.locator('tr.nh-row').count()).toBeLessThan(50);
    const filterBoxes = () =>
      page.locator('.nh-filters select, .nh-filters input').evaluateAll((els) => els.map((e) => ['x', 'y', 'width'].map((k) => Math.round(e.getBoundingClientRect()[k as 'x']))));
    const firstBoxes = await filterBoxes();
    // The first screen comes first (aria-busy); End goes to the last row once all are in.
    await expect.poll(() => page.locator('.nh-table-box').getAttribute('aria-busy')).toBe('false');
    // The filters do not move when the rest of the rows (and their choices) come in.
    expect(await page.locator('.nh-filters select[name="procedure"] option').allTextContents()).toContain('Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất');
    expect(await filterBoxes()).toEqual(firstBoxes);
    await page.locator('.nh-table-box').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('tr.nh-row[aria-selected="true"]').getAttribute('aria-rowindex')).toBe('10001');
    const sortStarted = Date.now();
    await page.locator('button[data-sort="code"]').click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"] button[data-sort="code"]').count()).toBe(1);
    const sortMs = Date.now() - sortStarted;
    console.info(`dashboard, 10,000 dossiers: load to first rows ${firstPaintMs} ms, sort by code ${sortMs} ms`);
    expect(firstPaintMs).toBeLessThan(15_000);
    await page.close();
  });
});
