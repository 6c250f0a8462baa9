/**
 * Issue 14, the built extension in a fresh profile: the welcome page on install, an unseen gov.vn
 * portal annotated with no setting touched, a large gov.vn page that is not a list left alone (no
 * node, no message), a portal outside gov.vn enabled from the popup without a reload, and the
 * popup's "this tab" line in each case.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView, type ViewLevel } from '../../utils/service/views';
import { t } from '../../utils/i18n';
import { DEMO_HOSTS, dossiersOf, NEWS_GOV_HOST, OUTSIDE_HOSTS, UNSEEN_GOV_HOST } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { chipsByRow, codesOnPage, startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const OTHER = new Map(dossiersOf('other', generateDossiers({ now: NOW })).map((d): [string, DemoDossier] => [d.code, d]));
const OUTSIDE = OUTSIDE_HOSTS[0];
const SHOTS = '.output/screenshots';

/** The chip the plain list gives a dossier (status shown, no step deadline). */
const viewOf = (d: DemoDossier) =>
  dossierView({ ...d, stepDueAt: null, url: 'http://x.invalid/', portal: 'x', confirmedOnSystem: false }, NOW, DEFAULT_RULES, 'vi');
const NEEDS_ACTION = new Set<ViewLevel>(['overdue', 'letter-due', 'due-today']);

let h: Harness;
const ext = (path: string) => `chrome-extension://${h.session.extensionId}/${path}`;

/**
 * Messages the worker receives, with the sending page's URL: a listener of the test's own next to
 * the extension's (it answers nothing, so the extension's replies are untouched).
 */
async function listen(): Promise<void> {
  const worker = await h.session.worker();
  await worker.evaluate(() => {
    const g = globalThis as InPage & { __heard?: { type: string; url: string }[] };
    if (g.__heard) return;
    g.__heard = [];
    g.chrome.runtime.onMessage.addListener((m: { type?: string } | null, sender) => {
      g.__heard!.push({ type: String(m?.type), url: sender.url ?? '' });
    });
  });
}
async function heardFrom(host: string): Promise<string[]> {
  const worker = await h.session.worker();
  const heard = await worker.evaluate(() => (globalThis as { __heard?: { type: string; url: string }[] }).__heard ?? null);
  expect(heard, 'the test’s listener in the worker is gone (worker restarted)').not.toBeNull();
  return heard!.filter((m) => new URL(m.url || 'about:blank').host === host).map((m) => m.type);
}

async function waitForChips(page: Page, count: number) {
  await expect
    .poll(async () => {
      const chips = await chipsByRow(page);
      const codes = await codesOnPage(page);
      return chips.size === count && [...codes].every((c) => chips.get(c)?.length === 1);
    }, { timeout: 20_000 })
    .toBe(true);
}

/**
 * The popup as the officer sees it over `page`: opened as a tab here, so `page` is brought back to
 * the front first (the popup asks for the active tab of its window), then the popup loads.
 */
async function popupOver(page: Page): Promise<Page> {
  const popup = await h.session.context.newPage();
  await popup.setViewportSize({ width: 1366, height: 768 });
  await page.bringToFront();
  await popup.goto(ext('popup.html'));
  await popup.locator('.nh-tab').waitFor();
  return popup;
}
const tabLine = (popup: Page) => popup.locator('.nh-tab-text').textContent();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHarness({ now: NOW });
  await listen();
});
afterAll(async () => {
  await h?.close();
});

