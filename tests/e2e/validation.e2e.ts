/**
 * One bad record never hides a list (issue 12 §2): the iGate list's own search response carries a
 * 10,000-character applicant (a citizen can type that into an online form) and a malformed code.
 * Every other row still gets its chip, the badge counts them, and the worker says what it left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView } from '../../utils/service/views';
import type { StoredDossier } from '../../utils/store';
import { vnEpoch } from '../../utils/time/vn-time';
import { DEMO_HOSTS, demoDossierIndex, dossiersOf, igateSearch } from '../../scripts/demo-portal';
import { generateDossiers } from '../../scripts/demo-portal/dossiers';
import { chipsByRow, codesOnPage, startHarness, type Harness, type InPage } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const DOSSIERS = demoDossierIndex(generateDossiers({ now: NOW }));
const LIST = `http://${DEMO_HOSTS.igate}/vi/dossier/processing`;
/** A name with an address pasted after it, over and over: 10,000 characters that wrap like text. */
const LONG_NAME = 'Nguyễn Văn A, thôn Nà Chang, xã Bạch Đích, tỉnh Tuyên Quang; '.repeat(200).slice(0, 10_000);

interface SearchItem {
  code: string;
  nationCode: string;
  applicant: { data: { fullname: string } };
}

let h: Harness;
/** Codes the test broke in the portal's response: [long applicant, malformed code]. */
let longCode = '';
let brokenCode = '';

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  // The demo portal's own answer (Playwright's fetch does not go through the browser's host mapping), then broken.
  await h.session.context.route('**/pa/dossier/search**', async (route) => {
    const query = new URL(route.request().url()).searchParams;
    const json = igateSearch(dossiersOf('igate', generateDossiers({ now: NOW })), query) as unknown as { content: SearchItem[] };
    const [, long, , broken] = json.content;
    if (long && broken) {
      longCode = long.code;
      long.applicant.data.fullname = LONG_NAME;
      brokenCode = broken.code;
      // Over the 100-character limit of a code: the record's key is unusable.
      broken.code = broken.nationCode = `${broken.code}${'9'.repeat(200)}`;
    }
    await route.fulfill({ json });
  });
});
afterAll(async () => {
  await h?.close();
});

async function send(page: Page, message: object): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate((m) => (globalThis as InPage).chrome.runtime.sendMessage(m), message);
}

describe('a list with one over-long field and one malformed code', () => {
  it('still gets a chip on every other row, the right badge, and the long name stored cut', async () => {
    const page = await h.session.open(LIST);
    await expect.poll(async () => (await codesOnPage(page)).size, { timeout: 15_000 }).toBeGreaterThan(10);
    const codes = await codesOnPage(page);
    expect(codes.has(longCode)).toBe(true);
    // The broken row shows a code no recognizer accepts, so it is the one row without a chip.
    expect(codes.has(brokenCode)).toBe(false);
    expect(await page.locator('.mat-mdc-row').count()).toBe(codes.size + 1);

    const expected = new Map([...codes].map((c) => [c, [dossierView({ ...DOSSIERS.get(c)!, url: 'http://x.invalid/', portal: 'igate' }, NOW, DEFAULT_RULES, 'vi').label]]));
    await expect.poll(async () => chipsByRow(page), { timeout: 15_000 }).toEqual(expected);

    const needsAction = [...codes].filter((c) => {
      const level = dossierView({ ...DOSSIERS.get(c)!, url: 'http://x.invalid/', portal: 'igate' }, NOW, DEFAULT_RULES, 'vi').level;
      return level === 'overdue' || level === 'letter-due' || level === 'due-today';
    }).length;
    expect(needsAction).toBeGreaterThan(0);
    await expect.poll(() => h.session.badgeText()).toBe(String(needsAction));

    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    const stored = (await send(popup, { type: 'get-dossiers' })).value as StoredDossier[];
    expect(stored.map((d) => d.code).sort()).toEqual([...codes].sort());
    const long = stored.find((d) => d.code === longCode)!;
    expect(long.applicant).toBe(`${LONG_NAME.slice(0, 1_999)}…`);
    await popup.close();
    await page.close();
  });

  it('answers what it left out and what it cut, and stores the rest', async () => {
    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    const record = (code: string, patch: object = {}) => ({
      code,
      procedure: 'Cấp giấy phép xây dựng',
      applicant: 'Trần Thị B',
      receivedAt: '2026-11-16T08:00:00+07:00',
      dueAt: '2026-11-20T17:00:00+07:00',
      stepDueAt: null,
      status: 'processing',
      statusText: 'Đang xử lý',
      handler: null,
      url: LIST,
      portal: 'igate',
      ...patch,
    });
    const reply = await send(popup, {
      type: 'recognized',
      portal: 'igate',
      url: LIST,
      coverage: 'partial',
      records: [record('000.00.53.H24-261116-7001', { applicant: LONG_NAME }), record(''), record('000.00.53.H24-261116-7002')],
    });
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({
      inserted: 2,
      dropped: 1,
      problems: ['records[0].applicant: dài 10000 ký tự, đã cắt còn 2000', 'records[1] (mã ""): bỏ qua (records[1].code: không được để trống)'],
    });
    // The rows the store took, with the name it cut: what the page's chips are computed from.
    const stored = (reply.value as { stored: Record<string, { applicant?: string }> }).stored;
    expect(Object.keys(stored).sort()).toEqual(['igate|000.00.53.H24-261116-7001', 'igate|000.00.53.H24-261116-7002']);
    expect(stored['igate|000.00.53.H24-261116-7001']!.applicant).toHaveLength(2_000);
    await popup.close();
  });
});
