/**
 * Issue 6 end to end: from a chip on the demo portal to a recorded, numbered letter, the chip's
 * new appointment, the register, the refusal of a second letter, and the popup's letter button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { scrollThrough, startHarness, type Harness, type InPage } from './harness';
import { downloadedText } from './letter-text';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`;
const REASON = 'Chờ văn bản trả lời của Chi cục Thuế khu vực về nghĩa vụ tài chính';
const RECORD = 'Ghi sổ và đặt ngày hẹn mới';

let h: Harness;
let code: string;
let newDate: string;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
});
afterAll(async () => {
  await h?.close();
});

/** The chip of a row (chips live in open shadow roots, which Playwright's CSS pierces). */
const chipOf = (page: Page, dossier: string) => page.locator(`[data-nhac-han$="|${dossier}"] .nh-chip`);

async function openPortal(): Promise<Page> {
  const page = await h.session.open(LIST);
  await expect.poll(() => page.locator('[data-nhac-han] .nh-chip').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await scrollThrough(page);
  return page;
}

describe('apology letter in Chromium', () => {
  it('opens the prefilled letter from a chip, records it with a number and moves the appointment', async () => {
    const portal = await openPortal();
    // A dossier that needs its letter today, as an officer would pick it.
    const levels = await portal.locator('[data-nhac-han]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-nhac-han')!.split('|')[1]!, r.querySelector('nhac-han-chip')?.shadowRoot?.querySelector('.nh-chip')?.getAttribute('data-level')]),
    );
    code = levels.find(([, level]) => level === 'letter-due')?.[0] as string;
    expect(code).toBeDefined();
    await chipOf(portal, code).click();
    const [letter] = await Promise.all([
      h.session.context.waitForEvent('page'),
      portal.locator(`[data-nhac-han$="|${code}"] .nh-menu button`, { hasText: 'Thư xin lỗi' }).click(),
    ]);
    await letter.waitForLoadState();
    expect(letter.url()).toContain(`chrome-extension://${h.session.extensionId}/letter.html?`);
    await expect.poll(() => letter.locator('h1').first().textContent()).toContain(code);

    // Prefilled: a preset reason, the engine's date, the dossier in the preview.
    const reason = letter.locator('textarea[name="reason"]');
    // No reason is preselected (issue 16 §8): the officer states it.
    expect(await reason.inputValue()).toBe('');
    // dd/MM/yyyy whatever the browser's language (issue 16 §4).
    const shownDate = await letter.locator('input[name="newDate"]').inputValue();
    expect(shownDate).toMatch(/^\d{2}\/\d{2}\/2026$/);
    newDate = shownDate.split('/').reverse().join('-');
    const preview = letter.frameLocator('iframe.nh-letter-preview');
    await expect.poll(() => preview.locator('body').textContent()).toContain(code);

    await reason.fill(REASON);
    await expect.poll(() => preview.locator('[data-key="reason"]').textContent()).toContain(REASON);
    await letter.getByRole('button', { name: RECORD }).click();
    await expect.poll(() => letter.getByTestId('letter-number').textContent()).toBe('Số: 1/PXL');
    expect(await letter.locator('.nh-reminder').textContent()).toContain('Cập nhật ngày hẹn mới trên phần mềm một cửa');
    expect(await preview.locator('body').textContent()).toContain('Số: 1/PXL');
    await letter.close();

    // The chip now counts down to the new appointment.
    const [y, m, d] = newDate.split('-');
    await portal.reload();
    await expect.poll(() => chipOf(portal, code).getAttribute('title'), { timeout: 15_000 }).toContain(`Hẹn trả mới theo thư xin lỗi: ${d}/${m}/${y}`);
    await portal.close();
  });

  it('lists the letter in the register of the year', async () => {
    const page = await h.session.open(`chrome-extension://${h.session.extensionId}/letter.html?view=register`);
    const row = page.locator(`tr[data-code="${code}"]`);
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    const [y, m, d] = newDate.split('-');
    expect(cells[0]).toBe('1/PXL');
    expect(cells[1]).toBe('18/11/2026');
    expect(cells[4]).toBe(`${REASON}`);
    expect(cells[5]).toContain(`${d}/${m}/${y}`);
    // The code and the dates each on one line at 1366 px (a split code is misread when copied).
    await page.setViewportSize({ width: 1366, height: 768 });
    const lines = await row.locator('td').evaluateAll((tds) =>
      [1, 2, 5].map((i) => {
        const range = document.createRange();
        range.selectNodeContents(tds[i]!);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1, 1]);
    await page.close();
  });

  it('refuses a second letter for the dossier, in the page and in the store', async () => {
    const portal = await openPortal();
    await chipOf(portal, code).click();
    const [letter] = await Promise.all([
      h.session.context.waitForEvent('page'),
      portal.locator(`[data-nhac-han$="|${code}"] .nh-menu button`, { hasText: 'Thư xin lỗi' }).click(),
    ]);
    await expect.poll(() => letter.getByRole('alert').textContent()).toContain('chỉ được');
    expect(await letter.getByRole('button', { name: RECORD }).count()).toBe(0);
    expect(await letter.getByTestId('letter-number').textContent()).toBe('Số: 1/PXL');
    // Even a hand-made request is refused by the register.
    const reply = await letter.evaluate(
      ([dossier, portalId]) =>
        (globalThis as InPage).chrome.runtime.sendMessage({
          type: 'record-letter',
          letter: { portal: portalId, code: dossier, regime: 'nd118', reason: 'x', newDueAt: '2026-12-30T17:00:00+07:00', issuedAt: '2026-11-18T10:00:00+07:00', issuedBy: '', late: false },
        }),
      [code, (await portal.locator(`[data-nhac-han$="|${code}"]`).getAttribute('data-nhac-han'))!.split('|')[0]!] as const,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('một lần') });
    await letter.close();
    await portal.close();
  });

  it("opens the same letter page from the popup's letter button", async () => {
    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    const button = popup.locator('.nh-actions button', { hasText: 'Thư xin lỗi' });
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1);
    const selected = await popup.locator('.nh-actions').getAttribute('aria-label');
    const [letter] = await Promise.all([h.session.context.waitForEvent('page'), button.click()]);
    await letter.waitForLoadState();
    expect(letter.url()).toContain('/letter.html?');
    expect(new URL(letter.url()).searchParams.get('code')).toBe(selected);
    await expect.poll(() => letter.locator('h1').first().textContent()).toContain(selected!);

    // The Word file is built in the page (docx loaded on demand) and saved through a Blob URL.
    const [download] = await Promise.all([letter.waitForEvent('download'), letter.getByRole('button', { name: 'Tải DOCX' }).click()]);
    expect(download.suggestedFilename()).toBe(`thu-xin-loi-${selected}.docx`);
    // The whole letter is checked in letter-outputs.e2e.ts; here, that it is this dossier's.
    expect(await downloadedText(download)).toContain(`Mã hồ sơ: ${selected}`);
  });
});
