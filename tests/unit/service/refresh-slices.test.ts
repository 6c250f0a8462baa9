/** A refresh gives the thread back while it computes every view: the worker answers pages meanwhile. */
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserEffects } from '../../../utils/extension/effects';
import { handleMessage, refresh, type Service } from '../../../utils/service/service';
import * as views from '../../../utils/service/views';
import { openNhacHanDb } from '../../../utils/store';
import { dossier, NOW } from './fixtures';

const computed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../utils/service/views', async (original) => {
  const actual = await original<typeof views>();
  return { ...actual, dossierView: (...args: Parameters<typeof actual.dossierView>) => (computed.count++, actual.dossierView(...args)) };
});

const service: Service = { db: openNhacHanDb(`test-${Math.random()}`), now: async () => NOW, effects: browserEffects };
afterEach(async () => {
  service.db.close();
  await service.db.delete();
});

it('other tasks run between the slices of a refresh of 1,500 dossiers, not only before and after it', async () => {
  fakeBrowser.reset();
  const records = Array.from({ length: 1500 }, (_, i) => dossier({ code: `000.00.31.H48-261110-${String(i).padStart(4, '0')}` }));
  const { settled } = await handleMessage(service, { type: 'recognized', portal: 'antd', url: 'http://motcua.thanhhoa.gov.vn/ho-so/', coverage: 'partial', records }, true);
  await settled;
  computed.count = 0;
  // A task after every other task: what it sees is what a message arriving then would see.
  const seen = new Set<number>();
  let done = false;
  const probe = () => {
    seen.add(computed.count);
    if (!done) setTimeout(probe, 0);
  };
  probe();
  await refresh(service);
  done = true;
  expect(computed.count).toBe(1500);
  expect([...seen].filter((n) => n > 0 && n < 1500).length).toBeGreaterThan(0);
});
