import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView, levelIndex, type ViewLevel } from '../../utils/extension/views';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const DOSSIERS = new Map(generateDossiers({ now: NOW }).map((d) => [d.code, d]));
const CODE_RE = /\b(?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,2}){1,2})-\d{6}-\d{4,6}\b/g;

interface Shown {
  step: boolean;
  status: boolean;
}

/** The chip a dossier must get, from the engine, given what the flavour's list shows of it. */
function expectedView(d: DemoDossier, shown: Shown) {
  const record = {
    ...d,
    stepDueAt: shown.step ? d.stepDueAt : null,
    status: shown.status ? d.status : ('unknown' as const),
    url: 'http://x.invalid/',
    portal: 'x',
  };
  return dossierView(record, NOW, DEFAULT_RULES, 'vi');
}

const expectedLabel = (d: DemoDossier, shown: Shown) => expectedView(d, shown).label;
const levelOf = (d: DemoDossier, shown: Shown) => expectedView(d, shown).level;

/** Code of each marked row with the texts of the chips inside it (exactly one expected). */
async function chipsByRow(page: Page): Promise<Map<string, string[]>> {
  const rows = await page.locator('[data-nhac-han]').evaluateAll((els) =>
    els.map((row) => [
      row.getAttribute('data-nhac-han')!.split('|')[1]!,
      [...row.querySelectorAll('nhac-han-chip')].map((host) => host.shadowRoot?.querySelector('.nh-chip')?.textContent ?? ''),
    ]),
  );
  return new Map(rows as [string, string[]][]);
}

async function codesOnPage(page: Page): Promise<Set<string>> {
  return new Set((await page.locator('body').innerText()).match(CODE_RE) ?? []);
}

/** Waits until every dossier code on the page has its row marked (the chips follow in the same pass). */
async function waitForChips(page: Page, count?: number) {
  await expect
    .poll(async () => {
      const codes = await codesOnPage(page);
      const chips = await chipsByRow(page);
      return codes.size > 0 && [...codes].every((c) => chips.get(c)?.length === 1) && (count === undefined || chips.size === count);
    }, { timeout: 15_000 })
    .toBe(true);
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
});
afterAll(async () => {
  await h?.close();
});

