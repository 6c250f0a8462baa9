/**
 * Issue 18 in Chromium: a card list the generic recognizer cannot read is taught by clicks (chips
 * and badge without a reload), shared as a file, imported into a fresh profile (the same chips),
 * and reported in the popup once the portal renames its markup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { chipsByRow, startHarness, type Harness } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan`;
const SHOTS = process.env.NHAC_HAN_SHOTS ?? tmpdir();

let first: Harness;
let fresh: Harness | null = null;
const temp = mkdtempSync(join(tmpdir(), 'nhac-han-teach-'));

async function popupOf(h: Harness): Promise<Page> {
  const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
  await popup.locator('.nh-popup').waitFor();
  return popup;
}

async function openList(h: Harness, url = LIST): Promise<Page> {
  const page = await h.session.open(url);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

beforeAll(async () => {
  first = await startHarness({ now: NOW });
});
afterAll(async () => {
  await first?.close();
  await fresh?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('teaching Nhắc Hạn a portal it cannot read', () => {
  let taughtChips: Map<string, string[]>;
  let exported: string;

  it('teaches the list by clicks: the preview reads every row, then chips and the badge appear without a reload', async () => {
    const page = await openList(first);
    const popup = await popupOf(first);
    await expect.poll(() => popup.locator('.nh-teach-entry').innerText()).toContain('chưa đọc được danh sách');
    await popup.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cách đọc trang này' }).click();
    await page.bringToFront();

    const bar = page.locator('nhac-han-teach .nh-teach');
    await expect.poll(() => bar.locator('.nh-teach-step').innerText()).toContain('Bấm vào mã hồ sơ');
    const card = page.locator('article.the-hs').nth(1);
    // The code is a link: in teach mode the click names the field and never reaches the portal.
    await card.locator('[data-truong="so-bien-nhan"]').click();
    await card.locator('[data-truong="hen-tra"]').click();
    expect(page.url()).toBe(LIST);
    await card.locator('[data-truong="tinh-trang"]').hover();
    await page.screenshot({ path: join(SHOTS, 'teach-bar.png') });
    expect(await bar.locator('.nh-teach-step').innerText()).toContain('ngày tiếp nhận');
    await card.locator('[data-truong="ngay-nhan"]').click();
    await bar.getByRole('button', { name: 'Bỏ qua' }).click(); // step deadline: none on this portal
    await bar.getByRole('button', { name: 'Bỏ qua' }).click(); // applicant
    await card.locator('[data-truong="tinh-trang"]').click();

    const preview = bar.locator('.nh-teach-preview');
    expect(await preview.locator('.nh-teach-count').innerText()).toBe('Nhắc Hạn đọc được 15 hồ sơ trên trang này. Các dòng đầu:');
    const firstRow = await preview.locator('tbody tr').first().locator('td').allInnerTexts();
    const firstCard = page.locator('article.the-hs').first();
    const due = (await firstCard.locator('[data-truong="hen-tra"]').innerText()).replace(/^Trả /, '');
    expect(firstRow).toEqual([
      await firstCard.locator('[data-truong="so-bien-nhan"]').innerText(),
      due,
      (await firstCard.locator('[data-truong="ngay-nhan"]').innerText()).replace(/^Nhận /, ''),
      await firstCard.locator('[data-truong="tinh-trang"]').innerText(),
    ]);
    await page.screenshot({ path: join(SHOTS, 'teach-preview.png') });

    await bar.getByRole('button', { name: 'Lưu cách đọc này' }).click();
    await page.locator('nhac-han-teach').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-nhac-han]').length === 15);
    taughtChips = await chipsByRow(page);
    expect(taughtChips.size).toBe(15);
    for (const [code, chips] of taughtChips) expect([code, chips.length]).toEqual([code, 1]);
    await expect.poll(() => first.session.badgeText()).toMatch(/^\d+$/);
    await page.close();
  });

  it('shares the taught portal as a small JSON file from the popup', async () => {
    const page = await openList(first);
    await page.waitForFunction(() => document.querySelectorAll('[data-nhac-han]').length === 15);
    const popup = await popupOf(first);
    await expect.poll(() => popup.locator('.nh-teach-entry').innerText()).toContain('theo cách anh/chị đã dạy (15 hồ sơ)');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Chia sẻ cách đọc cổng này' }).click()]);
    expect(download.suggestedFilename()).toBe('nhac-han-cach-doc-motcua.tphcm.gov.vn.json');
    exported = join(temp, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.portals[0]).toMatchObject({ origin: `http://${DEMO_HOSTS.cards}`, path: '/ho-so/da-tiep-nhan', rows: 'article[data-hs]' });
    expect(readFileSync(exported).length).toBeLessThan(2_000);
    await Promise.all([page.close(), popup.close()]);
  });

  it('imports the file into a fresh profile in one click: the same chips appear there; a hostile file changes nothing', async () => {
    fresh = await startHarness({ now: NOW });
    const options = await fresh.session.open(`chrome-extension://${fresh.session.extensionId}/options.html`);
    const input = options.locator('input[name="taught-file"]');
    const hostile = JSON.parse(readFileSync(exported, 'utf8'));
    hostile.portals[0].rows = 'a[href="javascript:alert(1)"]';
    await input.setInputFiles({ name: 'xau.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    expect(await options.getByRole('alert').innerText()).toContain('Không nhập tệp “xau.json”, thiết lập không thay đổi');
    expect(await options.locator('[data-testid="taught-portals"]').count()).toBe(0);

    await input.setInputFiles(exported);
    expect(await options.locator('.nh-taught [role="status"]').innerText()).toContain('Đã nhập cách đọc cho Cổng motcua.tphcm.gov.vn');
    expect(await options.locator('[data-testid="taught-portals"] li').count()).toBe(1);

    const page = await openList(fresh);
    await page.waitForFunction(() => document.querySelectorAll('[data-nhac-han]').length === 15);
    expect(await chipsByRow(page)).toEqual(taughtChips);
  });

  it('says so in the popup when the portal changes its markup, and offers to teach again', async () => {
    const page = await openList(fresh!, `${LIST}?giao-dien=2`);
    const popup = await popupOf(fresh!);
    const entry = popup.locator('.nh-teach-entry');
    await expect.poll(() => entry.innerText()).toContain('Cổng đã đổi giao diện: cách đọc đã dạy cho Cổng motcua.tphcm.gov.vn không còn khớp');
    expect(await entry.getByRole('button', { name: 'Dạy lại cách đọc trang này' }).count()).toBe(1);
    expect(await page.locator('[data-nhac-han]').count()).toBe(0);
  });
});
