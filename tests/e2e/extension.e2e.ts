import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView, type ViewLevel } from '../../utils/service/views';
import { POPUP_GROUPS, type PopupGroup } from '../../utils/service/popup-groups';
import { t, type Locale } from '../../utils/i18n';
import { readFileSync } from 'node:fs';
import { DEMO_HOSTS, demoDossierIndex, igateSearch } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { vnEpoch } from '../../utils/time/vn-time';
import { chipsByRow, codesOnPage, openLookedAt, startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const DOSSIERS = demoDossierIndex(generateDossiers({ now: NOW }));

/** Dossiers the tests marked "confirmed on the system" (their chips say so from then on). */
const confirmedCodes = new Set<string>();

interface Shown {
  step: boolean;
  status: boolean;
}

/** The chip a dossier must get, from the engine, given what the flavour's list shows of it. */
function expectedView(d: DemoDossier, shown: Shown, locale: Locale = 'vi') {
  const record = {
    ...d,
    stepDueAt: shown.step ? d.stepDueAt : null,
    status: shown.status ? d.status : ('unknown' as const),
    url: 'http://x.invalid/',
    portal: 'x',
    confirmedOnSystem: confirmedCodes.has(d.code),
  };
  return dossierView(record, NOW, DEFAULT_RULES, locale);
}

const expectedLabel = (d: DemoDossier, shown: Shown, locale: Locale = 'vi') => expectedView(d, shown, locale).label;
const levelOf = (d: DemoDossier, shown: Shown) => expectedView(d, shown).level;

/** A message to the background from an extension page (portal pages may send only two types). */
async function send(page: Page, message: object): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate((m) => (globalThis as InPage).chrome.runtime.sendMessage(m), message);
}

/** Ids of the notifications Chromium is showing, read in the service worker. */
async function notificationIds(): Promise<string[]> {
  const worker = await h.session.worker();
  return Object.keys(await worker.evaluate(() => (globalThis as InPage).chrome.notifications.getAll()));
}

/**
 * Waits for the background's queued refreshes: each message's refresh runs after the previous one,
 * so once the refresh of an empty settings change has written its badge, the earlier ones are done too.
 */
async function settled(page: Page) {
  const worker = await h.session.worker();
  await worker.evaluate(() => (globalThis as InPage).chrome.action.setBadgeText({ text: 'wait' }));
  expect(await send(page, { type: 'save-settings', patch: {} })).toMatchObject({ ok: true, value: { ok: true } });
  await expect.poll(() => h.session.badgeText()).not.toBe('wait');
}

