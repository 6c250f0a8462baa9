/**
 * The built userscript in real Chromium, no extension loaded: a minimal GM shim stands in for the
 * manager, the demo portal answers on the real host names, and the page clock is frozen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView, type ViewLevel } from '../../utils/service/views';
import { t } from '../../utils/i18n';
import { DEMO_HOSTS, demoDossierIndex, startDemoPortal } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { chipsByRow, codesOnPage, findChromium, startHarness, waitForScan } from './harness';
import { SIGNER, captureClipboard, downloadedText, expectedLines, linesFound, newDateOf, storedBodies } from './letter-text';

const USERSCRIPT = resolve('.output/userscript/nhac-han.user.js');
/** Wednesday 18/11/2026 10:00 in Vietnam, as in extension.e2e.ts. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const DOSSIERS = demoDossierIndex(generateDossiers({ now: NOW }));
/** The userscript's database (userscript/main.tsx), in the portal's origin. */
const USERSCRIPT_DB = 'nhac-han-userscript';
const REASON = 'Chờ ý kiến thẩm định của Sở Xây dựng.';
const EDITED = 'Chúng tôi chân thành xin lỗi Ông/Bà và sẽ báo ngay khi có kết quả.';
const NEEDS_ACTION = new Set<ViewLevel>(['overdue', 'letter-due', 'due-today']);

interface Shown {
  step: boolean;
  status: boolean;
}

/** The engine's view of a dossier, given what the flavour's list shows of it (as for the extension). */
function expectedView(d: DemoDossier, shown: Shown) {
  const record = { ...d, stepDueAt: shown.step ? d.stepDueAt : null, status: shown.status ? d.status : ('unknown' as const), url: 'http://x.invalid/', portal: 'x' };
  return dossierView(record, NOW, DEFAULT_RULES, 'vi');
}

/** The manager's API as Tampermonkey gives it (`GM_*`), recording notifications. */
function gmShim() {
  const w = window as unknown as Record<string, unknown> & { __notes: unknown[]; __values: Record<string, unknown> };
  w.__notes = [];
  w.__values = {};
  w.GM_getValue = (key: string, fallback?: unknown) => (key in w.__values ? w.__values[key] : fallback);
  w.GM_setValue = (key: string, value: unknown) => void (w.__values[key] = JSON.parse(JSON.stringify(value)));
  w.GM_notification = (details: { title: string; text: string }) => void w.__notes.push({ title: details.title, text: details.text });
}

/** The unit's signer, written where the userscript keeps its settings (there is no options page). */
async function setSigner(page: Page, signerName: string) {
  await page.evaluate(
    ([name, signer]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'main', value: { letter: { profile: { signerName: signer } } } });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    [USERSCRIPT_DB, signerName] as const,
  );
}

async function waitForChips(page: Page) {
  await expect
    .poll(async () => {
      const codes = await codesOnPage(page);
      const chips = await chipsByRow(page);
      return codes.size > 0 && [...codes].every((c) => chips.get(c)?.length === 1);
    }, { timeout: 15_000 })
    .toBe(true);
}

let browser: Browser;
let context: BrowserContext;
let portal: Awaited<ReturnType<typeof startDemoPortal>>;

/** A fresh profile (its own IndexedDB) with the GM shim and the frozen clock. */
async function userscriptContext(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.clock.setFixedTime(NOW);
  await ctx.addInitScript(gmShim);
  return ctx;
}

