import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClicked, showNotifications } from '../../../utils/extension/notifications';

describe('notification clicks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('open the dossier’s page in the portal, even after the worker restarted', async () => {
    await showNotifications([{ id: 'overdue|antd|A|x', title: 'Hồ sơ quá hạn', message: 'A', url: 'http://motcua.thanhhoa.gov.vn/ho-so/1' }]);
    await onNotificationClicked('overdue|antd|A|x');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('http://motcua.thanhhoa.gov.vn/ho-so/1');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('open nothing for the digest, which has no single dossier', async () => {
    await showNotifications([{ id: 'digest|2026-11-18', title: 'Nhắc Hạn', message: '…', url: null }]);
    const before = (await fakeBrowser.tabs.query({})).length;
    await onNotificationClicked('digest|2026-11-18');
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });
});
