/**
 * The built userscript inside a real Violentmonkey (not a GM shim): installed through the
 * manager's own confirm page from a loopback server, as an officer installs it, then run on a gov.vn
 * portal in no list with the manager's settings untouched. Violentmonkey enforces `@match` (against
 * the host with its port: the portal is reached port-less through --host-resolver-rules) and
 * `@grant`, and gives the script a wrapped `window`.
 *
 * Needs a Violentmonkey build: VIOLENTMONKEY_DIR=<dir>, made with
 *   bash ../shared/tools/build-violentmonkey.sh <bare git copy of violentmonkey/violentmonkey> <dir>
 * Without one the file reports itself as not run (a fresh CI machine cannot download it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../utils/calendar';
import { dossierView, type ViewLevel } from '../../utils/service/views';
import { dossiersOf, NEWS_GOV_HOST, startDemoPortal, UNSEEN_GOV_HOST } from '../../scripts/demo-portal';
import { generateDossiers, type DemoDossier } from '../../scripts/demo-portal/dossiers';
import { browserArgs, chipsByRow, codesOnPage, findChromium } from './harness';

const VM_DIR = process.env.VIOLENTMONKEY_DIR ? resolve(process.env.VIOLENTMONKEY_DIR) : null;
const HAVE_VM = VM_DIR !== null && existsSync(join(VM_DIR, 'manifest.json'));
const USERSCRIPT = resolve('.output/userscript/nhac-han.user.js');
const BUILD_HINT =
  'bash /work/shared/tools/build-violentmonkey.sh <git dir of github:violentmonkey/violentmonkey> /tmp/violentmonkey && VIOLENTMONKEY_DIR=/tmp/violentmonkey npx vitest run -c vitest.e2e.config.ts tests/e2e/violentmonkey.e2e.ts';
if (!HAVE_VM) {
  console.warn(`[violentmonkey.e2e] NOT RUN: VIOLENTMONKEY_DIR does not point to a Violentmonkey build. Build one and run:\n  ${BUILD_HINT}`);
}

/** The userscript runs on the page's real clock (a manager's script has no clock override). */
const NOW = Date.now();
const NEEDS_ACTION = new Set<ViewLevel>(['overdue', 'letter-due', 'due-today']);

let context: BrowserContext;
let portal: Awaited<ReturnType<typeof startDemoPortal>>;
let scriptServer: Server;
let scriptUrl: string;
let profile: string;
let vmId: string;

