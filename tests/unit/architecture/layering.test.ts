import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, readGraph, roomOf } from './import-graph';
import { GLOBAL_FREE_ROOMS, PLATFORM_GLOBAL, violations } from './rules';

const ROOT = process.cwd();
const SOURCES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'utils', 'components', 'entrypoints', 'userscript'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
const graph = readGraph(SOURCES, ROOT);

describe('layering: the rooms import only along the allowed arrows (docs/architecture.md)', () => {
  it('reads the real graph (the checker has something to check)', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    const arrows = new Set(graph.map((e) => `${roomOf(e.from)} → ${e.isPackage ? e.to : roomOf(e.to)}`));
    for (const known of ['utils/service → utils/store', 'utils/store → dexie', 'entrypoints → wxt/browser', 'utils/deadline → utils/calendar', 'components → preact']) {
      expect(arrows).toContain(known);
    }
  });

  it('has no forbidden import', () => {
    expect(violations(graph)).toEqual([]);
  });

  it.each([
    ['the core importing the store, even for a type', 'utils/deadline/due.ts', "import type { StoredDossier } from '../store';"],
    ['the core importing the service', 'utils/stats/index.ts', "import { dossierView } from '../service/views';"],
    ['the core importing a component', 'utils/letters/compose.ts', "import { Chip } from '../../components/Chip';"],
    ['the core importing the browser', 'utils/portals/index.ts', "import { browser } from 'wxt/browser';"],
    ['the core importing the GM module', 'utils/calendar/lunar.ts', "import { GM_getValue } from '$';"],
    ['the core importing Dexie', 'utils/csv/index.ts', "import Dexie from 'dexie';"],
    ['a component importing the store', 'components/Chip/Chip.tsx', "import { listDossiers } from '../../utils/store';"],
    ['a component importing the browser', 'components/PopupApp/PopupApp.tsx', "import { browser } from 'wxt/browser';"],
    ['a component importing a browser adapter', 'components/PopupApp/PopupApp.tsx', "import { send } from '../../utils/extension/messages';"],
    ['the service importing a browser adapter', 'utils/service/service.ts', "export { applyBadge } from '../extension/badge';"],
    ['the protocol importing the store for a value', 'utils/messaging/messages.ts', "import { upsertSeen } from '../store';"],
    ['the store importing the protocol', 'utils/store/transfer.ts', "import { parseMessage } from '../messaging/messages';"],
    ['validation importing the store', 'utils/validation/records.ts', "import type { StoredDossier } from '../store';"],
    ['an entrypoint importing the userscript', 'entrypoints/popup/main.tsx', "import '../../userscript/main';"],
    ['the userscript importing an entrypoint', 'userscript/main.tsx', "const m = await import('../entrypoints/popup/main');"],
    ['the userscript importing a browser adapter', 'userscript/main.tsx', "import { send } from '../utils/extension/messages';"],
  ])('fails on %s', (_what, file, line) => {
    expect(violations(importsOf(file, line)).length).toBeGreaterThan(0);
  });

  it.each([
    ['the protocol importing store types', 'utils/messaging/messages.ts', "import type { LetterRow } from '../store';"],
    ['the service importing the store', 'utils/service/handler.ts', "import { upsertSeen } from '../store';"],
    ['a component importing the service view types', 'components/Chip/Chip.tsx', "import type { DossierView } from '../../utils/service/views';"],
    ['a browser adapter importing the service', 'utils/extension/messages.ts', "import type { ServiceResponseMap } from '../service/responses';"],
  ])('allows %s', (_what, file, line) => {
    expect(violations(importsOf(file, line))).toEqual([]);
  });

  it('no pure room, component or the service touches extension, GM or storage globals', () => {
    const offenders = SOURCES.filter((f) => GLOBAL_FREE_ROOMS.includes(roomOf(f))).filter((f) =>
      PLATFORM_GLOBAL.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
    expect(PLATFORM_GLOBAL.test('await chrome.storage.local.get(k)')).toBe(true);
    expect(PLATFORM_GLOBAL.test('GM_setValue(k, v)')).toBe(true);
  });
});
