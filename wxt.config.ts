import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_HOST_PATTERNS } from './utils/portals/hosts';

// Explicit imports everywhere: the pure core must also run under Node (CLI, tests) without WXT's auto-imports.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // `scripting`: the portal content script is registered at runtime for portals the officer adds
    // ("Thêm cổng này", after an optional host permission); the manifest lists only built-in hosts.
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting'],
    host_permissions: [...PORTAL_HOST_PATTERNS],
    // Portals not in the built-in list are added by the officer at runtime ("Thêm cổng này").
    optional_host_permissions: ['*://*/*'],
    web_accessible_resources: [
      // The page-world iGate listener. Nothing else: chips carry their styles in the content script,
      // and the worker opens the letter page for them (open-letter).
      { resources: ['igate-listener.js'], matches: [...PORTAL_HOST_PATTERNS] },
    ],
  },
  // Both are set for Firefox by the hook below, after WXT's own check of the config.
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  hooks: {
    // MV2 (Firefox build) has no optional_host_permissions and WXT drops the key: optional hosts
    // go in optional_permissions there, or "Thêm cổng này" could never be granted.
    // Firefox only (Chrome warns on the key): a fixed add-on ID, and the built-in data consent AMO
    // requires of new add-ons, declaring that nothing is collected or transmitted.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.manifest_version === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), '*://*/*'];
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          gecko: { id: '{cff77f7c-441c-4ef7-be97-a43eb60dd64a}', data_collection_permissions: { required: ['none'] } },
        } as typeof manifest.browser_specific_settings;
      }
    },
  },
});
