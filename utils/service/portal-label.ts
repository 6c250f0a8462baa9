/** Which portal a dossier was read on, for lists that mix portals (the same code may exist on two). */
import { tPage as t, type Locale } from '../i18n/page';
import { ADAPTERS } from '../portals/registry';
import { TAUGHT_ID_PREFIX } from '../portals/taught/types';

/**
 * An http(s) URL's scheme and authority, what its host depends on: for these schemes the parser
 * ends the authority at `/`, `?`, `#` or `\\` too. Any other URL is its own key.
 */
const AUTHORITY = /^https?:\/\/[^/?#\\]+/i;
/** Hosts by scheme and authority: the rows of a list share one, and every view names it. */
const hosts = new Map<string, string | null>();
const HOSTS_KEPT = 200;

/** The URL's host, parsed once per scheme and authority (a `URL` per view showed in the page's profile). */
export function hostOf(url: string): string | null {
  const key = AUTHORITY.exec(url)?.[0] ?? url;
  let host = hosts.get(key);
  if (host === undefined) {
    if (hosts.size >= HOSTS_KEPT) hosts.clear();
    hosts.set(key, (host = parsedHost(key)));
  }
  return host;
}

function parsedHost(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The registry's label of a portal adapter ("VNPT iGate"), never its id. */
export function portalLabel(portal: string, locale: Locale): string {
  return (
    ADAPTERS.find((a) => a.id === portal)?.label ??
    (portal === 'generic' ? t(locale, 'portal.generic') : portal.startsWith(TAUGHT_ID_PREFIX) ? t(locale, 'portal.taught') : portal)
  );
}

/** "VNPT iGate · motcua-hagiang.vnptigate.vn": the registry's label and the host. */
export function portalSource(portal: string, url: string, locale: Locale): string {
  const label = portalLabel(portal, locale);
  const host = hostOf(url);
  return host ? `${label} · ${host}` : label;
}
