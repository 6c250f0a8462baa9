/**
 * The permission surface, pinned: changing any of it must be a deliberate edit here, reviewed with
 * docs/security.md. Shared by the config test (unit) and the built-manifest test (e2e).
 */
export const PINNED = {
  permissions: ['activeTab', 'alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
  /** Every gov.vn portal (34 provinces and their moving hosts), and VNPT iGate's own hosts. */
  host_permissions: ['*://*.gov.vn/*', '*://*.vnptigate.vn/*'],
  /** Where the page-world iGate listener runs from document_start (Chromium). */
  igate_main_world: ['*://*.vnptigate.vn/*'],
  optional_host_permissions: ['*://*/*'],
  /**
   * None: the worker injects the annotator and the iGate listener with `scripting`, so no page can
   * load (or probe for) an extension file.
   */
  web_accessible_resources: [],
  /** The e2e build only: the demo portal outside gov.vn, so "Bật" is granted without a prompt. */
  e2e_host_permissions: ['*://motcua.demo-ngoai.vn/*'],
} as const;

/** Each permission and the API call that needs it (the audit: nothing requested goes unused). */
export const PERMISSION_USES: Record<(typeof PINNED.permissions)[number], RegExp> = {
  // No API of its own: it lets `tabs.query` give the popup the address of the tab it was opened on.
  activeTab: /browser\.tabs\.query\(\{ active: true, currentWindow: true \}\)/,
  alarms: /browser\.alarms\./,
  notifications: /browser\.notifications\./,
  scripting: /browser\.scripting\./,
  storage: /browser\.storage\./,
  // No API: exempts IndexedDB (the dossier store) from eviction under storage pressure.
  unlimitedStorage: /openNhacHanDb\(/,
};

export const sorted = (list: readonly string[]) => [...list].sort();
