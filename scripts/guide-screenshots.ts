/**
 * Screenshots for the officer's guide (docs/huong-dan.md → docs/img/): the e2e build on the demo
 * portal at the e2e clock (Wed 18/11/2026 10:00), 1366×768 as on a desk laptop, a commune's unit
 * profile filled in. Run after `npx wxt build --mode e2e`: `npx tsx scripts/guide-screenshots.ts`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type InPage } from './browser';
import { DEMO_HOSTS, startDemoPortal } from './demo-portal';
import { vnEpoch } from '../utils/time/vn-time';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const OUT = resolve('docs/img');
const VIEWPORT = { width: 1366, height: 768 };
const LISTS: [string, string][] = [
  ['igate', `http://${DEMO_HOSTS.igate}/vi/dossier/processing`],
  ['antd', `http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`],
  ['epar', `http://${DEMO_HOSTS.epar}/motcua/hoso_danhsach.php`],
  ['plain', `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`],
];
const PROFILE = {
  parentBody: 'ỦY BAN NHÂN DÂN',
  agency: 'XÃ ĐÔNG SƠN',
  place: 'Đông Sơn',
  signing: 'TM-KT',
  collective: 'ỦY BAN NHÂN DÂN',
  headTitle: 'CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn Bình',
  numberSuffix: 'PXL-UBND',
  recipients: ['Bộ phận Một cửa xã Đông Sơn'],
};

const send = (page: Page, message: object) => page.evaluate((m) => (globalThis as InPage).chrome.runtime.sendMessage(m), message);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const portal = await startDemoPortal({ port: 0, now: NOW });
  const userDataDir = mkdtempSync(join(tmpdir(), 'nhac-han-guide-'));
  const session = await openBrowser({ extensionDir: resolve('.output/chrome-mv3-e2e'), port: portal.port, userDataDir, now: NOW });
  const ext = `chrome-extension://${session.extensionId}`;
  const page = async (url: string, size = VIEWPORT) => {
    const p = await session.context.newPage();
    await p.setViewportSize(size);
    await p.goto(url);
    return p;
  };
  // Portal lists are cropped a little so each image stays under 200 KB.
  const shot = async (p: Page, name: string, height?: number) => {
    await p.screenshot({ path: join(OUT, `${name}.png`), ...(height ? { clip: { x: 0, y: 0, width: VIEWPORT.width, height } } : {}) });
    console.log(`  ${name}.png`);
  };
  try {
    const setup = await page(`${ext}/options.html`);
    await send(setup, { type: 'save-settings', patch: { letter: { profile: PROFILE } } });
    await setup.close();

    let letterKey: string | null = null;
    for (const [name, url] of LISTS) {
      const p = await page(url);
      await p.locator('nhac-han-chip').first().waitFor({ state: 'attached', timeout: 40_000 });
      await p.waitForTimeout(800);
      if (name === 'plain') {
        letterKey = await p.locator('[data-nhac-han]', { has: p.locator('button.nh-chip[data-level="near"]') }).first().getAttribute('data-nhac-han');
        // The menu of a chip, as the officer sees it after one click.
        await p.locator('button.nh-chip[data-level="overdue"]').first().click();
        await p.locator('nhac-han-chip .nh-legend summary').first().click();
      }
      await shot(p, `chips-${name}`, 680);
      await p.close();
    }

    const popup = await page(`${ext}/popup.html`, { width: 420, height: 600 });
    await popup.locator('.nh-item').first().waitFor();
    await shot(popup, 'popup');

    const [portalId, code] = letterKey!.split('|');
    await send(popup, {
      type: 'record-letter',
      letter: { portal: portalId, code, regime: 'nd118', reason: 'Hồ sơ phải lấy ý kiến của cơ quan liên quan', newDueAt: '2026-12-09T17:00:00+07:00', issuedAt: '2026-11-18T10:00:00+07:00', issuedBy: PROFILE.signerName, late: false },
    });
    await popup.close();

    const dash = await page(`${ext}/dashboard.html`);
    await dash.locator('table').first().waitFor();
    await shot(dash, 'dashboard');
    await dash.locator('[data-tab="stats"]').click();
    await dash.locator('[data-testid="totals"]').waitFor();
    await shot(dash, 'dashboard-stats');
    await dash.close();

    const register = await page(`${ext}/letter.html?view=register`);
    await register.locator('table').waitFor();
    await shot(register, 'register');
    await register.close();

    const letter = await page(`${ext}/letter.html?portal=${portalId}&code=${code}`, { width: 800, height: 1130 });
    await letter.locator('iframe.nh-letter-preview').waitFor();
    await letter.waitForTimeout(500);
    await letter.emulateMedia({ media: 'print' });
    await shot(letter, 'letter-print');
    await letter.close();

    const today = await page(`${ext}/dashboard.html?print=today`);
    await today.locator('h1').waitFor();
    await today.emulateMedia({ media: 'print' });
    await shot(today, 'today-print');
    await today.close();
  } finally {
    await session.close();
    await portal.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
