/**
 * Issue 12 §1: what leaves the letter page (`letter.html?portal=…&code=…`) is the whole letter the
 * preview shows, officer's edits included: the Word file from "Tải DOCX" (unzipped), the text from
 * "Sao chép văn bản" and the body recorded in the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS, dossiersOf } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { startHarness, type Harness, type InPage } from './harness';
import { SIGNER, captureClipboard, downloadedText, expectedLines, linesFound, newDateOf, storedBodies } from './letter-text';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`;
const REASON = 'Chờ văn bản trả lời của Chi cục Thuế khu vực về nghĩa vụ tài chính.';
const APOLOGY = 'Cơ quan chúng tôi thành thật xin lỗi Ông/Bà vì sự chậm trễ này và mong Ông/Bà thông cảm.';
const EDITED = 'Chúng tôi chân thành xin lỗi Ông/Bà và sẽ báo ngay khi có kết quả.';

let h: Harness;
let portalId: string;
/** Open dossiers of the plain list, as the generator made them (the plain list keeps its codes). */
const OPEN = dossiersOf('plain', generateDossiers({ now: NOW })).filter((d) => d.status !== 'done' && d.applicant && d.procedure);

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  const list = await h.session.open(LIST);
  await list.locator('[data-nhac-han]').first().waitFor({ timeout: 15_000 });
  portalId = (await list.locator('[data-nhac-han]').first().getAttribute('data-nhac-han'))!.split('|')[0]!;
  await list.close();
  const page = await h.session.open(`chrome-extension://${h.session.extensionId}/letter.html?view=register`);
  const reply = await page.evaluate(
    (signerName) => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'save-settings', patch: { letter: { profile: { signerName } } } }),
    SIGNER,
  );
  expect(reply).toMatchObject({ ok: true });
  await page.close();
});
afterAll(async () => {
  await h?.close();
});

async function openLetter(d: DemoDossier): Promise<Page> {
  const page = await h.session.open(`chrome-extension://${h.session.extensionId}/letter.html?portal=${encodeURIComponent(portalId)}&code=${encodeURIComponent(d.code)}`);
  await expect.poll(() => page.frameLocator('iframe.nh-letter-preview').locator('body').textContent()).toContain(d.code);
  return page;
}

/** The three outputs of the page: the DOCX, the copied text, then (after "Ghi sổ") the register's body. */
async function outputs(page: Page, d: DemoDossier) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
  expect(download.suggestedFilename()).toBe(`thu-xin-loi-${d.code}.docx`);
  const docx = await downloadedText(download);
  const copied = await captureClipboard(page);
  await page.getByRole('button', { name: 'Sao chép văn bản' }).click();
  await expect.poll(copied).toBeTypeOf('string');
  const text = (await copied())!;
  await page.getByRole('button', { name: 'Ghi sổ và đặt ngày hẹn mới' }).click();
  await expect.poll(() => page.getByTestId('letter-number').count()).toBe(1);
  const body = (await storedBodies(page, 'nhac-han'))[d.code] ?? '';
  return { docx, text, body };
}

/** Per output, the wanted lines it holds, in its order. */
const found = (out: Record<string, string>, wanted: readonly string[]) =>
  Object.fromEntries(Object.entries(out).map(([name, text]) => [name, linesFound(text, wanted)]));

describe('letter page outputs', () => {
  it('shows the letter beside the form on a 1366×768 screen', async () => {
    const page = await openLetter(OPEN[2]!);
    await page.setViewportSize({ width: 1366, height: 768 });
    const form = (await page.locator('form.nh-letter-form').boundingBox())!;
    const preview = (await page.locator('iframe.nh-letter-preview').boundingBox())!;
    // Side by side, the sheet on the first screen and not cut at the right edge.
    expect(preview.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(preview.y).toBeLessThan(150);
    expect(preview.x + preview.width).toBeLessThanOrEqual(1366);
    // Scrolled down to the buttons, the letter stays in view.
    await page.getByRole('button', { name: 'Sao chép văn bản' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const scrolled = (await page.locator('iframe.nh-letter-preview').boundingBox())!;
    expect([scrolled.y >= 0, scrolled.y + scrolled.height <= 768]).toEqual([true, true]);
    // The A4 sheet fits the frame's width: no sideways scrolling to read the letter.
    const sheet = page.frameLocator('iframe.nh-letter-preview').locator('html');
    expect(await sheet.evaluate((el) => [el.scrollWidth <= el.clientWidth, el.clientWidth])).toEqual([true, expect.any(Number)]);
    await page.close();
  });

  it('puts the salutation and the whole body in the DOCX, the copied text and the register', async () => {
    const d = OPEN[0]!;
    const page = await openLetter(d);
    await page.locator('textarea[name="reason"]').fill(REASON);
    const newDate = await newDateOf(page);
    const wanted = expectedLines(d, REASON, newDate);
    const out = await outputs(page, d);
    expect(found(out, wanted)).toEqual({ docx: wanted, text: wanted, body: wanted });
    expect(found(out, [APOLOGY])).toEqual({ docx: [APOLOGY], text: [APOLOGY], body: [APOLOGY] });
    await page.close();
  });

  it('carries a sentence the officer rewrote in the preview into all three', async () => {
    const d = OPEN[1]!;
    const page = await openLetter(d);
    await page.locator('textarea[name="reason"]').fill(REASON);
    const newDate = await newDateOf(page);
    const apology = page.frameLocator('iframe.nh-letter-preview').locator('[data-edit="body:apology"]');
    expect(await apology.getAttribute('contenteditable')).toBe('true');
    await apology.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(EDITED);
    expect(await apology.textContent()).toBe(EDITED);
    // The apology paragraph follows the reason.
    const wanted = expectedLines(d, REASON, newDate).flatMap((l) => (l.startsWith('Lý do: ') ? [l, EDITED] : [l]));
    const out = await outputs(page, d);
    expect(found(out, wanted)).toEqual({ docx: wanted, text: wanted, body: wanted });
    expect(found(out, [APOLOGY])).toEqual({ docx: [], text: [], body: [] });
    await page.close();
  });
});
