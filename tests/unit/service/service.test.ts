import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserEffects } from '../../../utils/extension/effects';
import type { RecognizedResponse } from '../../../utils/service/responses';
import { handleMessage as handle, refresh, tick, type Service } from '../../../utils/service/service';
import { vnEpoch } from '../../../utils/time/vn-time';
import { dossier, dropService, NOW, pageViews, testService } from './fixtures';

let service: Service;

/** Answers once the refresh the message started is done, as the badge checks need. */
async function handleMessage(...args: Parameters<typeof handle>) {
  const { reply, settled } = await handle(...args);
  await settled;
  return reply;
}
let now = NOW;

const recognized = (records = [dossier({ code: 'A', dueAt: '2026-11-13T17:00:00+07:00' }), dossier({ code: 'B' })]) => ({
  type: 'recognized',
  portal: 'antd',
  url: 'http://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly',
  coverage: 'partial',
  records,
});

describe('background service', () => {
  beforeEach(() => {
    now = NOW;
    service = testService(() => now);
  });
  afterEach(() => dropService(service));

  it('stores what a page recognised and answers with one chip view per record', async () => {
    const reply = await handleMessage(service, recognized(), true);
    expect(reply.ok).toBe(true);
    const value = (reply as { value: RecognizedResponse }).value;
    expect(value.inserted).toBe(2);
    expect(value.locale).toBe('vi');
    expect(pageViews(recognized().records, value).map((v) => [v.code, v.label])).toEqual([
      ['A', 'Quá hạn 3 ngày làm việc'],
      ['B', 'Còn 18 ngày làm việc'],
    ]);
  });

  it("answers a page's rows before they are written, an extension page's once they are", async () => {
    // A write that fails shows which came first: the page already has its chips, the other sender an error.
    vi.spyOn(service.db.dossiers, 'bulkPut').mockRejectedValue(new Error('ổ đĩa đầy'));
    const page = await handle(service, recognized(), true);
    expect(page.reply.ok).toBe(true);
    const views = pageViews(recognized().records, (page.reply as { value: RecognizedResponse }).value);
    expect(views.map((v) => [v.code, v.label])).toEqual([
      ['A', 'Quá hạn 3 ngày làm việc'],
      ['B', 'Còn 18 ngày làm việc'],
    ]);
    await expect(page.settled).rejects.toThrow('ổ đĩa đầy');
    expect(await service.db.dossiers.count()).toBe(0);
    // No badge from a write that did not happen.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const other = await handle(service, recognized(), false);
    expect(other.reply).toEqual({ ok: false, error: 'ổ đĩa đầy' });
  });

  it('updates the badge and notifies once per event', async () => {
    await handleMessage(service, recognized(), true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toContain('Quá hạn: 1');
    const shown = Object.keys(await fakeBrowser.notifications.getAll());
    expect(shown).toEqual(['digest|2026-11-18', 'overdue|antd|A|2026-11-13T17:00:00+07:00']);
    for (const id of shown) await fakeBrowser.notifications.clear(id);
    await handleMessage(service, recognized(), true);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('recounts on the alarm tick because time passes with no portal open', async () => {
    await handleMessage(service, { ...recognized([dossier({ code: 'C', dueAt: '2026-11-20T17:00:00+07:00' })]), coverage: 'complete' }, true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0');
    now = vnEpoch(2026, 11, 19, 9, 0);
    await tick(service, fakeBrowser.storage.local);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it.each([
    ['one page of a longer list: no number, and the tooltip says what was not seen', { coverage: 'partial', seen: { page: 1, pageCount: 2, rowsSeen: 20, totalRows: 40 } }, '', true],
    ['the whole list: a real 0', { coverage: 'complete', seen: { page: 1, pageCount: 1, rowsSeen: 1, totalRows: 1 } }, '0', false],
  ])('with nothing pending, %s', async (_name, patch, text, partial) => {
    await handleMessage(service, { ...recognized([dossier({ code: 'C', dueAt: '2026-12-20T17:00:00+07:00' })]), ...patch }, true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(text);
    expect((await fakeBrowser.action.getTitle({})).includes('Chỉ tính hồ sơ đã thấy: 1 danh sách chưa xem hết')).toBe(partial);
  });

  it('stops counting a partly seen list a day after it was seen, and purges it after the retention period', async () => {
    await handleMessage(service, recognized([dossier({ code: 'C', dueAt: '2026-12-20T17:00:00+07:00' })]), true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    now = vnEpoch(2026, 11, 19, 10, 1);
    await tick(service, fakeBrowser.storage.local);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0');
    expect(await service.db.lists.count()).toBe(1);
    now = vnEpoch(2027, 3, 1, 10, 0);
    await tick(service, fakeBrowser.storage.local);
    expect(await service.db.lists.count()).toBe(0);
  });

  it('lets a portal page report and confirm, but not change settings', async () => {
    const reply = await handleMessage(service, { type: 'save-settings', patch: { locale: 'en' } }, true);
    expect(reply).toEqual({ ok: false, error: '"save-settings" không được gửi từ trang cổng' });
    expect((await handleMessage(service, { type: 'save-settings', patch: { locale: 'en' } }, false)).ok).toBe(true);
  });

  it('recounts the badge when an extension page changed the database directly', async () => {
    await handleMessage(service, recognized(), true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await service.db.dossiers.clear();
    expect(await handleMessage(service, { type: 'data-changed' }, true)).toEqual({ ok: false, error: '"data-changed" không được gửi từ trang cổng' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await handleMessage(service, { type: 'data-changed' }, false)).toEqual({ ok: true, value: null });
    // An empty database shows no badge at all.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('answers an invalid message with an error instead of throwing', async () => {
    const reply = await handleMessage(service, { ...recognized(), url: 'javascript:alert(1)' }, true);
    expect(reply.ok).toBe(false);
  });

  it('marking a dossier confirmed is kept and takes it off the badge', async () => {
    await handleMessage(service, recognized([dossier({ code: 'D', status: 'done' })]), true);
    expect((await handleMessage(service, { type: 'mark-confirmed', key: ['antd', 'D'], confirmed: true }, true)).ok).toBe(true);
    const list = await handleMessage(service, { type: 'get-dossiers' }, false);
    expect((list as { value: { confirmedOnSystem: boolean }[] }).value[0]!.confirmedOnSystem).toBe(true);
  });

  it('opens the letter page of a stored dossier when a portal page asks, and refuses an unknown dossier', async () => {
    await handleMessage(service, recognized(), true);
    expect(await handleMessage(service, { type: 'open-letter', key: ['antd', 'A'] }, true)).toEqual({ ok: true, value: null });
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(`${fakeBrowser.runtime.getURL('/letter.html')}?portal=antd&code=A`);
    const unknown = await handleMessage(service, { type: 'open-letter', key: ['antd', 'Z'] }, true);
    expect(unknown).toEqual({ ok: false, error: 'Không tìm thấy hồ sơ Z (cổng antd)' });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(urls.length);
  });

  it('refreshes asked for while one waits share it: one running and three asked for cost two, and the second reads the later store', async () => {
    await handleMessage(service, recognized([dossier({ code: 'P', dueAt: '2026-11-13T17:00:00+07:00' })]), true);
    const badges: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    service = {
      ...service,
      effects: { ...browserEffects, applyBadge: async (state) => void (badges.push(state.text), badges.length === 1 && (await gate)) },
    };
    const first = refresh(service);
    await vi.waitFor(() => expect(badges).toEqual(['1']));
    // While the first is held in the badge call, a slice adds two overdue dossiers and three refreshes are asked for.
    // Sent as an extension page would, answered once stored (a page's answer comes before the write).
    const { settled } = await handle(service, recognized([dossier({ code: 'Q', dueAt: '2026-11-13T17:00:00+07:00' }), dossier({ code: 'R', dueAt: '2026-11-13T17:00:00+07:00' })]), false);
    const later = [refresh(service), refresh(service), refresh(service)];
    expect(new Set(later).size).toBe(1);
    open();
    // The slice's own refresh is the one waiting too.
    await Promise.all([first, ...later, settled]);
    expect(badges).toEqual(['1', '3']);
  });

  it('a page teaches and reads how its own portal is read, never another origin\'s', async () => {
    const page = 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan';
    const adapter = {
      origin: 'http://motcua.tphcm.gov.vn',
      path: '/ho-so/da-tiep-nhan',
      label: 'Cổng motcua.tphcm.gov.vn',
      rows: 'article[data-hs]',
      fields: { code: { selector: '[data-truong="so-bien-nhan"]' }, dueAt: { selector: '[data-truong="hen-tra"]' } },
      dateFormat: 'dd/MM/yyyy',
      taughtAt: '2026-11-24T10:00:00+07:00',
    };
    const refused = { ok: false, error: 'Trang chỉ được đọc và dạy cách đọc của chính cổng mình' };
    expect(await handleMessage(service, { type: 'save-taught', adapter }, true, 'http://motcua.thanhhoa.gov.vn/x')).toEqual(refused);
    expect(await handleMessage(service, { type: 'save-taught', adapter }, true, page)).toEqual({ ok: true, value: { ok: true } });
    expect(await handleMessage(service, { type: 'get-taught', url: page }, true, page)).toEqual({ ok: true, value: [adapter] });
    expect(await handleMessage(service, { type: 'get-taught', url: page }, true, 'http://motcua.thanhhoa.gov.vn/x')).toEqual(refused);
    // Another portal's own question gets only its own (none).
    const other = 'http://motcua.thanhhoa.gov.vn/ho-so';
    expect(await handleMessage(service, { type: 'get-taught', url: other }, true, other)).toEqual({ ok: true, value: [] });
    // Script in a selector never reaches the store.
    const hostile = { ...adapter, rows: 'a[href="javascript:alert(1)"]' };
    expect((await handleMessage(service, { type: 'save-taught', adapter: hostile }, true, page)).ok).toBe(false);
  });
});
