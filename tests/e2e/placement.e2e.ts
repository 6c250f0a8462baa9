/**
 * Where a chip goes costs the page layouts of its whole table (a second each at 20,000 rows): on a
 * list where no other cell keeps a row's height (the 500-row demo list at 1280 px, laid out by its
 * content), the first screen learns it, and the next screens put their chips beside the code with
 * the one layout any new content costs, not a try and a way back (utils/annotate/chip-layer.tsx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { layoutCount, startHarness, waitForScan, type Harness } from './harness';

const NOW = vnEpoch(2026, 11, 18, 10, 0);
const LIST = `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly?rows=500`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: NOW });
});
afterAll(() => h?.close());

/** Rows in the viewport without a chip (the viewport watch mounts chips for rows near it). */
const bareRowsInView = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-nhac-han]')].filter((r) => {
        const box = r.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && !r.querySelector('nhac-han-chip');
      }).length,
  );

/** Where each chip of the rows in view sits: the index of its cell in the row. */
const chipCellsInView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-nhac-han] nhac-han-chip')]
      .filter((c) => {
        const box = c.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      })
      .map((c) => (c.closest('td') as HTMLTableCellElement).cellIndex),
  );

describe('chip placement on a long list', () => {
  it('the next screens of a list whose other cells have no room cost one layout each, chips beside the code, until the width changes', async () => {
    const page = await h.session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await h.session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(LIST);
    await waitForScan(page);
    await expect.poll(() => bareRowsInView(page), { timeout: 15_000 }).toBe(0);
    // The first screen's placement, tries included, is over.
    await page.waitForTimeout(1_000);
    const codeCell = await page.evaluate(() => (document.querySelector('[data-nhac-han] nhac-han-chip')!.closest('td') as HTMLTableCellElement).cellIndex);
    /** Layouts the page spends on the chips of the screen `screen` screens down (three viewports each). */
    const nextScreen = async (screen: number) => {
      const before = await layoutCount(cdp);
      await page.evaluate((s) => scrollTo(0, s * 3 * innerHeight), screen);
      await expect.poll(() => bareRowsInView(page), { timeout: 15_000 }).toBe(0);
      await page.waitForTimeout(600);
      const cells = await chipCellsInView(page);
      expect(cells.length).toBeGreaterThan(10);
      expect(new Set(cells)).toEqual(new Set([codeCell]));
      const spent = (await layoutCount(cdp)) - before;
      console.log(`screen ${screen} at ${page.viewportSize()!.width} px: ${cells.length} chips in view, ${spent} layouts`);
      return spent;
    };
    // The chips going in: one layout (two if a frame came between their slices), never a round of tries.
    for (const screen of [1, 2, 3]) expect(await nextScreen(screen), `screen ${screen}`).toBeLessThanOrEqual(2);
    // Another width, other rooms: the next screen tries again (and fails again here), the one after does not.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.waitForTimeout(600);
    expect(await nextScreen(4)).toBeGreaterThanOrEqual(3);
    expect(await nextScreen(5)).toBeLessThanOrEqual(2);
    await page.close();
  });
});
