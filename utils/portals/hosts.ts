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
