/**
 * Portal hosts the extension may read out of the box (manifest host_permissions and the
 * content script's matches). `*://` because several provincial portals still serve plain http.
 * Any other portal is added by the officer through an optional host permission.
 */
export const PORTAL_HOST_PATTERNS = [
  '*://dichvucong.gov.vn/*',
  '*://*.dichvucong.gov.vn/*',
  '*://*.vnptigate.vn/*',
  '*://motcua.thanhhoa.gov.vn/*',
  '*://dichvucong.thanhhoa.gov.vn/*',
  '*://motcua.tphcm.gov.vn/*',
  '*://dichvucong.hanoi.gov.vn/*',
  '*://egov.danang.gov.vn/*',
] as const;
