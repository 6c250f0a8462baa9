/**
 * Issue 18 in Chromium: a card list the generic recognizer cannot read (the bootstrap calls it "not
 * a list") is taught by clicks from the popup's "this tab" line (chips and badge without a reload),
 * read again on the next visit (the annotator registered for the taught address), shared as a
 * file, imported into a fresh profile (the same chips), and reported in the popup's line once the
 * portal renames its markup, with "teach again".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS, OUTSIDE_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { BOOTSTRAP_NOT_A_LIST, chipsByRow, startHarness, waitForScan, type Harness } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan`;
const SHOTS = process.env.NHAC_HAN_SHOTS ?? tmpdir();

let first: Harness;
let fresh: Harness | null = null;
const temp = mkdtempSync(join(tmpdir(), 'nhac-han-teach-'));

/**
 * The popup over `page`, opened as a tab: `page` is brought back to the front first (the popup
 * asks for the active tab of its window), then the popup loads its "this tab" line.
 */
async function popupOver(h: Harness, page: Page): Promise<Page> {
  const popup = await h.session.context.newPage();
  await popup.setViewportSize({ width: 1366, height: 768 });
  await page.bringToFront();
  await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html`);
  await popup.locator('.nh-tab').waitFor();
  return popup;
}
const tabLine = (popup: Page) => popup.locator('.nh-tab-text').textContent();

async function openList(h: Harness, url = LIST): Promise<Page> {
  const page = await h.session.open(url);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

const marked = (page: Page, count: number) => page.waitForFunction((n) => document.querySelectorAll('[data-nhac-han]').length === n, count);

/** The chips of all `count` rows, once each row has exactly one (they mount as rows come into view). */
async function allChips(page: Page, count: number): Promise<Map<string, string[]>> {
  await marked(page, count);
  let chips = new Map<string, string[]>();
  await expect
    .poll(async () => {
      chips = await chipsByRow(page);
      return chips.size === count && [...chips.values()].every((c) => c.length === 1);
    }, { timeout: 20_000 })
    .toBe(true);
  return chips;
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
    const page = await first.session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const checked = new Promise<void>((resolve) => page.on('console', (m) => m.text() === BOOTSTRAP_NOT_A_LIST && resolve()));
    await page.goto(LIST);
    // No national code, no known header: the bootstrap's cheap check loads nothing here.
    await checked;
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-nhac-han-scans'))).toBe(false);
    const popup = await popupOver(first, page);
    await expect.poll(() => tabLine(popup)).toBe('Trang này không có danh sách hồ sơ');
    expect(await popup.locator('.nh-tab-teach').innerText()).toContain('Trang có danh sách hồ sơ mà Nhắc Hạn chưa đọc được?');
    await popup.screenshot({ path: join(SHOTS, 'popup-teach-offer.png') });
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

    // Every field pointed at: no cell stays outlined as "the next one".
    expect(await page.locator('nhac-han-teach .nh-teach-hover').isHidden()).toBe(true);
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
    expect(page.url()).toBe(LIST);
    taughtChips = await allChips(page, 15);
    expect([...taughtChips.keys()].every((code) => code.startsWith('TP-'))).toBe(true);
    await expect.poll(() => first.session.badgeText()).toMatch(/^\d+$/);
    await Promise.all([page.close(), popup.isClosed() ? undefined : popup.close()]);
  });

  it('reads the taught list again on the next visit, with no click: the annotator is registered for that address only', async () => {
    const worker = await first.session.worker();
    const scripts = await worker.evaluate(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts());
    expect(scripts.filter((s) => s.id.startsWith('taught:')).map((s) => [s.id, s.matches, s.js])).toEqual([
      [`taught:http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan`, [`http://${DEMO_HOSTS.cards}/ho-so/da-tiep-nhan*`], ['annotator.js']],
    ]);
    const page = await openList(first);
    expect(await allChips(page, 15)).toEqual(taughtChips);
    await page.close();
  });

  it('shares the taught portal as a small JSON file from the popup', async () => {
    const page = await openList(first);
    await marked(page, 15);
    const popup = await popupOver(first, page);
    await expect.poll(() => tabLine(popup)).toBe('Trang này: 15 hồ sơ (Cách đọc đã dạy)');
    await popup.screenshot({ path: join(SHOTS, 'popup-taught.png') });
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Chia sẻ cách đọc cổng này' }).click()]);
    expect(download.suggestedFilename()).toBe('nhac-han-cach-doc-motcua.tphcm.gov.vn.json');
    expect(await popup.getByRole('status').innerText()).toBe('Đã lưu tệp nhac-han-cach-doc-motcua.tphcm.gov.vn.json. Gửi tệp cho đồng nghiệp để họ nhập trong trang Thiết lập.');
    exported = join(temp, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.portals[0]).toMatchObject({ origin: `http://${DEMO_HOSTS.cards}`, path: '/ho-so/da-tiep-nhan', rows: 'article[data-hs]' });
    expect(readFileSync(exported).length).toBeLessThan(2_000);
    await Promise.all([page.close(), popup.close()]);
  });

  it(`teaches a card list outside gov.vn (${OUTSIDE_HOSTS[0]}) once "Bật" granted its origin, and reads it there on the next visit`, async () => {
    const url = `http://${OUTSIDE_HOSTS[0]}/ho-so/da-tiep-nhan`;
    const page = await openList(first, url);
    const popup = await popupOver(first, page);
    await expect.poll(() => tabLine(popup)).toBe('Chưa bật trên trang này:');
    // Teaching needs the host permission first: nothing to teach yet.
    expect(await popup.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cách đọc trang này' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Bật' }).click();
    await expect.poll(() => tabLine(popup)).toBe('Trang này không có danh sách hồ sơ');
    await popup.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cách đọc trang này' }).click();
    await page.bringToFront();
    const bar = page.locator('nhac-han-teach .nh-teach');
    const card = page.locator('article.the-hs').first();
    await card.locator('[data-truong="so-bien-nhan"]').click();
    await card.locator('[data-truong="hen-tra"]').click();
    await expect.poll(() => bar.locator('.nh-teach-count').innerText()).toBe('Nhắc Hạn đọc được 15 hồ sơ trên trang này. Các dòng đầu:');
    // The optional fields are left out in one step.
    await bar.getByRole('button', { name: 'Xem kết quả' }).click();
    await bar.getByRole('button', { name: 'Lưu cách đọc này' }).click();
    await marked(page, 15);
    // The same codes as the gov.vn card list, kept apart: a taught portal's dossiers are keyed by its host.
    expect([...new Set((await page.locator('[data-nhac-han]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nhac-han')!.split('|')[0]))))]).toEqual([
      'taught-motcua-demo-ngoai-vn',
    ]);
    await page.reload();
    expect((await allChips(page, 15)).size).toBe(15);
    await Promise.all([page.close(), popup.isClosed() ? undefined : popup.close()]);
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
    expect(await allChips(page, 15)).toEqual(taughtChips);
    await page.close();
  });

  it('says so in the popup when the portal changes its markup, and offers to teach again', async () => {
    const page = await openList(fresh!, `${LIST}?giao-dien=2`);
    await waitForScan(page);
    const popup = await popupOver(fresh!, page);
    await expect.poll(() => tabLine(popup)).toBe('Cổng đã đổi giao diện: cách đọc đã dạy cho Cổng motcua.tphcm.gov.vn không còn khớp với trang này.');
    expect(await popup.locator('.nh-tab[data-alarm]').count()).toBe(1);
    await popup.screenshot({ path: join(SHOTS, 'popup-taught-changed.png') });
    expect(await page.locator('[data-nhac-han]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Dạy lại cách đọc trang này' }).click();
    await page.bringToFront();
    await expect.poll(() => page.locator('nhac-han-teach .nh-teach .nh-teach-step').innerText()).toContain('Bấm vào mã hồ sơ');
  });
});
