import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnnotating, type AnnotateOptions } from '../../../utils/annotate/annotate';
import { CHIP_TAG, type MountChip } from '../../../utils/annotate/chip-layer';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { IGATE_MESSAGE_SOURCE } from '../../../utils/extension/igate-bridge';
import type { RecognizedResponse } from '../../../utils/extension/messages';
import { dossierView } from '../../../utils/extension/views';
import { vnEpoch } from '../../../utils/time/vn-time';

const NOW = vnEpoch(2026, 11, 25, 9, 0);
const html = readFileSync(resolve('tests/fixtures/portals/generic/plain-table.html'), 'utf8');
const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;

// A shadow-root host as both builds make it: what renders inside is not seen by the page's observer.
const mountChip: MountChip = async (anchor) => {
  const host = document.createElement(CHIP_TAG);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  anchor.append(host);
  return { container, remove: () => host.remove() };
};

/** The background's answer: one engine view per record. */
const send = vi.fn<AnnotateOptions['send']>(async (message) => ({
  inserted: message.records.length,
  updated: 0,
  unchanged: 0,
  markedUnseen: 0,
  views: message.records.map((r) => dossierView(r, NOW, DEFAULT_RULES, 'vi')),
  locale: 'vi' as const,
}) as unknown as RecognizedResponse);

const chips = () => [...document.querySelectorAll(CHIP_TAG)];

let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = body;
  send.mockClear();
  controller = new AbortController();
});
afterEach(() => controller.abort());

const start = () => startAnnotating({ send, mountChip, onAction: vi.fn(), signal: controller.signal });

describe('annotate loop (shared by the content script and the userscript)', () => {
  it('reports the page’s dossiers once and puts one chip with the engine’s label on each row', async () => {
    start();
    await vi.waitFor(() => expect(chips()).toHaveLength(40));
    expect(send).toHaveBeenCalledOnce();
    const message = send.mock.calls[0]![0];
    expect(message).toMatchObject({ type: 'recognized', portal: 'generic', url: location.href, coverage: 'complete' });
    const first = document.querySelector('[data-nhac-han]')!;
    expect(first.getAttribute('data-nhac-han')).toBe('generic|000.00.31.H48-261119-6337');
    expect(first.querySelector(CHIP_TAG)!.shadowRoot!.textContent).toBe(dossierView(message.records[0]!, NOW, DEFAULT_RULES, 'vi').label);
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
});
