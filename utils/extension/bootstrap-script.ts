/**
 * The bootstrap's declaration: entrypoints/bootstrap.ts is built as an unlisted script (no WXT
 * content-script wrapper) and wxt.config.ts declares it as the manifest's content script on the
 * built-in portal hosts. The popup's "Bật" registers and injects the same file (portal-access.ts).
 */
import { PORTAL_HOST_PATTERNS } from '../portals/hosts';

export const BOOTSTRAP_SCRIPT = {
  /** WXT's output path of entrypoints/bootstrap.ts. */
  file: 'bootstrap.js',
  matches: [...PORTAL_HOST_PATTERNS],
  /** After the page's own parse: the check reads the grids the page has by then, and a throttled watch catches later ones. */
  runAt: 'document_idle',
} as const;

/** The manifest's entry for it (MV2 and MV3 alike). */
export const bootstrapManifestEntry = () => ({
  matches: [...BOOTSTRAP_SCRIPT.matches],
  js: [BOOTSTRAP_SCRIPT.file],
  run_at: BOOTSTRAP_SCRIPT.runAt,
});