describe('Nhắc Hạn in Chromium', () => {
  it('shows the badge count of the plain list at the fixed clock', async () => {
    const page = await h.session.open(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`);
    await waitForChips(page);
    const needsAction = new Set<ViewLevel>(['overdue', 'letter-due', 'due-today']);
    const codes = await codesOnPage(page);
    const expected = [...codes].filter((c) => {
      const d = DOSSIERS.get(c)!;
      return needsAction.has(levelOf(d, { step: false, status: true }));
    }).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => h.session.badgeText()).toBe(String(expected));
    await page.close();
  });

  it.each([
    ['iGate SPA', `http://${DEMO_HOSTS.igate}/vi/dossier/processing`, { step: true, status: true }],
    ['antd (.NET/React)', `http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`, { step: true, status: true }],
    // STT | Mã hồ sơ | Người đăng ký | Ngày tiếp nhận | Ngày hẹn trả | Cán bộ thụ lý: no status column.
    ['e-PAR (PHP)', `http://${DEMO_HOSTS.epar}/motcua/hoso_danhsach.php`, { step: false, status: false }],
    ['plain table', `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, { step: false, status: true }],
  ])('puts one chip with the engine’s countdown on every dossier row of the %s list', async (_name, url, shown) => {
    const page = await h.session.open(url);
    await waitForChips(page);
    const chips = await chipsByRow(page);
    for (const [code, texts] of chips) expect([code, texts]).toEqual([code, [expectedLabel(DOSSIERS.get(code)!, shown)]]);
    await page.close();
  });

  it.each([
    ['a statistics report', `http://${DEMO_HOSTS.plain}/thong-ke`],
    ['a login page', `http://${DEMO_HOSTS.plain}/dang-nhap`],
  ])('leaves %s alone', async (_name, url) => {
    const page = await h.session.open(url);
    await page.waitForTimeout(1500);
    expect(await page.locator('nhac-han-chip, [data-nhac-han]').count()).toBe(0);
    await page.close();
  });

  it('re-annotates after an SPA route change and a page change without duplicates', async () => {
    const page = await h.session.open(`http://${DEMO_HOSTS.igate}/vi/dossier/processing`);
    await waitForChips(page);
    const firstPage = await codesOnPage(page);
    // The page-world listener of the portal's own list responses was injected once.
    expect(await page.evaluate(() => (window as Window & { __nhacHanIgate?: true }).__nhacHanIgate)).toBe(true);

    await page.getByRole('link', { name: 'Chờ bổ sung' }).click();
    await expect.poll(() => page.url()).toContain('/vi/dossier/supplement');
    await waitForChips(page);
    const supplement = await codesOnPage(page);
    expect([...supplement].every((c) => DOSSIERS.get(c)!.status === 'supplement')).toBe(true);
    expect(await page.locator('nhac-han-chip').count()).toBe(supplement.size);

    await page.getByRole('link', { name: 'Đang xử lý' }).click();
    await waitForChips(page);
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await expect.poll(async () => [...(await codesOnPage(page))].some((c) => firstPage.has(c))).toBe(false);
    await waitForChips(page);
    expect(await page.locator('nhac-han-chip').count()).toBe((await codesOnPage(page)).size);
    await page.close();
  });

  it('lists the dossiers in the popup by urgency', async () => {
    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    await popup.locator('.nh-item').first().waitFor();
    const levels = () => popup.locator('.nh-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')!)) as Promise<ViewLevel[]>;
    const top = await levels();
    expect(top[0]).toBe('overdue');
    expect(top.every((l, i) => i === 0 || levelIndex(top[i - 1]!) <= levelIndex(l))).toBe(true);
    const groups = await popup.locator('.nh-group').allTextContents();
    expect(groups[0]).toMatch(/^Quá hạn \(\d+\)$/);

    await popup.locator('.nh-list').focus();
    await popup.keyboard.press('End');
    await expect.poll(async () => (await levels()).at(-1)).toMatch(/^(ok|done-unconfirmed|unknown)$/);
    const bottom = await levels();
    expect(bottom.every((l, i) => i === 0 || levelIndex(bottom[i - 1]!) <= levelIndex(l))).toBe(true);
    await popup.close();
  });

  it('keeps the data across a browser restart (same profile)', async () => {
    const before = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    const count = await before.locator('.nh-count').textContent();
    expect(count).toMatch(/^\d+\/\d+ hồ sơ$/);
    await h.restart();
    const after = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    await expect.poll(() => after.locator('.nh-count').textContent()).toBe(count);
    await after.close();
  });

  it('renders hostile dossier text as text: no dialog, no injected element', async () => {
    const plainList = await h.session.open(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`);
    await waitForChips(plainList);
    await plainList.close();
    const dialogs: string[] = [];
    h.session.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    const page = await h.session.open(`http://${DEMO_HOSTS.hostile}/ho-so/dang-xu-ly`);
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    await waitForChips(page);
    const chip = page.locator('nhac-han-chip .nh-chip').first();
    await chip.click();
    const details = page.locator('nhac-han-chip .nh-details').first();
    await expect.poll(() => details.textContent()).toContain('Trạng thái:');
    expect(await page.locator('nhac-han-chip img, nhac-han-chip script').count()).toBe(0);

    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    await popup.locator('.nh-search').fill('onerror');
    await expect.poll(() => popup.locator('.nh-item').count()).toBeGreaterThan(0);
    expect(await popup.locator('.nh-sub').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('.nh-list img, .nh-list script').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);

    // The hostile list is a portal of its own: the plain list read earlier is still all "seen".
    const stored = (await popup.evaluate(() => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'get-dossiers' }))) as {
      value: { code: string; unseenSince: string | null }[];
    };
    const plain = stored.value.filter((d) => DOSSIERS.has(d.code));
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((d) => d.unseenSince !== null).map((d) => d.code)).toEqual([]);
  });

  it('renders 5,000 dossiers in the popup with only the rows in view in the DOM', async () => {
    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    const records = Array.from({ length: 5000 }, (_, i) => ({
      ...DOSSIERS.values().next().value!,
      code: `G22.99.08-261118-${String(i).padStart(6, '0')}`,
      dueAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T17:00:00+07:00`,
      url: `http://${DEMO_HOSTS.antd}/ho-so/${i}`,
      portal: 'bulk',
    }));
    const reply = await popup.evaluate(
      (message) => (globalThis as InPage).chrome.runtime.sendMessage(message),
      { type: 'recognized', portal: 'bulk', url: `http://${DEMO_HOSTS.antd}/ho-so/`, coverage: 'partial', records },
    );
    expect(reply).toMatchObject({ ok: true });
    const started = Date.now();
    await popup.reload();
    await popup.locator('.nh-item').first().waitFor();
    const firstPaintMs = Date.now() - started;
    expect(await popup.locator('.nh-count').textContent()).toMatch(/^5\d{3}\/5\d{3} hồ sơ$/);
    expect(await popup.locator('.nh-item').count()).toBeLessThan(40);
    await popup.locator('.nh-list').focus();
    const jump = Date.now();
    await popup.keyboard.press('End');
    // The last row is selected and scrolled into view, still with only a window of rows in the DOM.
    await expect.poll(() => popup.locator('.nh-list').evaluate((el) => el.scrollTop)).toBeGreaterThan(5000 * 50);
    await expect.poll(() => popup.locator('.nh-item[aria-selected="true"]').count()).toBe(1);
    expect(await popup.locator('.nh-item[aria-selected="true"]').getAttribute('data-code')).toBe(
      await popup.locator('.nh-item').last().getAttribute('data-code'),
    );
    expect(await popup.locator('.nh-item').count()).toBeLessThan(40);
    console.log(`popup with 5,000+ dossiers: first rows after ${firstPaintMs} ms, End after ${Date.now() - jump} ms`);
    expect(firstPaintMs).toBeLessThan(5_000);
    await popup.close();
  });
});
