/**
 * "What Nhắc Hạn sees on this tab", for the popup's first line and the tab's toolbar tooltip.
 * Pure: the tab's address (when the browser lets us see it), the annotator's last report for the
 * tab, and whether Nhắc Hạn runs on that address at all (built-in hosts, enabled origins).
 */
import { t, type Locale } from '../i18n';
import { isBuiltInHost } from '../portals/hosts';
import { pageAddress, type TabReport } from '../messaging/tab-report';
import { portalLabel } from './portal-label';

export type ThisTab =
  /** Not a web page (new tab, browser or extension page), or an address we may not see. */
  | { kind: 'none' }
  /** A web page outside the built-in hosts and the portals the officer enabled. */
  | { kind: 'off'; origin: string }
  /** Nhắc Hạn runs here, but the page shows no dossier list (yet). */
  | { kind: 'no-list' }
  | { kind: 'list'; report: TabReport };

export interface TabFacts {
  url: string | undefined;
  report: TabReport | null;
  /** Origins the officer enabled (settings.portals.extraOrigins). */
  extraOrigins: readonly string[];
}

export function thisTab({ url, report, extraOrigins }: TabFacts): ThisTab {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  // A tab we may not read has no URL for us; then only a report (from a portal we run on) speaks.
  const current = report && (!parsed || pageAddress(parsed.href) === report.url) ? report : null;
  // A taught portal that stopped matching reads no rows, and must still be said.
  if (current && (current.rows > 0 || current.taught)) return { kind: 'list', report: current };
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return current ? { kind: 'no-list' } : { kind: 'none' };
  const on = isBuiltInHost(parsed) || extraOrigins.includes(parsed.origin);
  return on ? { kind: 'no-list' } : { kind: 'off', origin: parsed.origin };
}

/** "VNPT iGate", "Cổng một cửa .NET/React": the label without its bracketed detail, as the line brackets it. */
const portalName = (portal: string | null, locale: Locale) => portalLabel(portal ?? 'generic', locale).replace(/\s*\([^)]*\)$/, '');

/**
 * What the line offers about teaching (issue 18): to teach a page where nothing is read, or rows
 * come without appointment dates; to teach again a taught portal that no longer matches; to share
 * one that works.
 */
export type TeachOffer = 'teach' | 'again' | 'share' | null;

export function teachOffer(state: ThisTab): TeachOffer {
  if (state.kind === 'no-list') return 'teach';
  if (state.kind !== 'list') return null;
  const { taught, dueMissing } = state.report;
  if (taught) return taught.state === 'ok' ? 'share' : 'again';
  return dueMissing ? 'teach' : null;
}

/** The line itself: "Trang này: 20 hồ sơ (VNPT iGate), đã thấy trang 1/3". */
export function thisTabLine(state: ThisTab, locale: Locale): string {
  switch (state.kind) {
    case 'none':
      return t(locale, 'tab.none');
    case 'off':
      return t(locale, 'tab.off');
    case 'no-list':
      return t(locale, 'tab.noList');
    case 'list': {
      const { rows, page, pageCount, dueMissing, portal, taught } = state.report;
      if (taught?.state === 'changed') return t(locale, 'tab.taughtChanged', { label: taught.label });
      if (taught?.state === 'dates') return t(locale, 'tab.taughtDates', { count: taught.untrusted });
      if (dueMissing) return t(locale, 'tab.dueMissing', { count: rows });
      const pages =
        page === null ? '' : pageCount === null ? t(locale, 'tab.pageOnly', { page }) : t(locale, 'tab.page', { page, count: pageCount });
      return t(locale, 'tab.list', { count: rows, portal: portalName(portal, locale), pages });
    }
  }
}
