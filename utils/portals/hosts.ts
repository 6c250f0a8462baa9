/**
 * Portal hosts the extension may read out of the box (manifest host_permissions and the
 * bootstrap content script's matches). Every provincial and ministry portal lives under gov.vn,
 * and its hosts keep moving (34 provinces since the 2025 merger), so the whole domain is covered;
 * on a page that is not a dossier list only the cheap check of utils/annotate/detect.ts runs.
 * `*://` because several provincial portals still serve plain http. A portal outside these is
 * enabled by the officer through an optional host permission ("Dùng Nhắc Hạn trên trang này").
 */
/** VNPT iGate's own hosts: its page-world listener runs there from document_start (igate-main.content). */
export const IGATE_HOST_PATTERNS = ['*://*.vnptigate.vn/*'] as const;

export const PORTAL_HOST_PATTERNS = ['*://*.gov.vn/*', ...IGATE_HOST_PATTERNS] as const;

/**
 * Whether an address is on a built-in host. Every pattern above has the form `*://*.<domain>/*`:
 * http or https, the domain itself or any host under it, any port and path.
 */
export function isBuiltInHost(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return PORTAL_HOST_PATTERNS.some((pattern) => {
    const domain = pattern.slice('*://*.'.length, -'/*'.length);
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** True when `origin` is on a built-in host or is one the officer enabled (settings.portals.extraOrigins). */
export function originGranted(origin: string, extraOrigins: readonly string[]): boolean {
  if (extraOrigins.includes(origin)) return true;
  return URL.canParse(origin) && isBuiltInHost(new URL(origin));
}
