/**
 * The permission surface, pinned: changing any of it must be a deliberate edit here, reviewed with
 * docs/security.md. Shared by the config test (unit) and the built-manifest test (e2e).
 */
export const PINNED = {
  permissions: ['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
  host_permissions: [
    '*://*.dichvucong.gov.vn/*',
    '*://*.vnptigate.vn/*',
    '*://dichvucong.gov.vn/*',
    '*://dichvucong.hanoi.gov.vn/*',
    '*://dichvucong.thanhhoa.gov.vn/*',
    '*://egov.danang.gov.vn/*',
    '*://motcua.thanhhoa.gov.vn/*',
    '*://motcua.tphcm.gov.vn/*',
  ],
  optional_host_permissions: ['*://*/*'],
  /**
   * Resources portal pages may load, for the built-in hosts only. No chip stylesheet (bundled in
   * the content script) and no letter page (the worker opens it), so portals added at runtime lose
   * nothing.
   */
  web_accessible_resources: ['igate-listener.js'],
} as const;

/** Each permission and the API call that needs it (the audit: nothing requested goes unused). */
export const PERMISSION_USES: Record<(typeof PINNED.permissions)[number], RegExp> = {
  alarms: /browser\.alarms\./,
  notifications: /browser\.notifications\./,
  scripting: /browser\.scripting\./,
  storage: /browser\.storage\./,
  // No API: exempts IndexedDB (the dossier store) from eviction under storage pressure.
  unlimitedStorage: /openNhacHanDb\(/,
};

export const sorted = (list: readonly string[]) => [...list].sort();