async function clearNotifications() {
  const worker = await h.session.worker();
  await worker.evaluate(async () => {
    const { chrome } = globalThis as InPage;
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
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
const popupUrl = () => `chrome-extension://${h.session.extensionId}/popup.html`;
const IGATE_JS = 'scripts/demo-portal/assets/igate.js';

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
    expect([...chips.keys()].sort()).toEqual([...(await codesOnPage(page))].sort());
    for (const [code, texts] of chips) expect([code, texts]).toEqual([code, [expectedLabel(DOSSIERS.get(code)!, shown)]]);
    await page.close();
  });

  it.each([
    ['a statistics report', `http://${DEMO_HOSTS.plain}/thong-ke`],
    ['a login page', `http://${DEMO_HOSTS.plain}/dang-nhap`],
  ])('leaves %s alone', async (_name, url) => {
    // The extension has looked at the page (a positive sign: the bootstrap's verdict or a scan), and found nothing on it.
    const page = await openLookedAt(h.session.context, url);
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
    // The SPA swaps the table after its own request: wait for the new rows, then for their chips.
    await expect.poll(async () => [...(await codesOnPage(page))].every((c) => DOSSIERS.get(c)!.status === 'supplement')).toBe(true);
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
    // Today's actions first (a letter due today), then the overdue, then the rest (components/DossierList/rows.ts).
    const top = await levels();
    expect(top[0]).toBe('letter-due');
    const groups = await popup.locator('.nh-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')! as PopupGroup));
    expect(groups[0]).toBe('letter-due');
    expect(groups.map((g) => POPUP_GROUPS.indexOf(g))).toEqual(groups.map((g) => POPUP_GROUPS.indexOf(g)).sort((a, b) => a - b));
    expect(await popup.locator('.nh-group').first().textContent()).toMatch(new RegExp(`^${t('vi', 'popup.group.letter-due')} \\(\\d+\\)$`));

    await popup.locator('.nh-list').focus();
    await popup.keyboard.press('End');
    // Last: the rest, or overdue dossiers not seen for days folded at the very end ("có thể đã xong").
    await expect.poll(async () => (await levels()).at(-1)).toMatch(/^(ok|done-unconfirmed|unknown|overdue)$/);
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
    // Every page opened from now on, this one and the popup included (one listener each).
    h.session.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
    const page = await h.session.open(`http://${DEMO_HOSTS.hostile}/ho-so/dang-xu-ly`);
    await waitForChips(page);
    const chip = page.locator('nhac-han-chip .nh-chip').first();
    await chip.click();
    const details = page.locator('nhac-han-chip .nh-details').first();
    await expect.poll(() => details.textContent()).toContain('Trạng thái:');
    expect(await page.locator('nhac-han-chip img, nhac-han-chip script').count()).toBe(0);

    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    await popup.locator('.nh-search').fill('onerror');
    await expect.poll(() => popup.locator('.nh-item').count()).toBeGreaterThan(0);
    // Shown as text in the line of the dossier that carries it (the order of the matches follows urgency).
    expect((await popup.locator('.nh-sub').allTextContents()).some((line) => line.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(await popup.locator('.nh-list img, .nh-list script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Control: a dialog that does open is seen, so the empty list above means that none opened.
    await page.evaluate(() => void setTimeout(() => alert('kiểm tra')));
    await expect.poll(() => dialogs).toEqual(['kiểm tra']);

    // The hostile list is a portal of its own: the plain list read earlier is still all "seen".
    const stored = (await popup.evaluate(() => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'get-dossiers' }))) as {
      value: { portal: string; code: string; unseenSince: string | null }[];
    };
    const plain = stored.value.filter((d) => d.portal === 'generic' && DOSSIERS.has(d.code));
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
    // The first screen comes first (aria-busy); End goes to the last dossier once all are in.
    await expect.poll(() => popup.locator('.nh-list').getAttribute('aria-busy')).toBe('false');
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
    // How fast is the bench's question (`npm run bench`, extension pages), never a timed assertion here.
    console.log(`popup with 5,000+ dossiers: first rows after ${firstPaintMs} ms, End after ${Date.now() - jump} ms`);
    await popup.close();
  });
  it('marks a finished dossier confirmed from the chip menu; the popup no longer lists it as not confirmed', async () => {
    const page = await h.session.open(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`);
    await waitForChips(page);
    const unconfirmed = page.locator('[data-nhac-han]').filter({ has: page.locator('.nh-chip[data-level="done-unconfirmed"]') });
    const code = (await unconfirmed.first().getAttribute('data-nhac-han'))!.split('|')[1]!;
    const row = page.locator(`[data-nhac-han="generic|${code}"]`);
    expect(DOSSIERS.get(code)!.status).toBe('done');

    // Every demo flavour lists the same codes: the portal's host picks this one.
    const query = `${code} ${DEMO_HOSTS.plain}`;
    const popup = await h.session.open(popupUrl());
    await popup.locator('.nh-search').fill(query);
    await expect.poll(() => popup.locator('.nh-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['done-unconfirmed']);

    await row.locator('.nh-chip').click();
    await row.getByRole('button', { name: 'Đã xác nhận trên hệ thống' }).click();
    confirmedCodes.add(code);
    await expect.poll(() => row.locator('.nh-chip').getAttribute('data-level')).toBe('done');
    expect(await row.locator('.nh-chip').textContent()).toBe(t('vi', 'chip.doneConfirmed'));

    await popup.reload();
    await popup.locator('.nh-search').fill(query);
    await expect.poll(() => popup.locator('.nh-msg').textContent()).toBe(t('vi', 'popup.noMatch', { query }));
    expect(await popup.locator('.nh-item').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('takes the step deadline from the iGate page’s own search response when its table does not show it', async () => {
    // An iGate list configured without the "Hạn xử lý" column, whose API says 30/11/2026 09:45.
    const STEP = '2026-11-30T09:45:00.000+0700';
    const list = generateDossiers({ now: NOW });
    const page = await h.session.context.newPage();
    const script = readFileSync(IGATE_JS, 'utf8');
    const withoutStep = script.replace("['dueDate', 'Hạn xử lý'],", '');
    expect(withoutStep).not.toBe(script);
    await page.route((url) => url.pathname === '/assets/igate.js', (route) => route.fulfill({ contentType: 'text/javascript', body: withoutStep }));
    await page.route((url) => url.pathname === '/pa/dossier/search', (route) => {
      const body = igateSearch(list, new URL(route.request().url()).searchParams);
      for (const item of body.content) item.dueDate = STEP;
      return route.fulfill({ json: body });
    });
    await page.goto(`http://${DEMO_HOSTS.igate}/vi/dossier/processing`);
    await waitForChips(page);
    expect(await page.locator('.mat-column-dueDate').count()).toBe(0);
    // The page's script comes from memory here and fetches at once: the listener must already be there.
    const titles = () => page.locator('nhac-han-chip .nh-chip').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await titles()).every((title) => title.includes('Hạn xử lý: 30/11/2026 09:45 ('))).toBe(true);
    await page.close();
  });

  it('shows notifications in Chromium once per event, none in quiet hours', async () => {
    const popup = await h.session.open(popupUrl());
    const portal = 'notify-e2e';
    const record = (serial: number, dueAt: string) => ({
      ...DOSSIERS.values().next().value!,
      code: `G22.99.08-261110-00000${serial}`,
      dueAt,
      stepDueAt: null,
      status: 'processing',
      statusText: 'Đang xử lý',
      url: `http://${DEMO_HOSTS.antd}/ho-so/${serial}`,
      portal,
    });
    const overdue = record(1, '2026-11-17T17:00:00+07:00');
    const dueToday = record(2, '2026-11-18T17:00:00+07:00');
    const letterDue = record(3, '2026-11-19T17:00:00+07:00'); // letter owed by today 17:00
    // What a portal page sends on each scan; every scan refreshes badge and notifications.
    const scan = (records: object[]) => send(popup, { type: 'recognized', portal, url: `http://${DEMO_HOSTS.antd}/ho-so/`, coverage: 'partial', records });
    const shown = async () =>
      (await notificationIds())
        .filter((id) => id.includes(`|${portal}|`))
        .map((id) => id.split('|').slice(0, 3).join('|'))
        .sort();

    const quiet = { quietHours: { start: '09:00', end: '10:30' }, morningDigest: false, stepDeadlines: false };
    expect(await send(popup, { type: 'save-settings', patch: { notifications: quiet } })).toMatchObject({ ok: true, value: { ok: true } });
    // Earlier tests' refreshes may still be queued: start once they are done.
    await settled(popup);
    await clearNotifications();
    expect(await scan([overdue, dueToday, letterDue])).toMatchObject({ ok: true });
    await settled(popup);
    expect(await notificationIds()).toEqual([]); // 10:00 is in quiet hours

    await h.session.setNow(NOW + 31 * 60_000); // 10:31: quiet hours are over
    await scan([overdue, dueToday, letterDue]);
    await expect
      .poll(shown)
      .toEqual([`dueToday|${portal}|${dueToday.code}`, `letterDue|${portal}|${letterDue.code}`, `overdue|${portal}|${overdue.code}`]);
    expect(await notificationIds()).toHaveLength(3);

    // Later scans show only what is new: the three are not shown again.
    await clearNotifications();
    const another = record(4, '2026-11-18T17:00:00+07:00');
    await h.session.setNow(NOW + 40 * 60_000);
    await scan([overdue, dueToday, letterDue, another]);
    await expect.poll(shown).toEqual([`dueToday|${portal}|${another.code}`]);

    await send(popup, { type: 'save-settings', patch: { notifications: { quietHours: null, morningDigest: true, stepDeadlines: true } } });
    await h.session.setNow(NOW);
    await settled(popup);
    await clearNotifications();
    await popup.close();
  });

  it('speaks English in the popup and the chips once settings.locale is "en"', async () => {
    const popup = await h.session.open(popupUrl());
    expect(await send(popup, { type: 'save-settings', patch: { locale: 'en' } })).toMatchObject({ ok: true });
    await popup.reload();
    await popup.locator('.nh-item').first().waitFor();
    expect(await popup.locator('main.nh-popup').getAttribute('lang')).toBe('en');
    expect(await popup.locator('h1').textContent()).toBe(t('en', 'popup.title'));
    expect(await popup.locator('.nh-count').textContent()).toMatch(/^\d+\/\d+ dossiers$/);
    expect(await popup.locator('.nh-group').first().textContent()).toMatch(new RegExp(`^${t('en', 'popup.group.letter-due')} \\(\\d+\\)$`));
    expect(await popup.locator('.nh-search').getAttribute('placeholder')).toBe(t('en', 'popup.search'));
    await expect.poll(() => popup.getByRole('toolbar').getByRole('button').allTextContents()).toEqual([
      t('en', 'action.open'),
      // "Confirmed on the system" is offered only for a finished, unconfirmed dossier; the first is a letter due.
      t('en', 'action.letter'),
    ]);
    await popup.locator('.nh-search').fill('dichvucong.hanoi');
    await expect.poll(() => popup.locator('.nh-source').first().textContent()).toBe('Dossier table (generic) · dichvucong.hanoi.gov.vn');

    const page = await h.session.open(`http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`);
    await waitForChips(page);
    const chips = await chipsByRow(page);
    expect(chips.size).toBe(generateDossiers({ now: NOW }).length);
    for (const [code, texts] of chips) {
      expect([code, texts]).toEqual([code, [expectedLabel(DOSSIERS.get(code)!, { step: false, status: true }, 'en')]]);
    }
    await page.close();

    await send(popup, { type: 'save-settings', patch: { locale: 'vi' } });
    await popup.close();
  });
});
