/**
 * Messages between a portal tab and the worker about the tab itself (not the dossier store's, which
 * `parseMessage` validates): the bootstrap asking for the annotator once it saw a
 * dossier list, the annotator reporting what it reads, the popup asking what its tab shows.
 */
export const START_ANNOTATOR = 'nhac-han:start-annotator';
export const TAB_REPORT = 'nhac-han:tab-report';
export const GET_TAB_REPORT = 'nhac-han:get-tab-report';
/** From the popup to the tab's annotator: "Chỉ cho Nhắc Hạn cách đọc trang này" (carries the officer's locale). */
export const TEACH_START = 'nhac-han:teach-start';

/** How a taught portal (utils/portals/taught) fared on the page: works, stopped matching, or dates no longer read. */
export interface TaughtReport {
  state: 'ok' | 'changed' | 'dates';
  label: string;
  /** 'dates': dossiers whose taught date cell no longer reads as a date. */
  untrusted: number;
}

/** What the annotator reads on its tab: the popup's "this tab" line and the tab's tooltip. */
export interface TabReport {
  /** The page address without its fragment: a report for another page of the tab is stale. */
  url: string;
  /** Adapter id, 'generic', or null when the page shows no dossier list. */
  portal: string | null;
  rows: number;
  page: number | null;
  pageCount: number | null;
  /** Rows were read but none has an appointment date (the "Ngày hẹn trả" column). */
  dueMissing: boolean;
  /** Set when a portal the officer taught matches the page's address. */
  taught: TaughtReport | null;
}

export const pageAddress = (url: string) => url.replace(/#.*$/, '');

export function isTabReport(value: unknown): value is TabReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const count = (n: unknown) => n === null || (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e7);
  return (
    typeof r.url === 'string' &&
    r.url.length < 4096 &&
    /^https?:\/\//.test(r.url) &&
    (r.portal === null || (typeof r.portal === 'string' && r.portal.length < 64)) &&
    typeof r.rows === 'number' &&
    count(r.rows) &&
    count(r.page) &&
    count(r.pageCount) &&
    typeof r.dueMissing === 'boolean' &&
    (r.taught === null || isTaughtReport(r.taught))
  );
}

function isTaughtReport(value: unknown): value is TaughtReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    (r.state === 'ok' || r.state === 'changed' || r.state === 'dates') &&
    typeof r.label === 'string' &&
    r.label.length <= 100 &&
    typeof r.untrusted === 'number' &&
    Number.isInteger(r.untrusted) &&
    r.untrusted >= 0 &&
    r.untrusted < 1e7
  );
}
