/**
 * Issue 7, settings page in Chromium: a changed threshold reaches the badge at once, and an added
 * day off moves the apology-letter deadline shown on the dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS } from '../../scripts/demo-portal';
import type { DossierRecord } from '../../utils/portals/types';
import { vnEpoch } from '../../utils/time/vn-time';
import { startHarness, type Harness, type InPage } from './harness';

/** Wednesday 18/11/2026 10:00 in Vietnam. */
const NOW = vnEpoch(2026, 11, 18, 10, 0);
const PORTAL = 'plain';

function record(code: string, dueAt: string): DossierRecord {
  return {
    code,
    procedure: 'Cấp giấy phép xây dựng',
    applicant: 'Nguyễn Văn A',
    receivedAt: '2026-11-10T08:15:00+07:00',
    dueAt,
    stepDueAt: null,
    status: 'processing',
    statusText: 'Đang xử lý',
    handler: 'Trần Thị B',
    url: `http://${DEMO_HOSTS.plain}/ho-so/${code}`,
    portal: PORTAL,
  };
}

const OVERDUE = record('000.00.53.H48-261101-0001', '2026-11-13T17:00:00+07:00');
/** Friday: 2 working days ahead, "near" at the default threshold. */
const FRIDAY = record('000.00.53.H48-261101-0002', '2026-11-20T17:00:00+07:00');
/** Next Friday: 6 working days ahead (Tue 24/11 is a holiday), near only from a threshold of 6. */
const NEXT_FRIDAY = record('000.00.53.H48-261101-0003', '2026-11-27T17:00:00+07:00');

let h: Harness;
let options: Page;

const ext = (path: string) => `chrome-extension://${h.session.extensionId}/${path}`;

beforeAll(async () => {
  h = await startHarness({ now: NOW });
  options = await h.session.open(ext('options.html'));
  const reply = await options.evaluate(
    (message) => (globalThis as InPage).chrome.runtime.sendMessage(message),
    { type: 'recognized', portal: PORTAL, url: `http://${DEMO_HOSTS.plain}/ho-so/dang-xu-ly`, coverage: 'partial', records: [OVERDUE, FRIDAY, NEXT_FRIDAY] },
  );
  expect(reply).toMatchObject({ ok: true });
  await options.reload();
  await options.locator('button[data-action="save"]').waitFor();
});
afterAll(async () => {
  await h?.close();
});

async function save() {
  await options.locator('button[data-action="save"]').click();
  await expect.poll(() => options.locator('.nh-status').textContent()).toContain('Đã lưu');
}

describe('settings in Chromium', () => {
  it('shows the badge change as soon as the thresholds are saved', async () => {
    // Default: overdue, letter due and due today are counted, "near" is not.
    await expect.poll(() => h.session.badgeText()).toBe('1');

    await options.locator('input[name="badgeCounts.near"]').check();
    await save();
    await expect.poll(() => h.session.badgeText()).toBe('2');

    await options.locator('input[name="rules.nearWorkingDays"]').fill('6');
    await save();
    await expect.poll(() => h.session.badgeText()).toBe('3');
  });

  it('refuses an invalid threshold with the field’s error and keeps the badge', async () => {
    await options.locator('input[name="rules.nearWorkingDays"]').fill('99');
    await options.locator('button[data-action="save"]').click();
    await expect.poll(() => options.locator('[data-testid="errors"]').textContent()).toContain('rules.nearWorkingDays');
    expect(await h.session.badgeText()).toBe('3');
    await options.reload();
    expect(await options.locator('input[name="rules.nearWorkingDays"]').inputValue()).toBe('6');
  });

  it('moves the apology-letter deadline on the dashboard when a day off is added', async () => {
    const dashboard = await h.session.open(ext('dashboard.html'));
    const letterDue = () => dashboard.locator(`tr[data-code="${NEXT_FRIDAY.code}"] td[data-col="letterDueBy"]`).textContent();
    await expect.poll(letterDue).toBe('26/11/2026 17:00');

    await options.locator('input[name="holiday-date"]').fill('2026-11-26');
    await options.locator('input[name="holiday-reason"]').fill('Nghỉ đột xuất');
    await options.getByRole('button', { name: 'Thêm ngày' }).click();
    await expect.poll(() => options.locator('tr[data-date="2026-11-26"]').textContent()).toContain('Nghỉ đột xuất');
    await save();

    await dashboard.reload();
    await expect.poll(letterDue).toBe('25/11/2026 17:00');
    await dashboard.close();
  });
});
