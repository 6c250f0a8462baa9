import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RULES } from '../../../utils/calendar';
import type { RecognizedResponse } from '../../../utils/service/responses';

type KeptModule = typeof import('../../../utils/extension/kept-chips');
/** A fresh copy of the module: a worker started again, with only what `storage.local` kept. */
const worker = async (): Promise<KeptModule> => {
  vi.resetModules();
  return import('../../../utils/extension/kept-chips');
};

const LIST = 'https://dichvucong.thanhhoa.gov.vn/vi/dossier/processing';
const answer = (version: string, stored: RecognizedResponse['stored'], locale: 'vi' | 'en' = 'vi'): RecognizedResponse => ({
  inserted: 0,
  updated: 0,
  unchanged: Object.keys(stored).length,
  stale: 0,
  markedUnseen: 0,
  historyRows: 0,
  problems: [],
  dropped: 0,
  now: 0,
  rules: DEFAULT_RULES,
  locale,
  stored,
  chipsVersion: version,
});

beforeEach(() => fakeBrowser.reset());

describe('a list’s kept chip context', () => {
  it('is the last answer’s, at the current time, while the store’s chips version stays', async () => {
    const kept = await worker();
    const version = await kept.chipsVersion();
    expect(await kept.chipsVersion()).toBe(version);
    // Another worker (after a restart) is at the same version.
    expect(await (await worker()).chipsVersion()).toBe(version);
    await kept.keepChips(`${LIST}?page=1`, answer(version, { 'igate|A': {}, 'igate|B': { confirmedOnSystem: true } }));
    const before = Date.now();
    const context = await kept.keptChips(`${LIST}?page=1#top`);
    expect(context).toMatchObject({ rules: DEFAULT_RULES, locale: 'vi', stored: { 'igate|A': {}, 'igate|B': { confirmedOnSystem: true } } });
    expect(context!.now).toBeGreaterThanOrEqual(before);
  });

  it('is kept by list (origin and path), the rows of its pages together, and never under the query string', async () => {
    const kept = await worker();
    const version = await kept.chipsVersion();
    await kept.keepChips(`${LIST}?page=1&token=bi-mat`, answer(version, { 'igate|A': {}, 'igate|B': {} }));
    await kept.keepChips(`${LIST}?page=2&token=bi-mat`, answer(version, { 'igate|C': { letterSent: true }, 'igate|B': { letterSent: true } }));
    expect(Object.keys((await kept.keptChips(`${LIST}?page=3`))!.stored).sort()).toEqual(['igate|A', 'igate|B', 'igate|C']);
    expect((await kept.keptChips(LIST))!.stored['igate|B']).toEqual({ letterSent: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('bi-mat');
    expect(await kept.keptChips('https://dichvucong.thanhhoa.gov.vn/vi/dossier/other')).toBeNull();
    expect(await kept.keptChips('about:blank')).toBeNull();
  });

  it('is dropped by any change a chip may show, and an answer from before the change is not kept', async () => {
    const kept = await worker();
    const old = await kept.chipsVersion();
    await kept.keepChips(LIST, answer(old, { 'igate|A': {} }));
    const next = await kept.newChipsVersion();
    expect(next).not.toBe(old);
    expect(await kept.keptChips(LIST)).toBeNull();
    // Erased, not only out of date (an officer who erases the data erases this too).
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['nhacHan:chipsVersion']);
    // A page answered before the change keeps its context after it: that copy is never used.
    await kept.keepChips(LIST, answer(old, { 'igate|A': {} }));
    expect(await kept.keptChips(LIST)).toBeNull();
    expect(await (await worker()).chipsVersion()).toBe(next);
  });

  it('is no context when damaged, and an answer without a version (the userscript) is not kept', async () => {
    const kept = await worker();
    const version = await kept.chipsVersion();
    const key = `nhacHan:chips:${LIST}`;
    for (const damaged of [{ version, stored: null, rules: DEFAULT_RULES, locale: 'vi' }, { version, stored: {}, rules: DEFAULT_RULES, locale: 'fr' }, 'chuỗi']) {
      await fakeBrowser.storage.local.set({ [key]: damaged });
      expect(await kept.keptChips(LIST)).toBeNull();
    }
    // A damaged copy of the same version is replaced, not merged.
    await fakeBrowser.storage.local.set({ [key]: { version, stored: null } });
    await kept.keepChips(LIST, answer(version, { 'igate|A': {} }));
    expect((await kept.keptChips(LIST))!.stored).toEqual({ 'igate|A': {} });
    await fakeBrowser.storage.local.remove(key);
    const { chipsVersion: _none, ...unversioned } = answer(version, { 'igate|A': {} });
    await kept.keepChips(LIST, unversioned);
    expect(await kept.keptChips(LIST)).toBeNull();
  });

  it.each([
    ['mark-confirmed', { ok: true, value: null }, true],
    ['record-letter', { ok: true, value: {} }, true],
    ['save-settings', { ok: true, value: {} }, true],
    ['data-changed', { ok: true, value: null }, true],
    ['mark-confirmed', { ok: false }, false],
    ['set-note', { ok: true, value: null }, false],
    ['save-taught', { ok: true, value: {} }, false],
    ['recognized', { ok: true, value: { inserted: 0, updated: 0 } }, false],
    ['recognized', { ok: true, value: { inserted: 3, updated: 0 } }, true],
    ['recognized', { ok: true, value: { inserted: 0, updated: 1 } }, true],
  ])('%s answered %j changes the chips: %s', async (type, reply, changes) => {
    expect((await worker()).changesChips(type, reply)).toBe(changes);
  });
});
