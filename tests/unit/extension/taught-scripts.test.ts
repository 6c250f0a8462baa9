import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncTaughtScripts, taughtMatchPattern } from '../../../utils/extension/taught-scripts';
import type { TaughtAdapter } from '../../../utils/portals/taught/types';

const taught = (origin: string, path: string): TaughtAdapter => ({
  origin,
  path,
  label: `Cổng ${new URL(origin).host}`,
  rows: 'article[data-hs]',
  fields: { code: { selector: '[data-truong="so-bien-nhan"]' }, dueAt: { header: 'Hẹn trả' } },
  dateFormat: 'dd/MM/yyyy',
  taughtAt: '2026-11-24T10:00:00+07:00',
});

/** The scripting API as far as the sync uses it: an in-memory list of registrations. */
function fakeScripting(initial: { id: string; matches: string[]; js: string[] }[] = []) {
  let scripts = [...initial];
  const api = {
    getRegisteredContentScripts: vi.fn(async () => scripts.map((s) => ({ ...s }))),
    registerContentScripts: vi.fn(async (added: { id: string; matches: string[]; js: string[] }[]) => {
      for (const s of added) {
        if (s.matches[0]!.includes('refused')) throw new Error('no host permission');
        scripts.push(s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (scripts = scripts.filter((s) => !ids.includes(s.id)))),
  };
  Object.assign(fakeBrowser, { scripting: api });
  return { api, ids: () => scripts.map((s) => [s.id, s.matches[0]]) };
}

describe('taught portals as registered content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['http://motcua.tphcm.gov.vn', '/ho-so/da-tiep-nhan', 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan*'],
    // Match patterns have no port in Firefox; the annotator checks the exact origin itself.
    ['https://motcua.example.org:8443', '/mot-cua/*/danh-sach', 'https://motcua.example.org/mot-cua/*/danh-sach*'],
  ])('%s%s is matched by %s', (origin, path, pattern) => {
    expect(taughtMatchPattern(taught(origin, path))).toBe(pattern);
  });

  it('registers each taught list once, drops lists no longer taught, and leaves the bootstrap registrations alone', async () => {
    const scripting = fakeScripting([{ id: 'portal:https://motcua.example.org', matches: ['https://motcua.example.org/*'], js: ['/bootstrap.js'] }]);
    const cards = taught('http://motcua.tphcm.gov.vn', '/ho-so/da-tiep-nhan');
    const other = taught('https://motcua.example.org', '/ho-so');
    await syncTaughtScripts([cards, other]);
    await syncTaughtScripts([cards, other]);
    expect(scripting.api.registerContentScripts).toHaveBeenCalledTimes(2);
    await syncTaughtScripts([cards]);
    expect(scripting.ids()).toEqual([
      ['portal:https://motcua.example.org', 'https://motcua.example.org/*'],
      ['taught:http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan', 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan*'],
    ]);
  });

  it('a portal the browser refuses to script does not cost the others', async () => {
    const scripting = fakeScripting();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await syncTaughtScripts([taught('https://refused.example.org', '/ho-so'), taught('http://motcua.tphcm.gov.vn', '/ho-so/da-tiep-nhan')]);
    expect(scripting.ids()).toEqual([['taught:http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan', 'http://motcua.tphcm.gov.vn/ho-so/da-tiep-nhan*']]);
  });
});
