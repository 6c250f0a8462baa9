/** The pages' first screens: answered from the last refresh, never silently stale (issue 17). */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupData } from '../../../components/PopupApp';
import { browserEffects } from '../../../utils/extension/effects';
import { loadPopupData, type Send } from '../../../utils/service/popup-data';
import type { ServiceResponseMap } from '../../../utils/service/responses';
import { handleMessage as handle, refresh, type Effects, type Service } from '../../../utils/service/service';
import { popupAnswer, type PopupSnapshot } from '../../../utils/service/snapshot';
import { compareViews } from '../../../utils/service/views';
import { dossier, dropService, NOW, testService, view } from './fixtures';

let service: Service;
let now = NOW;

async function ask<T extends 'get-popup' | 'get-table-head'>(s: Service, message: { type: T; first?: number; rows?: number }): Promise<ServiceResponseMap[T]> {
  const { reply } = await handle(s, message, false);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ServiceResponseMap[T];
}
const codes = (answer: { views: { code: string }[] }) => answer.views.map((v) => v.code);

const STORED = [
  dossier({ code: 'late', dueAt: '2026-11-13T17:00:00+07:00' }),
  dossier({ code: 'today', dueAt: '2026-11-18T17:00:00+07:00' }),
  dossier({ code: 'ok' }),
  dossier({ code: 'finished', status: 'done' }),
];

async function stored(s: Service, records = STORED) {
  const { settled } = await handle(s, { type: 'recognized', portal: 'antd', url: 'http://motcua.thanhhoa.gov.vn/ho-so/can-xu-ly', coverage: 'partial', records }, true);
  await settled;
}

describe("the service's first screens", () => {
  beforeEach(() => {
    now = NOW;
    service = testService(() => now);
  });
  afterEach(() => dropService(service));

  it("answers the popup's whole list or its first screen, in group order, with the counts of every dossier", async () => {
    await stored(service);
    const all = await ask(service, { type: 'get-popup' });
    expect(codes(all)).toEqual(['today', 'late', 'ok', 'finished']);
    expect(all).toMatchObject({ at: NOW, total: 4, counts: { 'due-today': 1, overdue: 1, ok: 1, 'done-unconfirmed': 1, 'letter-due': 0 } });
    const head = await ask(service, { type: 'get-popup', first: 2 });
    expect(codes(head)).toEqual(['today', 'late']);
    expect(head.total).toBe(4);
    expect(head.counts).toEqual(all.counts);
  });

  it('names the dashboard\'s first rows in the table\'s default order, of every stored dossier', async () => {
    await stored(service);
    expect(await ask(service, { type: 'get-table-head', rows: 3 })).toEqual({ at: NOW, total: 4, keys: [['antd', 'late'], ['antd', 'today'], ['antd', 'ok']] });
  });

  it('answers from the last refresh within the minute, and computes the views again after it', async () => {
    await stored(service);
    now = NOW + 30_000;
    expect((await ask(service, { type: 'get-popup' })).at).toBe(NOW);
    now = NOW + 61_000;
    expect((await ask(service, { type: 'get-popup' })).at).toBe(NOW + 61_000);
  });

  it('after a change the answer waits for the refresh the change queued, never the views kept from before', async () => {
    await stored(service);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let badges = 0;
    service = { ...service, effects: { ...browserEffects, applyBadge: () => (badges++, gate) } };
    // A refresh holds the queue; the data changes behind it and the next refresh waits.
    const held = refresh(service);
    try {
      await vi.waitFor(async () => expect((await ask(service, { type: 'get-popup', first: 10 })).total).toBe(4));
      await service.db.dossiers.delete(['antd', 'ok']);
      await handle(service, { type: 'data-changed' }, false);
      const answer = ask(service, { type: 'get-popup' });
      open();
      expect(codes(await answer)).toEqual(['today', 'late', 'finished']);
      // The held refresh and the one the change queued, shared by the answer: no third computation.
      expect(badges).toBe(2);
    } finally {
      open();
      await held;
    }
  });

  it('asked while a refresh that read the store after the last change is under way, the answer is that refresh: no second computation', async () => {
    await stored(service);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let badges = 0;
    service = { ...service, effects: { ...browserEffects, applyBadge: () => (badges++, gate) } };
    await service.db.dossiers.delete(['antd', 'ok']);
    await handle(service, { type: 'data-changed' }, false);
    // The change's refresh has read the store and holds at the badge: it is under way, not waiting.
    await vi.waitFor(() => expect(badges).toBe(1));
    const answer = ask(service, { type: 'get-popup' });
    open();
    expect(codes(await answer)).toEqual(['today', 'late', 'finished']);
    expect(badges).toBe(1);
  });

  it('after a change the first screen is not the one kept from before it', async () => {
    await stored(service);
    await handle(service, { type: 'save-settings', patch: { locale: 'en' } }, false);
    expect(await ask(service, { type: 'get-popup', first: 1 })).toMatchObject({ locale: 'en', total: 4 });
  });

  it('a worker started again answers the first screen kept in storage.session, dated by when it was computed', async () => {
    await stored(service);
    now = NOW + 3_600_000;
    const restarted: Service = { ...service };
    const head = await ask(restarted, { type: 'get-popup', first: 2 });
    expect(head).toMatchObject({ at: NOW, total: 4 });
    expect(codes(head)).toEqual(['today', 'late']);
    // Everything is computed at the current time.
    expect((await ask(restarted, { type: 'get-popup' })).at).toBe(NOW + 3_600_000);
  });

  it('without a place to keep first screens (the userscript) the first answer is computed', async () => {
    const { keepFirstScreens: _k, loadFirstScreens: _l, ...plain } = browserEffects;
    const effects: Effects = plain;
    const userscript: Service = { ...service, effects };
    await stored(userscript);
    const fresh: Service = { ...userscript };
    now = NOW + 5_000;
    const head = await ask(fresh, { type: 'get-popup', first: 1 });
    expect(head).toMatchObject({ at: NOW + 5_000, total: 4 });
    expect(codes(head)).toEqual(['today']);
  });
});

