/**
 * The allowed arrows between rooms (docs/architecture.md draws them). A rule names the rooms it
 * binds and what they may not import; `violations` lists every forbidden edge with its reason.
 */
import { roomOf, type ImportEdge } from './import-graph';

/** The pure core: no store, no service, no UI, no browser or userscript-manager APIs. */
export const CORE_ROOMS = ['utils/time', 'utils/calendar', 'utils/deadline', 'utils/letters', 'utils/portals', 'utils/stats', 'utils/csv', 'utils/xlsx'];
/** Pure helpers the core may use: catalogues, the settings schema, validation of untrusted data. */
export const PURE_HELPERS = ['utils/i18n', 'utils/settings', 'utils/validation'];
const PURE = [...CORE_ROOMS, ...PURE_HELPERS];
/** Packages the pure rooms may use: pure JavaScript, no platform. */
const PURE_PACKAGES = ['date-fns', 'docx', 'write-excel-file'];
/** Extension APIs (WXT's browser, the polyfill) and the userscript manager's GM module (`$`). */
const PLATFORM_PACKAGE = /^(wxt(\/|$)|@wxt-dev\/|webextension-polyfill$|\$$)/;

export interface Rule {
  name: string;
  rooms: readonly string[];
  forbids: (edge: ImportEdge) => boolean;
}

const toRoom = (edge: ImportEdge) => (edge.isPackage ? null : roomOf(edge.to));
const isPackage = (edge: ImportEdge) => edge.isPackage;
const packageName = (edge: ImportEdge) => (edge.to.startsWith('@') ? edge.to.split('/').slice(0, 2).join('/') : edge.to.split('/')[0]!);

export const RULES: readonly Rule[] = [
  {
    name: 'the pure core imports only pure rooms and pure packages',
    rooms: CORE_ROOMS,
    forbids: (e) => (isPackage(e) ? !PURE_PACKAGES.includes(packageName(e)) : !PURE.includes(toRoom(e)!)),
  },
  {
    name: 'the pure helpers import only pure rooms and pure packages',
    rooms: PURE_HELPERS,
    forbids: (e) => (isPackage(e) ? !PURE_PACKAGES.includes(packageName(e)) : !PURE.includes(toRoom(e)!)),
  },
  {
    name: 'validation depends on nothing but time and the record type',
    rooms: ['utils/validation'],
    forbids: (e) => !isPackage(e) && !['utils/time', 'utils/portals', 'utils/validation'].includes(toRoom(e)!),
  },
  {
    name: 'components never import the store, browser/GM adapters, wiring or platform APIs',
    rooms: ['components'],
    forbids: (e) =>
      isPackage(e) ? PLATFORM_PACKAGE.test(e.to) || packageName(e) === 'dexie' : ['utils/store', 'utils/extension', 'utils/userscript', 'entrypoints', 'userscript'].includes(toRoom(e)!),
  },
  {
    name: 'the shared service is platform-neutral: no browser/GM adapters, UI or wiring',
    rooms: ['utils/service'],
    forbids: (e) => (isPackage(e) ? PLATFORM_PACKAGE.test(e.to) : ['utils/extension', 'utils/userscript', 'components', 'entrypoints', 'userscript'].includes(toRoom(e)!)),
  },
  {
    name: 'the message protocol knows the store only by its types, and nothing above it',
    rooms: ['utils/messaging'],
    forbids: (e) =>
      isPackage(e) ? PLATFORM_PACKAGE.test(e.to) || packageName(e) === 'dexie' : (toRoom(e) === 'utils/store' && !e.typeOnly) || ['utils/service', 'utils/extension', 'utils/userscript', 'utils/annotate', 'components', 'entrypoints', 'userscript'].includes(toRoom(e)!),
  },
  {
    name: 'the store is below the protocol, the service and every face',
    rooms: ['utils/store'],
    forbids: (e) => !isPackage(e) && ['utils/messaging', 'utils/service', 'utils/extension', 'utils/userscript', 'utils/annotate', 'components', 'entrypoints', 'userscript'].includes(toRoom(e)!),
  },
  {
    name: 'browser adapters and GM adapters never import each other',
    rooms: ['utils/extension'],
    forbids: (e) => toRoom(e) === 'utils/userscript' || toRoom(e) === 'userscript' || e.to === '$',
  },
  {
    name: 'GM adapters never import browser adapters',
    rooms: ['utils/userscript', 'userscript'],
    forbids: (e) => toRoom(e) === 'utils/extension' || toRoom(e) === 'entrypoints' || (isPackage(e) && /^(wxt(\/|$)|@wxt-dev\/)/.test(e.to)),
  },
  {
    name: 'entrypoints never import the userscript',
    rooms: ['entrypoints'],
    forbids: (e) => toRoom(e) === 'userscript' || toRoom(e) === 'utils/userscript',
  },
];

/** Extension, GM and storage globals that the pure rooms, components and the service must not touch. */
export const PLATFORM_GLOBAL = /\b(?:chrome|browser)\.(?:runtime|storage|tabs|action|browserAction|alarms|notifications|permissions|scripting|i18n)\b|\bGM[._][A-Za-z]+|\bunsafeWindow\b|\bindexedDB\b/;
export const GLOBAL_FREE_ROOMS = [...PURE, 'components', 'utils/service', 'utils/messaging'];

export function violations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((edge) =>
    RULES.filter((rule) => rule.rooms.includes(roomOf(edge.from)) && rule.forbids(edge)).map(
      (rule) => `${edge.from} → ${edge.to}${edge.typeOnly ? ' (type)' : ''}: ${rule.name}`,
    ),
  );
}