beforeAll(async () => {
  if (!existsSync(USERSCRIPT)) throw new Error('Chưa có bản dựng userscript: chạy `npm run build:userscript`');
  portal = await startDemoPortal({ port: 0, now: NOW });
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [`--host-resolver-rules=MAP * 127.0.0.1:${portal.port}`, '--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  context = await userscriptContext();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** Opens a portal page and injects the userscript the way a manager does at document-idle. */
async function openWithUserscript(url: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.warn('[page error]', e.message));
  await page.goto(url);
  await page.addScriptTag({ path: USERSCRIPT });
  return page;
}

describe('Nhắc Hạn userscript in Chromium', () => {
  it('is one file that opens with its metadata block', () => {
    const source = readFileSync(USERSCRIPT, 'utf8');
    expect(source.startsWith('// ==UserScript==\n')).toBe(true);
    expect(readFileSync(resolve('.output/userscript/nhac-han.meta.js'), 'utf8')).toBe(source.slice(0, source.indexOf('// ==/UserScript==') + 19));
  });

  it.each([
    ['iGate SPA', `http://${DEMO_HOSTS.igate}/vi/dossier/processing`, { step: true, status: true }],
    ['antd (.NET/React)', `http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`, { step: true, status: true }],
    ['e-PAR (PHP)', `http://${DEMO_HOSTS.epar}/motcua/hoso_danhsach.php`, { step: false, status: false }],
    ['plain table', `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, { step: false, status: true }],
  ])('puts the extension’s chip on every dossier row of the %s list and counts them in the title', async (_name, url, shown) => {
    const page = await openWithUserscript(url);
    await waitForChips(page);
    const chips = await chipsByRow(page);
    expect([...chips.keys()].sort()).toEqual([...(await codesOnPage(page))].sort());
    for (const [code, texts] of chips) expect([code, texts]).toEqual([code, [expectedView(DOSSIERS.get(code)!, shown).label]]);
    const needing = [...chips.keys()].filter((c) => NEEDS_ACTION.has(expectedView(DOSSIERS.get(c)!, shown).level)).length;
    expect(needing).toBeGreaterThan(0);
    await expect.poll(() => page.title()).toMatch(new RegExp(`^\\(${needing}\\) `));
    await expect.poll(() => page.locator('link[data-nhac-han-icon]').getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    await page.close();
  });

  it('leaves a statistics report without chips', async () => {
    const page = await openWithUserscript(`http://${DEMO_HOSTS.plain}/thong-ke`);
    const before = await page.title();
    await waitForScan(page); // the userscript has read the page, and found nothing on it
    expect(await page.locator('nhac-han-chip, [data-nhac-han]').count()).toBe(0);
    // The plain host's database already holds the list page's dossiers: the count is per portal.
    expect(await page.title()).toMatch(new RegExp(`^(\\(\\d+\\) )?${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.close();
  });

  it('notifies through GM_notification for the same events as the extension', async () => {
    const page = await openWithUserscript(`http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`);
    await waitForChips(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __notes: unknown[] }).__notes.length)).toBeGreaterThan(0);
    const notes = await page.evaluate(() => (window as unknown as { __notes: { title: string }[] }).__notes);
    // More than three events at once are summed up, as in the extension (notify-plan.ts).
    expect(notes.map((n) => n.title)).toContain(t('vi', 'notify.digest.title'));
    await page.close();
  });

  it('opens the panel with the dossiers grouped by urgency', async () => {
    const page = await openWithUserscript(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`);
    await waitForChips(page);
    const toggle = page.locator('nhac-han-panel .nh-dock-toggle');
    await expect.poll(() => toggle.textContent()).toMatch(/^Nhắc Hạn: \d+ hồ sơ cần xử lý$/);
    await toggle.click();
    await page.locator('nhac-han-panel .nh-item').first().waitFor();
    const levels = (await page.locator('nhac-han-panel .nh-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')!))) as ViewLevel[];
    // Today's actions first: a letter due today (components/DossierList/rows.ts).
    expect(levels[0]).toBe('letter-due');
    expect((await page.locator('nhac-han-panel .nh-group').allTextContents())[0]).toMatch(/^Cần thư xin lỗi hôm nay \(\d+\)$/);
    await toggle.click();
    expect(await page.locator('nhac-han-panel .nh-item').count()).toBe(0);
    await page.close();
  });

  it('drafts the apology letter in a dialog, with the officer’s edit in the copied text, the DOCX and the page’s register', async () => {
    const page = await openWithUserscript(`http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`);
    await waitForChips(page);
    await setSigner(page, SIGNER);
    const key = (await page.locator('[data-nhac-han]').filter({ has: page.locator('nhac-han-chip [data-level="letter-due"]') }).first().getAttribute('data-nhac-han'))!;
    const code = key.split('|')[1]!;
    const row = page.locator(`[data-nhac-han="${key}"]`);
    await row.locator('nhac-han-chip .nh-chip').click();
    await row.locator('nhac-han-chip .nh-menu button').first().click();
    const dialog = page.locator('nhac-han-letter dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h1').textContent()).toContain(code);
    const preview = dialog.frameLocator('iframe');
    await expect.poll(() => preview.locator('body').textContent()).toContain(code);

    await dialog.locator('textarea[name="reason"]').fill(REASON);
    const newDate = await newDateOf(dialog);
    const apology = preview.locator('[data-edit="body:apology"]');
    await apology.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(EDITED);
    expect(await apology.textContent()).toBe(EDITED);
    // The apology paragraph follows the reason.
    const wanted = expectedLines(DOSSIERS.get(code)!, REASON, newDate).flatMap((l) => (l.startsWith('Lý do: ') ? [l, EDITED] : [l]));

    const copied = await captureClipboard(page);
    await dialog.getByRole('button', { name: t('vi', 'letter.copy') }).click();
    await expect.poll(copied).toBeTypeOf('string');
    await dialog.getByRole('button', { name: t('vi', 'letter.record') }).click();
    await expect.poll(() => dialog.locator('[role="status"]').first().textContent()).toMatch(/^Đã ghi sổ thư số 1/);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: t('vi', 'letter.docx') }).click()]);
    expect(download.suggestedFilename()).toBe(`thu-xin-loi-${code}.docx`);
    const outputs = { text: (await copied())!, docx: await downloadedText(download), body: (await storedBodies(page, USERSCRIPT_DB))[code] ?? '' };
    expect(Object.fromEntries(Object.entries(outputs).map(([name, text]) => [name, linesFound(text, wanted)]))).toEqual({ text: wanted, docx: wanted, body: wanted });
    expect(outputs.docx).toContain('Số: 1/PXL');

    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => page.locator('nhac-han-letter').count()).toBe(0);
    // The new appointment ends the "letter due" state of that dossier's chip.
    await expect.poll(() => row.locator('nhac-han-chip .nh-chip').getAttribute('data-level')).not.toBe('letter-due');
    await page.close();
  });
});

describe('userscript beside the extension', () => {
  it.each([
    ['antd (.NET/React)', `http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`],
    ['plain table', `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`],
  ])('shows the same chips on the %s list and the same count as the extension’s badge', async (_name, url) => {
    const extension = await startHarness({ now: NOW });
    try {
      const page = await extension.session.open(url);
      await waitForChips(page);
      const fromExtension = await chipsByRow(page);
      const badge = await extension.session.badgeText();
      const fresh = await userscriptContext();
      const fromUserscript = await openWithUserscript(url, fresh);
      await waitForChips(fromUserscript);
      expect(await chipsByRow(fromUserscript)).toEqual(fromExtension);
      expect(badge).toMatch(/^\d+$/);
      await expect.poll(() => fromUserscript.title()).toMatch(new RegExp(`^\\(${badge}\\) `));
      await fresh.close();
    } finally {
      await extension.close();
    }
  });
});