describe('Nhắc Hạn on portals in no list', () => {
  it('opens the welcome page on install, in Vietnamese, with the legend, the portal families and the privacy promise', async () => {
    await expect.poll(() => h.session.context.pages().map((p) => p.url()), { timeout: 10_000 }).toContain(ext('welcome.html'));
    const welcome = h.session.context.pages().find((p) => p.url() === ext('welcome.html'))!;
    await welcome.setViewportSize({ width: 1366, height: 768 });
    await welcome.locator('h1').waitFor();
    expect(await welcome.locator('h1').textContent()).toBe(t('vi', 'welcome.title'));
    expect(await welcome.locator('.nh-steps li').allTextContents()).toEqual([t('vi', 'welcome.step1'), t('vi', 'welcome.step2'), t('vi', 'welcome.step3')]);
    expect(await welcome.locator('.nh-steps svg[role="img"]').getAttribute('aria-label')).toBe(t('vi', 'welcome.picture'));
    expect(await welcome.locator('.nh-legend .nh-pill').allTextContents()).toEqual([
      'Quá hạn', 'Cần xin lỗi', 'Hôm nay', 'Sắp đến hạn', 'Còn hạn', 'Đã xong, chưa xác nhận', 'Chưa rõ hạn', 'Đã xong',
    ]);
    expect(await welcome.locator('.nh-portals').textContent()).toContain('VNPT iGate');
    expect(await welcome.locator('.nh-privacy').textContent()).toContain('không gửi gì ra ngoài');
    expect(await welcome.locator('.nh-profile a').getAttribute('href')).toBe(ext('options.html#ho-so-don-vi'));
    await welcome.screenshot({ path: `${SHOTS}/welcome.png`, fullPage: true });
    await welcome.close();
  });

  it(`annotates an unseen gov.vn portal (${UNSEEN_GOV_HOST}) and counts it on the badge, with no setting touched`, async () => {
    const page = await h.session.open(`http://${UNSEEN_GOV_HOST}/ho-so/dang-xu-ly`);
    await waitForChips(page, OTHER.size);
    const chips = await chipsByRow(page);
    for (const [code, texts] of chips) expect([code, texts]).toEqual([code, [viewOf(OTHER.get(code)!).label]]);
    const needing = [...OTHER.values()].filter((d) => NEEDS_ACTION.has(viewOf(d).level)).length;
    expect(needing).toBeGreaterThan(0);
    await expect.poll(() => h.session.badgeText()).toBe(String(needing));
    expect(await heardFrom(UNSEEN_GOV_HOST)).toEqual(expect.arrayContaining(['nhac-han:start-annotator', 'recognized']));

    const popup = await popupOver(page);
    await expect.poll(() => tabLine(popup)).toBe(`Trang này: ${OTHER.size} hồ sơ (Bảng hồ sơ)`);
    await popup.screenshot({ path: `${SHOTS}/popup-list.png` });
    // The tab's tooltip says the same, above the overall count.
    const tabId = await popup.evaluate(async () => (await (globalThis as InPage).chrome.tabs.query({ active: true, currentWindow: true }))[0]!.id!);
    const worker = await h.session.worker();
    const title = await worker.evaluate((id) => (globalThis as InPage).chrome.action.getTitle({ tabId: id }), tabId);
    expect(title.split('\n')[0]).toBe(`Trang này: ${OTHER.size} hồ sơ (Bảng hồ sơ)`);
    await popup.close();
    await page.close();
  });

  it('says which page of an iGate list it saw', async () => {
    const page = await h.session.open(`http://${DEMO_HOSTS.igate}/vi/dossier/processing`);
    await expect.poll(() => page.locator('[data-nhac-han]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const rows = await page.locator('[data-nhac-han]').count();
    const popup = await popupOver(page);
    await expect.poll(() => tabLine(popup)).toMatch(new RegExp(`^Trang này: ${rows} hồ sơ \\(VNPT iGate\\), đã thấy trang 1/\\d+$`));
    await popup.close();
    await page.close();
  });

  it('leaves a large gov.vn news page alone: the bootstrap checked, then no node and no message', async () => {
    const page = await h.session.context.newPage();
    const checked = new Promise<void>((resolve) =>
      page.on('console', (m) => m.text() === '[Nhắc Hạn] bootstrap: not a dossier list' && resolve()),
    );
    await page.goto(`http://${NEWS_GOV_HOST}/`);
    await checked;
    // The DOM is exactly what the server sent, parsed again here without any script.
    const same = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        elements: [document.getElementsByTagName('*').length, parsed.getElementsByTagName('*').length],
        equal: document.documentElement.outerHTML === parsed.documentElement.outerHTML,
      };
    });
    expect(same.elements[0]).toBeGreaterThan(2500);
    expect(same).toEqual({ elements: [same.elements[1], same.elements[1]], equal: true });
    expect(await heardFrom(NEWS_GOV_HOST)).toEqual([]);

    const popup = await popupOver(page);
    await expect.poll(() => tabLine(popup)).toBe('Trang này không có danh sách hồ sơ');
    await popup.close();
    // Still nothing after the popup asked about the tab (it asks the worker, not the page).
    expect(await heardFrom(NEWS_GOV_HOST)).toEqual([]);
    await page.close();
  });

  it('says when it sees dossiers but no appointment column, and links to help', async () => {
    const page = await h.session.open(`http://${UNSEEN_GOV_HOST}/ho-so/khong-co-han`);
    await expect.poll(() => page.locator('[data-nhac-han]').count(), { timeout: 20_000 }).toBe(20);
    const popup = await popupOver(page);
    await expect.poll(() => tabLine(popup)).toBe('Thấy 20 hồ sơ nhưng không đọc được cột ngày hẹn trả');
    expect(await popup.locator('.nh-tab-more').first().textContent()).toContain('“Ngày hẹn trả”');
    // Or the officer shows Nhắc Hạn the column (issue 18).
    expect(await popup.getByRole('button', { name: 'Chỉ cho Nhắc Hạn cách đọc trang này' }).count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/popup-due-missing.png` });
    await popup.getByRole('button', { name: 'Xem hướng dẫn' }).click();
    await expect.poll(() => h.session.context.pages().map((p) => p.url())).toContain(ext('welcome.html#cot-ngay-hen'));
    await h.session.context.pages().find((p) => p.url() === ext('welcome.html#cot-ngay-hen'))!.close();
    await page.close();
  });

  it(`enables a portal outside gov.vn (${OUTSIDE}) from the popup: Bật, permission, chips on the open tab without a reload`, async () => {
    const page = await h.session.open(`http://${OUTSIDE}/ho-so/dang-xu-ly`);
    await page.evaluate(() => ((window as Window & { __sameDocument?: number }).__sameDocument = 1));
    const popup = await popupOver(page);
    await expect.poll(() => tabLine(popup)).toBe('Chưa bật trên trang này:');
    expect(await page.locator('[data-nhac-han], nhac-han-chip').count()).toBe(0);
    await popup.screenshot({ path: `${SHOTS}/popup-off.png` });

    await popup.getByRole('button', { name: 'Bật' }).click();
    await waitForChips(page, OTHER.size);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: number }).__sameDocument)).toBe(1);
    await expect.poll(() => tabLine(popup)).toBe(`Trang này: ${OTHER.size} hồ sơ (Bảng hồ sơ)`);

    // Kept in the settings (listed with Remove there), and registered for the next visit.
    const settings = (await popup.evaluate(() => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'get-settings' }))) as {
      value: { value: { portals: { extraOrigins: string[] } } };
    };
    expect(settings.value.value.portals.extraOrigins).toEqual([`http://${OUTSIDE}`]);
    const scripts = await popup.evaluate(() => (globalThis as InPage).chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((s) => [s.id, s.matches])).toEqual([[`portal:http://${OUTSIDE}`, [`http://${OUTSIDE}/*`]]]);
    await popup.close();
    await page.reload();
    await waitForChips(page, OTHER.size);
    await page.close();
  });
});
