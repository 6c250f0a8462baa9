import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnnotating, type PageSend } from '../../../utils/annotate/annotate';
import { CHIP_TAG } from '../../../utils/annotate/chip-layer';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { IGATE_MESSAGE_SOURCE } from '../../../utils/annotate/igate-bridge';
import type { RecognizedResponse } from '../../../utils/service/responses';
import type { ChipContext } from '../../../utils/service/page-views';
import type { MessageOf } from '../../../utils/messaging';
import { dossierKey, dossierView } from '../../../utils/service/views';
import { vnEpoch } from '../../../utils/time/vn-time';
import { fakeViewport } from './viewport';
import { bigTable } from '../../fixtures/hostile';

const NOW = vnEpoch(2026, 11, 25, 9, 0);
const html = readFileSync(resolve('tests/fixtures/portals/generic/plain-table.html'), 'utf8');
const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;

type Sent = Parameters<PageSend>[0];

/** How many chip views were computed from the answers (each reads the answer's rules once). */
let viewsComputed = 0;

/** The background's answer: every recognised record taken, nothing known beyond it; null to the other messages. */
const send = vi.fn(async (message: Sent) =>
  message.type === 'recognized'
    ? ({
        inserted: message.records.length,
        updated: 0,
        unchanged: 0,
        markedUnseen: 0,
        now: NOW,
        get rules() {
          viewsComputed++;
          return DEFAULT_RULES;
        },
        locale: 'vi' as const,
        stored: Object.fromEntries(message.records.map((r) => [dossierKey(r.portal, r.code), {}])),
      } as unknown as RecognizedResponse)
    : null,
);
const recognizedCalls = () => send.mock.calls.filter(([m]) => m.type === 'recognized');

let viewport: ReturnType<typeof fakeViewport>;
/** Every chip host, once each marked row has been scrolled near the viewport. */
const chips = () => {
  viewport.reveal(document.querySelectorAll('[data-nhac-han] td'));
  return [...document.querySelectorAll(CHIP_TAG)];
};

let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = body;
  send.mockClear();
  viewsComputed = 0;
  viewport = fakeViewport();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

const start = () => startAnnotating({ send: send as unknown as PageSend, signal: controller.signal });