describe('loadPopupData', () => {
  const SNAP = { at: NOW, locale: 'vi' as const, partialLists: [], views: [view({ code: 'late', dueAt: '2026-11-13T17:00:00+07:00' }), view({ code: 'ok' }), view({ code: 'ok-2' })].sort(compareViews) };
  const fakeSend = (head: PopupSnapshot, all: PopupSnapshot) => {
    const sent: unknown[] = [];
    const send = (async (m: { type: string; first?: number }) => {
      sent.push(m);
      return m.first === undefined ? all : head;
    }) as unknown as Send;
    return { send, sent };
  };

  it('hands the first screen over first, with the counts of all, then answers everything', async () => {
    const { send, sent } = fakeSend(popupAnswer(SNAP, 1), popupAnswer(SNAP));
    const early = vi.fn();
    const all = await loadPopupData(send, async () => NOW + 1_000, early);
    expect(early).toHaveBeenCalledTimes(1);
    const first = early.mock.calls[0]![0] as PopupData;
    expect(codes(first)).toEqual(['late']);
    expect(first).toMatchObject({ total: 3, counts: { overdue: 1, ok: 2 }, now: NOW });
    expect(first.asOf).toBeUndefined();
    expect(codes(all)).toEqual(['late', 'ok', 'ok-2']);
    expect(sent).toEqual([{ type: 'get-popup', first: 20 }, { type: 'get-popup' }]);
  });

  it('a first screen computed more than a minute ago says when; the current answer does not', async () => {
    const later = { ...SNAP, at: NOW + 120_000 };
    const { send } = fakeSend(popupAnswer(SNAP), popupAnswer(later));
    const early = vi.fn();
    const all = await loadPopupData(send, async () => NOW + 120_000, early);
    expect((early.mock.calls[0]![0] as PopupData).asOf).toBe(NOW);
    expect(all.asOf).toBeUndefined();
  });

  it('a short list that is current is answered whole by the first request', async () => {
    const { send, sent } = fakeSend(popupAnswer(SNAP), popupAnswer(SNAP));
    const early = vi.fn();
    expect(codes(await loadPopupData(send, async () => NOW, early))).toEqual(['late', 'ok', 'ok-2']);
    expect(early).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
  });
});

describe('the popup on a first screen', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it("shows the service's counts and the figures' time until everything is in, then the current list", async () => {
    const late = (code: string) => view({ code, dueAt: '2026-11-13T17:00:00+07:00' });
    const head: PopupData = {
      views: [late('late-1'), late('late-2')],
      locale: 'vi',
      now: NOW,
      counts: { 'letter-due': 0, 'due-today': 0, overdue: 3000, near: 0, ok: 2000, 'done-unconfirmed': 0, unknown: 0, stale: 0 },
      total: 5000,
      asOf: NOW - 120_000,
    };
    let finish!: (d: PopupData) => void;
    const load = (early?: (first: PopupData) => void) => {
      early?.(head);
      return new Promise<PopupData>((resolve) => (finish = resolve));
    };
    root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp load={load} onOpen={() => {}} onConfirm={async () => {}} onLetter={() => {}} />, root);
    await expect.poll(() => root.querySelector('.nh-item')).not.toBeNull();
    expect(root.querySelector('.nh-count')?.textContent).toBe('5000/5000 hồ sơ');
    expect(root.querySelector('.nh-group-overdue')?.textContent).toBe('Quá hạn (3000)');
    expect(root.querySelector('[data-group="overdue"] b')?.textContent).toBe('3000');
    expect([...root.querySelectorAll('.nh-item')].map((e) => e.getAttribute('data-code'))).toEqual(['late-1', 'late-2']);
    expect(root.querySelector('.nh-asof')?.textContent).toBe('Số liệu lúc 18/11/2026 09:58, đang cập nhật…');
    expect(root.querySelector('.nh-list')?.getAttribute('aria-busy')).toBe('true');

    finish({ views: [late('late-1'), view({ code: 'ok' })], locale: 'vi', now: NOW, counts: { ...head.counts!, overdue: 1, ok: 1 }, total: 2 });
    await expect.poll(() => root.querySelector('.nh-count')?.textContent).toBe('2/2 hồ sơ');
    expect(root.querySelector('.nh-asof')).toBeNull();
    expect(root.querySelector('.nh-list')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('.nh-group-overdue')?.textContent).toBe('Quá hạn (1)');
  });
});