function serveUserscript(): Promise<Server> {
  const body = readFileSync(USERSCRIPT, 'utf8');
  const server = createServer((req, res) => {
    if (req.url !== '/nhac-han.user.js') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The browser's "Allow User Scripts" for the manager (chrome://extensions details), as its help page asks. */
async function allowUserScripts(): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${vmId}`);
  await page.evaluate(
    (id) => (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, userScriptsAccess: true }),
    vmId,
  );
  await page.close();
}

/** Opening the `.user.js` from a loopback server brings up the manager's confirm page; click Install. */
async function installThroughConfirmPage(): Promise<void> {
  const opener = await context.newPage();
  await opener.goto(scriptUrl).catch(() => undefined);
  // The manager turns this tab into its confirm page, or opens one beside it.
  const isConfirm = (p: Page) => p.url().startsWith(`chrome-extension://${vmId}/confirm/`);
  await expect.poll(() => context.pages().some(isConfirm), { timeout: 20_000 }).toBe(true);
  const confirm = context.pages().find(isConfirm)!;
  const install = confirm.getByRole('button', { name: /^Install/ }).first();
  await install.waitFor({ timeout: 20_000 });
  expect(await confirm.locator('body').textContent()).toContain('Nhắc Hạn (userscript)');
  await install.click();
  // The manager closes or reuses the tab once the script is saved.
  await expect.poll(async () => (await installedScripts()).length, { timeout: 20_000 }).toBe(1);
  for (const p of [opener, confirm]) if (!p.isClosed()) await p.close();
}

async function vmWorker() {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${vmId}/`)) ?? (await context.waitForEvent('serviceworker'));
}

/** Script records in the manager's own storage. */
async function installedScripts(): Promise<{ name: string; matches: string[] }[]> {
  const worker = await vmWorker();
  return worker.evaluate(async () => {
    const all = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null)) as Record<string, { meta?: { name: string; match: string[] } }>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('scr:'))
      .map(([, v]) => ({ name: v.meta?.name ?? '', matches: v.meta?.match ?? [] }));
  });
}

/** Values the script stored with GM_setValue / GM.setValue, in the manager's storage. */
async function storedValues(): Promise<Record<string, unknown>> {
  const worker = await vmWorker();
  return worker.evaluate(async () => {
    const all = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null)) as Record<string, unknown>;
    return Object.assign({}, ...Object.entries(all).filter(([k]) => k.startsWith('val:')).map(([, v]) => v)) as Record<string, unknown>;
  });
}

describe.runIf(HAVE_VM)('the userscript in a real Violentmonkey', () => {
  beforeAll(async () => {
    if (!existsSync(USERSCRIPT)) throw new Error('Chưa có bản dựng userscript: chạy `npm run build:userscript`');
    portal = await startDemoPortal({ port: 0, now: NOW });
    scriptServer = await serveUserscript();
    const address = scriptServer.address();
    scriptUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/nhac-han.user.js`;
    profile = mkdtempSync(join(tmpdir(), 'nhac-han-vm-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      // The loopback server of the .user.js is reached directly; portal host names go to the demo.
      args: browserArgs(VM_DIR!, portal.port).map((a) => (a.startsWith('--host-resolver-rules=') ? `${a}, EXCLUDE 127.0.0.1` : a)),
      viewport: { width: 1280, height: 900 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    vmId = new URL(worker.url()).host;
    await allowUserScripts();
    // Injection starts once the dashboard was opened (as after a real install, which opens it).
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${vmId}/options/index.html`);
    await dashboard.close();
  });
  afterAll(async () => {
    await context?.close();
    await portal?.close();
    scriptServer?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('installs through the manager’s confirm page, with its own @match lines: every gov.vn host', async () => {
    await installThroughConfirmPage();
    expect(await installedScripts()).toEqual([{ name: 'Nhắc Hạn (userscript)', matches: ['*://*.gov.vn/*', '*://*.vnptigate.vn/*'] }]);
  });

  it(`puts chips and the title count on an unseen gov.vn portal (${UNSEEN_GOV_HOST}) and stores through GM, not page storage`, async () => {
    const dossiers = new Map(dossiersOf('other', generateDossiers({ now: NOW })).map((d): [string, DemoDossier] => [d.code, d]));
    const viewOf = (d: DemoDossier) => dossierView({ ...d, stepDueAt: null, url: 'http://x.invalid/', portal: 'x', confirmedOnSystem: false }, NOW, DEFAULT_RULES, 'vi');
    const page = await context.newPage();
    page.on('pageerror', (e) => console.warn('[page error]', e.message));
    await page.goto(`http://${UNSEEN_GOV_HOST}/ho-so/dang-xu-ly`);
    await expect
      .poll(async () => {
        const chips = await chipsByRow(page);
        return chips.size === dossiers.size && [...(await codesOnPage(page))].every((c) => chips.get(c)?.length === 1);
      }, { timeout: 30_000 })
      .toBe(true);
    for (const [code, texts] of await chipsByRow(page)) expect([code, texts]).toEqual([code, [viewOf(dossiers.get(code)!).label]]);
    const needing = [...dossiers.values()].filter((d) => NEEDS_ACTION.has(viewOf(d).level)).length;
    expect(needing).toBeGreaterThan(0);
    await expect.poll(() => page.title(), { timeout: 15_000 }).toMatch(new RegExp(`^\\(${needing}\\) `));
    // One copy, marked on the page's own root (the manager's `window` is a wrapper).
    expect(await page.locator('html[data-nhac-han-userscript]').count()).toBe(1);
    expect(await page.locator('nhac-han-panel').count()).toBe(1);
    // A second copy in the page's own world (a second manager) sees the mark and stays out.
    await page.addScriptTag({ path: USERSCRIPT });
    await page.waitForTimeout(1000);
    expect(await page.locator('nhac-han-panel').count()).toBe(1);
    expect([...(await chipsByRow(page)).values()].every((texts) => texts.length === 1)).toBe(true);

    // The notification memory went through the manager's GM storage (the grants were honoured)...
    await expect.poll(async () => Object.keys(await storedValues()), { timeout: 15_000 }).toContain(`notified:http://${UNSEEN_GOV_HOST}`);
    // ...not into the portal's own localStorage, the fallback when a grant is missing.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nhac-han:')))).toEqual([]);
    // And the dossiers are in the portal origin's own database.
    const stored = await page.evaluate(
      () =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('nhac-han-userscript');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('dossiers').objectStore('dossiers').count();
            count.onsuccess = () => done(count.result);
          };
        }),
    );
    expect(stored).toBe(dossiers.size);
    await page.close();
  });

  it('does nothing on a large gov.vn page that is not a list, until a list appears on it', async () => {
    const page: Page = await context.newPage();
    await page.goto(`http://${NEWS_GOV_HOST}/`);
    const title = await page.title();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-nhac-han-userscript], nhac-han-panel, nhac-han-chip, [data-nhac-han]').count()).toBe(0);
    expect(await page.title()).toBe(title);
    // Proof that it was there all along, watching: a list rendered late (as an SPA does) is annotated.
    await page.evaluate(() => {
      const table = document.createElement('table');
      table.innerHTML = '<thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody><tr><td>000.00.12.H12-261118-0042</td><td>30/11/2026 17:00</td></tr></tbody>';
      document.body.prepend(table);
    });
    await expect.poll(() => page.locator('html[data-nhac-han-userscript]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-nhac-han] nhac-han-chip').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});
