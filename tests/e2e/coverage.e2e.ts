import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import { vnEpoch } from '../../utils/time/vn-time';
import { startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
});
afterAll(async () => {
  await h?.close();
});

describe('which part of a list was seen', () => {
  it('after page 1 of the two-page antd list, the popup says 20/40 and the badge title says the list was seen in part', async () => {
    const page = await h.session.open(`http://${DEMO_HOSTS.antd}/ho-so/can-xu-ly`);
    await expect.poll(() => page.locator('[data-nhac-han]').count(), { timeout: 15_000 }).toBe(20);

    const popup = await h.session.open(`chrome-extension://${h.session.extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('.nh-coverage li').allTextContents(), { timeout: 10_000 })
      .toEqual([`${DEMO_HOSTS.antd}/ho-so/can-xu-ly: đã thấy 20/40 hồ sơ (trang 1/2) — số đếm chỉ gồm hồ sơ đã thấy`]);

    const worker = await h.session.worker();
    const title = await worker.evaluate(() => (globalThis as InPage).chrome.action.getTitle({}));
    expect(title.split('\n')).toContain('Chỉ tính hồ sơ đã thấy: 1 danh sách chưa xem hết');
    await popup.close();
    await page.close();
  });
});
