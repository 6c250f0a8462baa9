/**
 * What kind of page this is, decided before any record is stored (docs/portals.md, "Page kinds"):
 * the officer's list, a report, a single-dossier page, or a citizen's lookup page.
 */
import { foldText } from './parse/text';

export type PageKind = 'list' | 'report' | 'detail' | 'lookup';

const LOOKUP_PATH = /tra[-_]?cuu|mavach/i;
const CAPTCHA = '[id*="captcha" i], [name*="captcha" i], [class*="captcha" i], img[alt*="captcha" i], img[src*="captcha" i]';
const REPORT_PATH = /\breport\b|report_|bao[-_]?cao|thong[-_]?ke/i;

/**
 * A citizen's lookup page: a captcha (officers work logged in and never see one) or a lookup route
 * (`/tra-cuu-ho-so`, e-PAR's kiosk `mavach`). Nothing on it is the officer's.
 */
export function isLookupPage(doc: Document, url: string): boolean {
  if (doc.querySelector(CAPTCHA)) return true;
  try {
    const { pathname, hash } = new URL(url);
    return LOOKUP_PATH.test(decodeURIComponent(pathname + hash));
  } catch {
    return false;
  }
}

/** A report lists dossiers between group and total rows, or says so in its route or title. */
export function isReportPage(doc: Document, url: string, summaryRows: number): boolean {
  if (summaryRows > 0) return true;
  try {
    const { pathname, hash } = new URL(url);
    if (REPORT_PATH.test(pathname + hash)) return true;
  } catch {
    // an unparsable URL says nothing
  }
  return /^(bao cao|danh sach ho so qua han)/.test(foldText(doc.title));
}
