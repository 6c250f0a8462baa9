import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_COLORS, type BadgeState } from '../../../utils/service/badge-state';
import { EMPTY_MEMORY } from '../../../utils/service/notify-plan';
import { userscriptEffects } from '../../../utils/userscript/effects';
import type { GmAdapter } from '../../../utils/userscript/gm';

function fakeGm(notify: GmAdapter['notify'] = vi.fn()) {
  const values = new Map<string, unknown>();
  const gm: GmAdapter = {
    getValue: async <T,>(key: string) => values.get(key) as T | undefined,
    setValue: async (key, value) => void values.set(key, value),
    notify,
  };
  return { gm, values };
}

const badge = (count: number): BadgeState => ({ text: String(count), color: count ? BADGE_COLORS.red : BADGE_COLORS.green, title: '', count });

beforeEach(() => {
  document.head.innerHTML = '<title>Hồ sơ cần xử lý</title>';
});

describe('userscript effects', () => {
  it('writes the count needing action in front of the tab title and removes it at zero', async () => {
    const onBadge = vi.fn();
    const effects = userscriptEffects(fakeGm().gm, onBadge, vi.fn());
    await effects.applyBadge(badge(3));
    expect(document.title).toBe('(3) Hồ sơ cần xử lý');
    await effects.applyBadge(badge(4));
    expect(document.title).toBe('(4) Hồ sơ cần xử lý');
    await effects.applyBadge(badge(0));
    expect(document.title).toBe('Hồ sơ cần xử lý');
    expect(onBadge).toHaveBeenCalledTimes(3);
  });

  it('keeps the notification memory per portal origin', async () => {
    const { gm, values } = fakeGm();
    const effects = userscriptEffects(gm, vi.fn(), vi.fn());
    expect(await effects.loadMemory()).toEqual(EMPTY_MEMORY);
    await effects.saveMemory({ fired: ['overdue|antd|A|2026-11-13T17:00:00+07:00'], digestDate: '2026-11-18' });
    expect([...values.keys()]).toEqual([`notified:${location.origin}`]);
    expect((await effects.loadMemory()).fired).toHaveLength(1);
  });

  it('shows each planned notification through GM, opening the dossier on click', async () => {
    const notify = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const effects = userscriptEffects(fakeGm(notify).gm, vi.fn(), vi.fn());
    await effects.showNotifications([
      { id: 'a', title: 'Hồ sơ quá hạn', message: 'A', url: 'https://motcua.thanhhoa.gov.vn/ho-so/1' },
      { id: 'b', title: 'Tóm tắt', message: 'B', url: null },
    ]);
    expect(notify.mock.calls.map(([d]) => [d.title, d.text, typeof d.onclick])).toEqual([
      ['Hồ sơ quá hạn', 'A', 'function'],
      ['Tóm tắt', 'B', 'undefined'],
    ]);
    notify.mock.calls[0]![0].onclick();
    expect(open).toHaveBeenCalledWith('https://motcua.thanhhoa.gov.vn/ho-so/1', '_blank', 'noopener');
  });

  it('shows nothing and does not fail when the manager grants no notifications', async () => {
    const effects = userscriptEffects(fakeGm(null).gm, vi.fn(), vi.fn());
    await expect(effects.showNotifications([{ id: 'a', title: 'T', message: 'M', url: null }])).resolves.toBeUndefined();
  });
});
