/** Which portal a dossier was read on, for lists that mix portals (the same code may exist on two). */
import { tPage as t, type Locale } from '../i18n/page';
import { ADAPTERS } from '../portals/registry';
import { TAUGHT_ID_PREFIX } from '../portals/taught/types';

function hostOf(url: string): string | null {
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
