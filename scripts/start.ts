/**
 * `npm start`: the demo portal plus Chromium with the freshly built extension, host names mapped
 * to the demo so the real host permissions apply. With a display, a window to try it in (Ctrl+C to
 * stop); without one, screenshots in .output/demo/, the badge and a summary, then exit.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, scrollThrough, type InPage, type Session } from './browser';
import { DEMO_PAGES, startDemoPortal } from './demo-portal';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { dossierView, VIEW_LEVELS } from '../utils/service/views';
import { portalLabel } from '../utils/service/portal-label';
import { t } from '../utils/i18n';
import type { StoredDossier } from '../utils/store';

const BUILD = resolve('.output/chrome-mv3');
const OUT = resolve('.output/demo');

async function settle(page: Page) {
  // Chips appear after recognition (debounced) and one round trip to the background.
  await page.locator('nhac-han-chip').first().waitFor({ timeout: 8_000 }).catch(() => undefined);
  await page.waitForTimeout(800);
}

async function screenshots(session: Session) {
  mkdirSync(OUT, { recursive: true });
  const lists = DEMO_PAGES.filter(([url]) => !/thong-ke|dang-nhap/.test(url));
  for (const [i, [url, label]] of lists.entries()) {
    const page = await session.open(url);
    await settle(page);
    // So that the full-page screenshot shows every row's chip, not only the first screen's.
    await scrollThrough(page);
    await page.waitForTimeout(300);
    // Open one chip's disclosure so the screenshot shows both deadlines and the menu.
    if (i === 0) await page.locator('nhac-han-chip .nh-chip').first().click().catch(() => undefined);
    const file = join(OUT, `${String(i + 1).padStart(2, '0')}-${new URL(url).hostname}${new URL(url).pathname.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const rows = await page.locator('[data-nhac-han]').count();
    const chips = await page.locator('nhac-han-chip').count();
    console.log(`  ${label}: ${rows} hồ sơ nhận dạng, ${chips} chip → ${file}`);
    await page.close();
  }
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.locator('.nh-item').first().waitFor({ timeout: 8_000 }).catch(() => undefined);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`  Popup → ${join(OUT, 'popup.png')}`);
  const dossiers = (await popup.evaluate(() => (globalThis as InPage).chrome.runtime.sendMessage({ type: 'get-dossiers' }))) as { ok: boolean; value: StoredDossier[] };
  await popup.close();
  return dossiers.ok ? dossiers.value : [];
}

function summary(dossiers: StoredDossier[]) {
  const now = Date.now();
  const all = dossiers.map((d) => dossierView(d, now, DEFAULT_SETTINGS.rules, 'vi'));
  // As the badge does: dossiers gone from a complete list are reported apart.
  const views = all.filter((v) => v.unseenSince === null);
  const byLevel = VIEW_LEVELS.map((level) => [t('vi', `level.${level}`), views.filter((v) => v.level === level).length] as const);
  const byPortal = [...new Set(views.map((v) => v.portal))].map((p) => [p, views.filter((v) => v.portal === p).length] as const);
  console.log(`\nHồ sơ đang theo dõi: ${views.length} (không còn trong danh sách: ${all.length - views.length})`);
  for (const [label, n] of byLevel) if (n > 0) console.log(`  ${label}: ${n}`);
  console.log('Theo cổng:');
  // The registry's names ("VNPT iGate"), as the popup shows them, never the adapters' ids.
  for (const [portal, n] of byPortal) console.log(`  ${portalLabel(portal, 'vi')}: ${n}`);
}

async function main() {
  const portal = await startDemoPortal({ port: 0 });
  const headless = !process.env.DISPLAY;
  const userDataDir = headless ? mkdtempSync(join(tmpdir(), 'nhac-han-demo-')) : resolve('.chrome-data');
  const session = await openBrowser({ extensionDir: BUILD, port: portal.port, userDataDir, headless });
  const stop = async () => {
    await session.close().catch(() => undefined);
    await portal.close();
    if (headless) rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!headless) {
    console.log('Cổng mẫu: http://localhost/ (các tên miền cổng thật được chuyển về máy này). Ctrl+C để thoát.');
    await session.open('http://localhost/');
    process.once('SIGINT', () => void stop().then(() => process.exit(0)));
    session.context.once('close', () => void portal.close().then(() => process.exit(0)));
    return;
  }
  console.log('Không có màn hình: chạy ẩn, chụp ảnh vào .output/demo/');
  const dossiers = await screenshots(session);
  console.log(`\nBiểu tượng Nhắc Hạn (badge): "${await session.badgeText()}"`);
  summary(dossiers);
  await stop();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
