/**
 * The officer's day (issue 16), at 1366×768 as on a desk laptop: the urgent thing is obvious,
 * nothing fights the portal, every printed word is true. One numbered block per point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { scrollThrough, startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const VIEWPORT = { width: 1366, height: 768 };
const LISTS = {
  igate: `http://${DEMO_HOSTS.igate}/vi/dossier/processing`,
  antd: `http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`,
  epar: `http://${DEMO_HOSTS.epar}/motcua/hoso_danhsach.php`,
  plain: `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`,
} as const;
/** Internal ids that must never reach an officer's screen or paper. */
const INTERNAL = /\b(unknown|generic|antd|epar|igate|processing|done-unconfirmed|letter-due|due-today)\b/;

let h: Harness;
let ext: string;

async function open(url: string): Promise<Page> {
  const page = await h.session.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(url);
  return page;
}

async function openList(url: string): Promise<Page> {
  const page = await open(url);
  await page.locator('nhac-han-chip').first().waitFor({ state: 'attached', timeout: 40_000 });
  await page.waitForTimeout(500);
  await scrollThrough(page);
  return page;
}

async function send(page: Page, message: object): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate((m) => (globalThis as InPage).chrome.runtime.sendMessage(m), message);
}

const chipIn = (page: Page, code: string) => page.locator(`[data-nhac-han$="|${code}"] nhac-han-chip button.nh-chip`);

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  ext = `chrome-extension://${h.session.extensionId}`;
  for (const url of Object.values(LISTS)) await (await openList(url)).close();
}, 90_000);

afterAll(() => h?.close());