describe('annotate loop (shared by the content script and the userscript)', () => {
  it('reports the page’s dossiers once and puts one chip with the engine’s label on each row', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    expect(send).toHaveBeenCalledOnce();
    // The finished scan is counted on the root, the sign e2e tests wait for before asserting absence.
    expect(document.documentElement.getAttribute('data-nhac-han-scans')).toBe('1');
    const message = send.mock.calls[0]![0] as MessageOf<'recognized'>;
    expect(message).toMatchObject({ type: 'recognized', portal: 'generic', url: location.href, coverage: 'complete' });
    const first = document.querySelector('[data-nhac-han]')!;
    expect(first.getAttribute('data-nhac-han')).toBe('generic|000.00.31.H48-261119-6337');
    expect(first.querySelector(CHIP_TAG)!.shadowRoot!.textContent).toBe(dossierView(message.records[0]!, NOW, DEFAULT_RULES, 'vi').label);
  });

  it('draws a list seen before from its kept context before the store answers, then as the store says', async () => {
    const FIRST = 'generic|000.00.31.H48-261119-6337';
    // The store is slow to answer this time.
    let answer!: () => void;
    send.mockImplementationOnce(async (message: Sent) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return send.getMockImplementation()!(message);
    });
    const stored = Object.fromEntries([...document.querySelectorAll('tbody tr')].map((_, i) => [i === 0 ? FIRST : `generic|other-${i}`, {}]));
    stored[FIRST] = { letterSent: true, appointmentOverride: '2026-12-10T17:00:00+07:00' };
    startAnnotating({
      send: send as unknown as PageSend,
      signal: controller.signal,
      kept: Promise.resolve({ now: NOW, rules: DEFAULT_RULES, locale: 'vi', stored }),
    });
    const firstChip = () => document.querySelector(`[data-nhac-han="${FIRST}"] ${CHIP_TAG}`)?.shadowRoot?.textContent;
    // Only the rows the kept context knows: here the first one.
    await vi.waitFor(() => expect(chips()).toHaveLength(1));
    expect(firstChip()).toBe('Đã gửi thư · hẹn mới 10/12');
    expect(send).toHaveBeenCalledOnce();
    answer();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    const message = send.mock.calls[0]![0] as MessageOf<'recognized'>;
    expect(firstChip()).toBe(dossierView(message.records[0]!, NOW, DEFAULT_RULES, 'vi').label);
    // Only the first scan draws from it: the next ones have the store's answer.
    document.querySelector('tbody tr:last-child')!.remove();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(chips()).toHaveLength(39));
    expect(firstChip()).toBe(dossierView(message.records[0]!, NOW, DEFAULT_RULES, 'vi').label);
  });

  it('re-scans after the page changes but not after adding its own chips', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    await new Promise((r) => setTimeout(r, 500));
    expect(send).toHaveBeenCalledOnce();
    document.querySelector('tbody tr')!.remove();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(chips()).toHaveLength(39));
  });

  it('removes its chips and stops when the signal is aborted', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    controller.abort();
    expect(chips()).toHaveLength(0);
    document.querySelector('tbody tr')!.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(send).toHaveBeenCalledOnce();
  });

  it('ignores a page message that is not an iGate search body', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    window.dispatchEvent(new MessageEvent('message', { data: { source: IGATE_MESSAGE_SOURCE, url: location.href, body: 'not json' }, source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'other', body: '{}' }, source: window }));
    await new Promise((r) => setTimeout(r, 500));
    expect(send).toHaveBeenCalledOnce();
  });

  it('brings the chips back after a re-render of the same rows without asking the store again', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    const tbody = document.querySelector('tbody')!;
    const clean = tbody.cloneNode(true) as HTMLElement;
    clean.querySelectorAll(CHIP_TAG).forEach((c) => c.remove());
    const computed = viewsComputed;
    expect(computed).toBe(40);
    tbody.innerHTML = clean.innerHTML;
    expect(chips()).toHaveLength(0);
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    expect(send).toHaveBeenCalledOnce();
    // Nor are the views computed again: the same answer, the same views.
    expect(viewsComputed).toBe(computed);
  });

  it('after a re-render of a long list, marks its first rows while the rest is still being read', async () => {
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(bigTable(300))![1]!;
    start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-nhac-han]')).toHaveLength(300), { timeout: 10_000 });
    const tbody = document.querySelector('table[border] tbody')!;
    const clean = tbody.cloneNode(true) as HTMLElement;
    clean.querySelectorAll(CHIP_TAG).forEach((c) => c.remove());
    clean.querySelectorAll('[data-nhac-han]').forEach((r) => r.removeAttribute('data-nhac-han'));
    // Every slice of the reading outlasts its budget, so the reading pauses every 50 rows.
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const batches: number[] = [];
    const watch = new MutationObserver((records) => batches.push(records.length));
    tbody.innerHTML = clean.innerHTML;
    watch.observe(tbody, { attributes: true, attributeFilter: ['data-nhac-han'], subtree: true });
    await vi.waitFor(() => expect(document.querySelectorAll('[data-nhac-han]')).toHaveLength(300), { timeout: 10_000 });
    watch.disconnect();
    vi.mocked(performance.now).mockRestore();
    // The first rows read are marked (their chips on the way) before the next are read; a reading
    // of all 300 first would mark them 200 at a time.
    expect(batches[0]).toBe(50);
    expect(send).toHaveBeenCalledOnce();
  });

  it('on a visit, gives the rows read before the kept context was at hand their chips as soon as it is', async () => {
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(bigTable(300))![1]!;
    const firstRow = document.querySelector('table[border] tbody tr')!;
    // Every slice of the reading outlasts its budget, so the reading pauses every 50 rows.
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    // The store stays silent; the kept context knows every row and comes after the first 50 are read.
    const silent = (() => new Promise(() => undefined)) as unknown as PageSend;
    const stored = new Proxy({}, { get: () => ({}) });
    const kept = new Promise<ChipContext>((resolve) => setTimeout(() => resolve({ now: NOW, rules: DEFAULT_RULES, locale: 'vi', stored }), 0));
    const marked: Element[] = [];
    const watch = new MutationObserver((records) => marked.push(...records.map((r) => r.target as Element)));
    watch.observe(document.body, { attributes: true, attributeFilter: ['data-nhac-han'], subtree: true });
    startAnnotating({ send: silent, signal: controller.signal, kept });
    await vi.waitFor(() => expect(marked.length).toBeGreaterThanOrEqual(50));
    watch.disconnect();
    vi.mocked(performance.now).mockRestore();
    // The first row read is the first marked, not the 51st (the first the next batch would mark).
    expect(marked[0]).toBe(firstRow);
    expect(marked.slice(0, 50)).toEqual([...document.querySelectorAll('table[border] tbody tr')].slice(0, 50));
  });

  it('lets the kept context in between the first slices, though the browser resumes a yielded reading ahead of queued tasks', async () => {
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(bigTable(300))![1]!;
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    // Chromium's scheduler.yield() continues before the tasks already queued: here, a microtask.
    vi.stubGlobal('scheduler', { yield: () => Promise.resolve() });
    const silent = (() => new Promise(() => undefined)) as unknown as PageSend;
    const stored = new Proxy({}, { get: () => ({}) });
    // The storage read's answer is a task, queued before the reading starts.
    const kept = new Promise<ChipContext>((resolve) => setTimeout(() => resolve({ now: NOW, rules: DEFAULT_RULES, locale: 'vi', stored }), 0));
    startAnnotating({ send: silent, signal: controller.signal, kept });
    // Registered after the annotator's own: runs once the rows read so far have their marks.
    const markedWhenKept = await kept.then(() => document.querySelectorAll('[data-nhac-han]').length);
    vi.mocked(performance.now).mockRestore();
    // Within the first two slices of 50 rows, not once 250 are read: the reading paused behind the answer.
    expect(markedWhenKept).toBeGreaterThanOrEqual(50);
    expect(markedWhenKept).toBeLessThanOrEqual(100);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-nhac-han]')).toHaveLength(300));
  });

  it('draws a row that reads differently after a re-render from its new reading, before the store answers', async () => {
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(bigTable(300))![1]!;
    start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-nhac-han]')).toHaveLength(300), { timeout: 10_000 });
    const first = () => document.querySelector('table[border] tbody tr')!;
    const label = () => {
      viewport.reveal([first().querySelectorAll('td')[1]!]);
      return first().querySelector(CHIP_TAG)?.shadowRoot?.querySelector('.nh-chip')?.textContent;
    };
    const before = label();
    // The store is slow to answer the changed reading.
    let answer!: () => void;
    send.mockImplementationOnce(async (message: Sent) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return send.getMockImplementation()!(message);
    });
    const tbody = document.querySelector('table[border] tbody')!;
    const clean = tbody.cloneNode(true) as HTMLElement;
    clean.querySelectorAll(CHIP_TAG).forEach((c) => c.remove());
    clean.querySelector('tr td:last-child')!.textContent = 'Đã trả kết quả';
    tbody.innerHTML = clean.innerHTML;
    await vi.waitFor(() => expect(label()).toBeTruthy(), { timeout: 10_000 });
    const early = label();
    expect(early).not.toBe(before);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    expect(label()).toBe(early);
    answer();
    await vi.waitFor(() => expect(document.documentElement.getAttribute('data-nhac-han-scans')).toBe('2'));
    expect(label()).toBe(early);
  });

  it('asks the store again on rescan() even when the rows did not change', async () => {
    start().rescan();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(recognizedCalls()[1]![0]).toEqual(recognizedCalls()[0]![0]);
  });

  it('still scans a page that never stops changing, at most about a second late', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    const clock = document.createElement('span');
    document.body.append(clock);
    const ticking = setInterval(() => (clock.textContent = String(performance.now())), 50);
    try {
      document.querySelector('tbody tr')!.remove();
      await vi.waitFor(() => expect(recognizedCalls()).toHaveLength(2), { timeout: 1_500 });
      expect((recognizedCalls()[1]![0] as MessageOf<'recognized'>).records).toHaveLength(39);
    } finally {
      clearInterval(ticking);
    }
  });

  it.each([
    ['Thư xin lỗi', 'overdue', 'open-letter'],
    ['Đã xác nhận trên hệ thống', 'done-unconfirmed', 'mark-confirmed'],
  ])('the chip menu’s "%s" (on a %s chip) asks the worker: %s', async (label, level, type) => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    const host = chips().find((h) => h.shadowRoot!.querySelector(`.nh-chip[data-level="${level}"]`))!;
    const root = host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.nh-chip')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('.nh-menu button').length).toBeGreaterThan(1));
    [...root.querySelectorAll<HTMLButtonElement>('.nh-menu button')].find((b) => b.textContent === label)!.click();
    const key = host.closest('[data-nhac-han]')!.getAttribute('data-nhac-han')!.split('|');
    expect(send).toHaveBeenLastCalledWith(type === 'open-letter' ? { type, key } : { type, key, confirmed: true });
    // A confirmation changes the chip: the store is asked for the views again.
    if (type === 'mark-confirmed') await vi.waitFor(() => expect(recognizedCalls()).toHaveLength(2));
  });
});
