import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_HOST_PATTERNS } from './utils/portals/hosts';
import { OUTSIDE_HOSTS } from './scripts/demo-portal/hosts';
import { bootstrapManifestEntry } from './utils/extension/bootstrap-script';

// Explicit imports everywhere: the pure core must also run under Node (CLI, tests) without WXT's auto-imports.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // `scripting`: the annotator is injected where the bootstrap saw a list, and the bootstrap is
    // registered at runtime for portals the officer enables. `activeTab`: the popup learns the address
    // of the tab it was opened on, to offer "Dùng Nhắc Hạn trên trang này" there (docs/security.md).
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage', 'scripting', 'activeTab'],
    host_permissions: [...PORTAL_HOST_PATTERNS],
    // Portals outside gov.vn are enabled by the officer, one origin at a time.
    optional_host_permissions: ['*://*/*'],
    // No web-accessible resources: the worker injects the annotator and the iGate listener itself,
    // so no page can load (or detect) an extension file.
  },
  // Both are set for Firefox by the hook below, after WXT's own check of the config.
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  hooks: {
    // MV2 (Firefox build) has no optional_host_permissions and WXT drops the key: optional hosts
    // go in optional_permissions there, or "Thêm cổng này" could never be granted.
    // Firefox only (Chrome warns on the key): a fixed add-on ID, and the built-in data consent AMO
    // requires of new add-ons, declaring that nothing is collected or transmitted.
    // The e2e build alone also holds the demo's portal outside gov.vn, so that "Bật" in the popup gets
    // its permission without the prompt headless Chromium never answers (the request is still made).
    // The bootstrap is an unlisted script (entrypoints/bootstrap.ts says why), declared here as the
    // content script of the built-in hosts.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), bootstrapManifestEntry()];
      if (wxt.config.mode === 'e2e') manifest.host_permissions = [...(manifest.host_permissions ?? []), ...OUTSIDE_HOSTS.map((h) => `*://${h}/*`)];
      if (manifest.manifest_version === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), '*://*/*'];
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          gecko: { id: '{cff77f7c-441c-4ef7-be97-a43eb60dd64a}', data_collection_permissions: { required: ['none'] } },
        } as typeof manifest.browser_specific_settings;
      }
    },
  },
});