describe('§3 chips never fight the portal', () => {
  it.each(Object.entries(LISTS))('on the %s list no row is taller with its chip (≤ 2 px)', async (_, url) => {
    const page = await openList(url);
    const heights = () => page.locator('[data-nhac-han]').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    const withChips = await heights();
    expect(await page.locator('[data-nhac-han] nhac-han-chip').count()).toBe(withChips.length);
    await page.addStyleTag({ content: 'nhac-han-chip { display: none !important; }' });
    const without = await heights();
    const grown = withChips.map((hgt, i) => hgt - without[i]!);
    expect(Math.max(...grown)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("a click on the chip or its menu never reaches the row's own onclick", async () => {
    const page = await openList(LISTS.epar);
    await page.evaluate(() => {
      const w = window as unknown as { opened: string[]; xemHoSo: (id: string) => void };
      w.opened = [];
      w.xemHoSo = (id) => w.opened.push(id);
    });
    const opened = () => page.evaluate(() => (window as unknown as { opened: string[] }).opened.length);
    const row = page.locator('[data-nhac-han]').nth(2);
    const chip = row.locator('nhac-han-chip button.nh-chip');
    await chip.click();
    await expect.poll(() => row.locator('nhac-han-chip .nh-panel').count()).toBe(1);
    await row.locator('nhac-han-chip .nh-legend summary').click();
    await chip.click();
    expect(await opened()).toBe(0);
    expect(page.url()).toBe(LISTS.epar);
    // The row itself still works for the portal.
    await row.locator('td').nth(2).click();
    expect(await opened()).toBe(1);
    await page.close();
  });

  it('the menu stays inside the viewport on the last row, never covers the next chip, and closes on Escape and outside clicks', async () => {
    const page = await openList(LISTS.plain);
    const rows = page.locator('[data-nhac-han]');
    const last = rows.last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('nhac-han-chip button.nh-chip').click();
    const panel = last.locator('nhac-han-chip .nh-panel');
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);

    const first = rows.nth(0);
    await first.scrollIntoViewIfNeeded();
    await first.locator('nhac-han-chip button.nh-chip').click();
    await first.locator('nhac-han-chip .nh-panel').waitFor();
    // The next row's chip is still what a click at its centre reaches.
    const next = (await rows.nth(1).locator('nhac-han-chip button.nh-chip').boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-nhac-han]')?.getAttribute('data-nhac-han'), [next.x + next.width / 2, next.y + next.height / 2]);
    expect(hit).toBe(await rows.nth(1).getAttribute('data-nhac-han'));
    await page.mouse.click(VIEWPORT.width - 20, VIEWPORT.height - 20);
    await expect.poll(() => first.locator('nhac-han-chip .nh-panel').count()).toBe(0);
    await page.close();
  });

  it('says "ngày làm việc" on every overdue count and tells overdue from due-today by shape, with a legend', async () => {
    const page = await openList(LISTS.plain);
    const chips = page.locator('nhac-han-chip button.nh-chip');
    const texts = await chips.allTextContents();
    expect(texts.some((x) => /^Quá hạn \d+ ngày làm việc$/.test(x))).toBe(true);
    expect(texts.filter((x) => /^Quá hạn \d+ ngày(?! làm việc)/.test(x))).toEqual([]);
    const shape = (level: string) => page.locator(`nhac-han-chip button.nh-chip[data-level="${level}"]`).first().evaluate((el) => getComputedStyle(el, '::before').content);
    const [overdue, today] = [await shape('overdue'), await shape('due-today')];
    expect(overdue).not.toBe('none');
    expect(overdue).not.toBe(today);
    await chips.first().click();
    const legend = page.locator('nhac-han-chip .nh-legend').first();
    await legend.locator('summary').click();
    expect(await legend.textContent()).toContain('Quá hạn đã qua ngày hẹn trả');
    await page.close();
  });
});

describe('§6 "Đã xác nhận trên hệ thống" only where it means something', () => {
  it('is offered on a finished, unconfirmed dossier only, says what it confirms, shows the result and can be undone', async () => {
    const page = await openList(LISTS.plain);
    const overdue = page.locator('nhac-han-chip button.nh-chip[data-level="overdue"]').first();
    await overdue.click();
    expect(await page.locator('nhac-han-chip .nh-menu').first().textContent()).not.toContain('Đã xác nhận');
    await page.keyboard.press('Escape');

    const host = page.locator('nhac-han-chip', { has: page.locator('button.nh-chip[data-level="done-unconfirmed"]') }).first();
    const key = await host.evaluate((el) => el.closest('[data-nhac-han]')!.getAttribute('data-nhac-han')!);
    const chip = page.locator(`[data-nhac-han="${key}"] nhac-han-chip button.nh-chip`);
    await chip.click();
    const confirm = page.locator(`[data-nhac-han="${key}"] nhac-han-chip .nh-menu button`, { hasText: 'Đã xác nhận trên hệ thống' });
    expect(await page.locator(`[data-nhac-han="${key}"] nhac-han-chip .nh-why`).textContent()).toContain('phần mềm một cửa');
    await confirm.click();
    await expect.poll(() => chip.textContent()).toBe('Đã xong · đã xác nhận');
    await chip.click();
    await page.locator(`[data-nhac-han="${key}"] nhac-han-chip .nh-menu button`, { hasText: 'Bỏ xác nhận' }).click();
    await expect.poll(() => chip.textContent()).toBe('Đã xong, chưa xác nhận');
    await page.close();
  });
});

describe('§2 the popup leads with today', () => {
  it("puts today's actions first, with a strip whose counts jump to their groups", async () => {
    const popup = await open(`${ext}/popup.html`);
    await popup.locator('.nh-item').first().waitFor();
    expect(await popup.locator('.nh-group').first().getAttribute('data-group')).toBe('letter-due');
    // Every row in (the first screen has 20): where a group starts is measured on the whole list.
    await expect.poll(() => popup.locator('.nh-list').getAttribute('aria-busy')).toBe('false');
    // The list is virtualised: the order shows in where each strip button scrolls to.
    const scrollAt = async (i: number) => {
      await popup.locator('.nh-strip-item').nth(i).click();
      return popup.locator('.nh-list').evaluate((el) => el.scrollTop);
    };
    const [letterAt, todayAt, overdueAt] = [await scrollAt(1), await scrollAt(2), await scrollAt(0)];
    expect(letterAt).toBe(0);
    expect(todayAt).toBeGreaterThan(letterAt);
    expect(overdueAt).toBeGreaterThan(todayAt);
    const strip = popup.locator('.nh-strip-item');
    expect(await strip.allTextContents()).toEqual([expect.stringMatching(/^Quá hạn \d+$/), expect.stringMatching(/^Cần thư xin lỗi hôm nay \d+$/), expect.stringMatching(/^Đến hạn hôm nay \d+$/), expect.stringMatching(/^Sắp đến hạn \d+$/)]);
    const overdueCount = Number((await strip.nth(0).locator('b').textContent())!);
    expect(await popup.locator('.nh-group[data-group="overdue"]').textContent()).toBe(`Quá hạn (${overdueCount})`);
    await strip.nth(0).click();
    const list = (await popup.locator('.nh-list').boundingBox())!;
    const header = (await popup.locator('.nh-group[data-group="overdue"]').boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(list.y - 1);
    expect(header.y).toBeLessThan(list.y + 40);
    await popup.close();
  });

  it('folds overdue dossiers not seen on any list for days into "Có thể đã xong trên cổng — kiểm tra lại"', async () => {
    await h.session.setNow(NOW + 4 * 86_400_000);
    try {
      const popup = await open(`${ext}/popup.html`);
      await popup.locator('.nh-item').first().waitFor();
      // The first screen is the last refresh's, four days ago; the strip is read once all rows are in.
      await expect.poll(() => popup.locator('.nh-list').getAttribute('aria-busy')).toBe('false');
      // Nothing is overdue-and-seen any more: "Quá hạn" jumps to the folded group.
      await popup.locator('.nh-strip-item').nth(0).click();
      expect(await popup.locator('.nh-group[data-group="stale"]').textContent()).toMatch(/^Có thể đã xong trên cổng — kiểm tra lại \(\d+\)$/);
      expect(await popup.locator('.nh-group[data-group="overdue"]').count()).toBe(0);
      await popup.close();
    } finally {
      await h.session.setNow(NOW);
    }
  });
});

describe('§1 way-finding', () => {
  it.each([
    ['Tổng quan', '/dashboard.html', 'Nhắc Hạn — Tổng quan hồ sơ'],
    ['Sổ thư xin lỗi', '/letter.html?view=register', 'Sổ theo dõi thư xin lỗi năm 2026'],
    ['Thiết lập', '/options.html', 'Nhắc Hạn — Thiết lập'],
    ['Hướng dẫn', '/welcome.html', null],
  ])('the popup links to %s', async (label, path, heading) => {
    const popup = await open(`${ext}/popup.html`);
    const link = popup.locator('.nh-links a', { hasText: label });
    expect(await link.getAttribute('href')).toBe(`${ext}${path}`);
    if (heading) {
      const page = await open(`${ext}${path}`);
      expect(await page.locator('h1').first().textContent()).toBe(heading);
      // Each page reaches every other.
      expect(await page.locator('.nh-page-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search))).toEqual([
        '/dashboard.html',
        '/letter.html?view=register',
        '/options.html',
        '/welcome.html',
      ]);
      await page.close();
    }
    await popup.close();
  });
});

describe('§4 plain Vietnamese', () => {
  it.each(['/popup.html', '/dashboard.html', '/options.html', '/letter.html?view=register', '/dashboard.html?print=today'])('%s shows no internal id and no browser-locale date field', async (path) => {
    const page = await open(`${ext}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    // Addresses of the officer's own portal pages (".../dossier/processing") are theirs, not ours.
    const text = (await page.locator('body').innerText()).replace(/\S*[./]\S*/g, ' ');
    const at = text.search(INTERNAL);
    expect(at < 0 ? null : text.slice(Math.max(0, at - 80), at + 40)).toBeNull();
    expect(await page.locator('input[type="date"], input[type="time"]').count()).toBe(0);
    await page.close();
  });

  it('dashboard date fields show dd/MM/yyyy and settings times 24 h', async () => {
    const dash = await open(`${ext}/dashboard.html`);
    await dash.locator('[data-tab="stats"]').click();
    expect(await dash.locator('input[name="from"]').inputValue()).toBe('01/11/2026');
    await dash.locator('input[name="to"]').fill('15/11/2026');
    await dash.locator('input[name="to"]').press('Tab');
    expect(await dash.locator('[data-testid="period"]').textContent()).toBe('Thống kê từ 01/11/2026 đến 15/11/2026');
    await dash.close();
    const options = await open(`${ext}/options.html`);
    expect(await options.locator('input[name="rules.workingHours[1].end"]').inputValue()).toBe('17:00');
    await options.close();
  });
});

describe('§5 honest statistics', () => {
  it('shows the on-time rate beside open overdue dossiers, not in green while they exist, with periods and explained unknowns', async () => {
    const dash = await open(`${ext}/dashboard.html`);
    await dash.locator('[data-tab="stats"]').click();
    const fields = await dash.locator('[data-testid="totals"] .nh-tile').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(fields[fields.indexOf('onTimeRate') + 1]).toBe('openOverdue');
    const openLate = Number(await dash.locator('[data-field="openOverdue"] dd').textContent());
    expect(openLate).toBeGreaterThan(0);
    const color = await dash.locator('[data-field="onTimeRate"] dd').evaluate((el) => getComputedStyle(el).color);
    expect(color).not.toBe('rgb(27, 94, 32)');
    expect(await dash.locator('[data-field="onTimeRate"]').textContent()).toContain(`Chưa tính ${openLate} hồ sơ đang quá hạn`);
    expect(await dash.locator('[data-period]').evaluateAll((b) => b.map((x) => x.getAttribute('data-period')))).toEqual(expect.arrayContaining(['this-month', 'this-quarter', 'this-year']));
    await dash.locator('[data-period="this-year"]').click();
    expect(await dash.locator('[data-testid="period"]').textContent()).toBe('Thống kê từ 01/01/2026 đến 31/12/2026');
    if ((await dash.locator('th[scope="row"]', { hasText: 'Chưa rõ' }).count()) > 0) {
      expect(await dash.locator('[data-testid="unknown-group"]').textContent()).toContain('trang cổng không cho thấy');
    }
    await dash.close();
  });
});

describe('§8 letters a head of unit signs without edits', () => {
  it('prints the TM./KT. block chosen in settings, the unit header and the number symbol; no reason preselected', async () => {
    const options = await open(`${ext}/options.html`);
    const field = (name: string) => options.locator(`[name="letter.profile.${name}"]`);
    await field('parentBody').fill('ỦY BAN NHÂN DÂN');
    await field('agency').fill('XÃ ĐÔNG SƠN');
    await field('place').fill('Đông Sơn');
    await field('signing').selectOption('TM-KT');
    await field('collective').fill('ỦY BAN NHÂN DÂN');
    await field('headTitle').fill('CHỦ TỊCH');
    await field('signerTitle').fill('PHÓ CHỦ TỊCH');
    await field('signerName').fill('Nguyễn Văn Bình');
    await field('numberSuffix').fill('PXL-UBND');
    expect(await options.locator('[data-testid="signature-preview"] b').textContent()).toBe('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    expect(await options.locator('.nh-examples').textContent()).toMatch(/UBND xã.*Sở của tỉnh.*Trung tâm Phục vụ hành chính công/s);
    await options.locator('[data-action="save"]').click();
    await expect.poll(() => options.locator('.nh-status').textContent()).toContain('Đã lưu');
    await options.close();

    const list = await openList(LISTS.plain);
    const key = await list.locator('[data-nhac-han]', { has: list.locator('button.nh-chip[data-level="letter-due"]') }).first().getAttribute('data-nhac-han');
    await list.close();
    const [portal, code] = key!.split('|');
    const letter = await open(`${ext}/letter.html?portal=${portal}&code=${code}`);
    await letter.locator('textarea[name="reason"]').waitFor();
    expect(await letter.locator('textarea[name="reason"]').inputValue()).toBe('');
    const frame = letter.frameLocator('iframe.nh-letter-preview');
    expect(await frame.locator('.signer').innerText()).toMatch(/^TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n+Nguyễn Văn Bình$/);
    expect(await frame.locator('td.left').first().innerText()).toMatch(/ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN\n+Số: \.+\/PXL-UBND/);
    await letter.close();
  });
});

describe('§7 lists on paper', () => {
  it("prints today's list with the unit, the date and signature lines", async () => {
    const sheet = await open(`${ext}/dashboard.html?print=today`);
    await sheet.locator('h1').waitFor();
    await sheet.emulateMedia({ media: 'print' });
    expect(await sheet.locator('h1').textContent()).toBe('Danh sách hồ sơ cần xử lý ngày 18/11/2026');
    expect(await sheet.locator('[data-testid="today-unit"]').innerText()).toBe('ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN');
    expect(await sheet.locator('section').evaluateAll((s) => s.map((x) => x.getAttribute('data-group')))).toEqual(['letter-due', 'due-today', 'overdue']);
    expect(await sheet.locator('[data-testid="today-sign"]').innerText()).toMatch(/NGƯỜI LẬP\n\(Ký, ghi rõ họ tên\)\s+LÃNH ĐẠO ĐƠN VỊ\n\(Ký, ghi rõ họ tên\)/);
    expect(await sheet.locator('button', { hasText: 'In danh sách' }).isVisible()).toBe(false);
    await sheet.close();
  });

  it('the dashboard prints its title, time and unit; Ctrl+P on a letter prints only the letter', async () => {
    const dash = await open(`${ext}/dashboard.html`);
    await dash.locator('h1').waitFor();
    await dash.emulateMedia({ media: 'print' });
    expect(await dash.locator('[data-testid="print-line"]').innerText()).toBe('In lúc 18/11/2026 10:00 · ỦY BAN NHÂN DÂN — XÃ ĐÔNG SƠN');
    expect(await dash.locator('.nh-page-nav').isVisible()).toBe(false);
    await dash.close();

    const list = await openList(LISTS.plain);
    const key = await list.locator('[data-nhac-han]').first().getAttribute('data-nhac-han');
    await list.close();
    const [portal, code] = key!.split('|');
    const letter = await open(`${ext}/letter.html?portal=${portal}&code=${code}`);
    await letter.locator('iframe.nh-letter-preview').waitFor();
    await letter.evaluate(() => {
      const w = window as unknown as { printed: string[] };
      w.printed = [];
      window.print = () => void w.printed.push('page');
      document.querySelector<HTMLIFrameElement>('iframe.nh-letter-preview')!.contentWindow!.print = () => void w.printed.push('letter');
    });
    await letter.keyboard.press('Control+P');
    expect(await letter.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['letter']);
    await letter.emulateMedia({ media: 'print' });
    const visible = await letter.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0).map((el) => el.tagName.toLowerCase()),
    );
    expect(visible).toEqual(['iframe']);
    await letter.close();
  });

  it('the register prints and exports, and a recorded letter changes the chip to "Đã gửi thư · hẹn mới"', async () => {
    const page = await open(`${ext}/letter.html?view=register`);
    await page.locator('h1').waitFor();
    const list = await openList(LISTS.plain);
    const key = await list.locator('[data-nhac-han]', { has: list.locator('button.nh-chip[data-level="near"]') }).first().getAttribute('data-nhac-han');
    const [portal, code] = key!.split('|');
    const recorded = await send(page, {
      type: 'record-letter',
      letter: { portal, code, regime: 'nd118', reason: 'Chờ ý kiến', newDueAt: '2026-12-09T17:00:00+07:00', issuedAt: '2026-11-18T10:00:00+07:00', issuedBy: '', late: false },
    });
    expect(recorded.ok).toBe(true);
    await list.reload();
    await expect.poll(() => chipIn(list, code!).textContent(), { timeout: 10_000 }).toBe('Đã gửi thư · hẹn mới 09/12');
    await list.close();
    await page.reload();
    await page.locator('table').waitFor();
    expect(await page.locator('button', { hasText: 'In sổ' }).count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV', exact: true }).click();
    const csv = await (await download).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p!, 'utf8')));
    expect(csv).toContain(code!);
    expect(csv).toContain('09/12/2026 17:00');
    await page.close();
  });
});

describe('§9 empty states say what to do next', () => {
  it('popup, dashboard and register on a fresh profile', async () => {
    const dash = await open(`${ext}/dashboard.html`);
    await dash.locator('[data-tab="data"]').click();
    await dash.locator('button', { hasText: 'Xóa toàn bộ dữ liệu' }).click();
    await dash.locator('button', { hasText: 'Xóa vĩnh viễn' }).click();
    await dash.locator('text=Đã xóa toàn bộ dữ liệu.').waitFor();
    await dash.reload();
    expect(await dash.locator('[data-testid="dash-empty"]').innerText()).toMatch(/Mở danh sách hồ sơ trên cổng một cửa[\s\S]*khôi phục từ tệp sao lưu/);
    await dash.close();
    const popup = await open(`${ext}/popup.html`);
    expect(await popup.locator('.nh-empty').innerText()).toMatch(/Mở danh sách hồ sơ trên cổng một cửa[\s\S]*Thiết lập → Cổng một cửa/);
    await popup.close();
    const register = await open(`${ext}/letter.html?view=register`);
    expect(await register.locator('[data-testid="register-empty"]').innerText()).toMatch(/Chưa có thư nào trong năm 2026\.\n+Thư được ghi vào sổ khi bấm/);
    await register.close();
  });
});
