import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmAdapter } from '../../../utils/userscript/gm';

const g = globalThis as Record<string, unknown>;
const NAMES = ['GM', 'GM_getValue', 'GM_setValue', 'GM_notification'];

afterEach(() => {
  for (const name of NAMES) delete g[name];
  localStorage.clear();
});

describe('GM adapter', () => {
  it('uses the promise API (GM.*) when the manager offers it', async () => {
    const values = new Map<string, unknown>();
    const notification = vi.fn();
    g.GM = {
      getValue: async (k: string) => values.get(k),
      setValue: async (k: string, v: unknown) => void values.set(k, v),
      notification,
    };
    g.GM_getValue = () => {
      throw new Error('the sync form must not be used when GM.* exists');
    };
    const gm = gmAdapter();
    await gm.setValue('k', { fired: ['a'] });
    expect(await gm.getValue('k')).toEqual({ fired: ['a'] });
    gm.notify?.({ title: 'T', text: 'x' });
    expect(notification).toHaveBeenCalledWith({ title: 'T', text: 'x' });
  });

  it('uses the synchronous API (GM_*) when that is all there is', async () => {
    const values: Record<string, unknown> = {};
    g.GM_getValue = (k: string) => values[k];
    g.GM_setValue = (k: string, v: unknown) => void (values[k] = v);
    g.GM_notification = vi.fn();
    const gm = gmAdapter();
    await gm.setValue('k', 1);
    expect(values).toEqual({ k: 1 });
    expect(await gm.getValue('k')).toBe(1);
    gm.notify?.({ title: 'T', text: 'x' });
    expect(g.GM_notification).toHaveBeenCalledOnce();
  });

  it('falls back to the page’s localStorage and no notifications without grants', async () => {
    const gm = gmAdapter();
    expect(gm.notify).toBeNull();
    expect(await gm.getValue('k')).toBeUndefined();
    await gm.setValue('k', { digestDate: '2026-11-18' });
    expect(localStorage.getItem('nhac-han:k')).toBe('{"digestDate":"2026-11-18"}');
    expect(await gm.getValue('k')).toEqual({ digestDate: '2026-11-18' });
  });

  it('keeps storage and notifications independent: GM.* storage with only GM_notification', async () => {
    g.GM = { getValue: async () => 'v', setValue: async () => undefined };
    g.GM_notification = vi.fn();
    const gm = gmAdapter();
    expect(await gm.getValue('k')).toBe('v');
    gm.notify?.({ title: 'T', text: 'x' });
    expect(g.GM_notification).toHaveBeenCalledOnce();
  });
});
