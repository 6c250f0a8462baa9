import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { BOOTSTRAP_SCRIPT } from '../../../utils/extension/bootstrap-script';
import igateMain from '../../../entrypoints/igate-main.content';
import { IGATE_HOST_PATTERNS, PORTAL_HOST_PATTERNS } from '../../../utils/portals/hosts';
import { OUTSIDE_HOSTS } from '../../../scripts/demo-portal/hosts';
import { PERMISSION_USES, PINNED, sorted } from './pinned';

const manifest = config.manifest as Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('manifest permissions (wxt.config.ts)', () => {
  it('requests exactly the pinned API permissions', () => {
    expect(sorted(manifest.permissions)).toEqual(PINNED.permissions);
  });

  it('reads exactly the pinned portal hosts, the same ones the content script matches', () => {
    expect(sorted(manifest.host_permissions)).toEqual(PINNED.host_permissions);
    expect(sorted(BOOTSTRAP_SCRIPT.matches)).toEqual(PINNED.host_permissions);
    expect(sorted(PORTAL_HOST_PATTERNS)).toEqual(PINNED.host_permissions);
  });

  it('asks for any other host only as an optional permission', () => {
    expect(manifest.optional_host_permissions).toEqual(PINNED.optional_host_permissions);
  });

  it('patches page-world fetch from document_start only on iGate’s own hosts, not on every gov.vn page', () => {
    expect(sorted(igateMain.matches as string[])).toEqual(PINNED.igate_main_world);
    expect(sorted(IGATE_HOST_PATTERNS)).toEqual(PINNED.igate_main_world);
  });

  it('exposes no extension file to web pages', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual(PINNED.web_accessible_resources);
  });

  it('gives the e2e build, and only it, the demo portal outside gov.vn', () => {
    expect(OUTSIDE_HOSTS.map((h) => `*://${h}/*`)).toEqual(PINNED.e2e_host_permissions);
    expect(manifest.host_permissions).not.toContain(PINNED.e2e_host_permissions[0]);
  });

  it('declares the bootstrap as the content script of the portal hosts, with no stylesheet (chips are styled inside their shadow roots)', () => {
    const generated = { manifest_version: 3, content_scripts: [{ matches: ['*://*.vnptigate.vn/*'], js: ['content-scripts/igate-main.js'] }] };
    const hooks = config.hooks as Record<string, (wxt: unknown, manifest: typeof generated) => void>;
    hooks['build:manifestGenerated']!({ config: { mode: 'production', browser: 'chrome' } }, generated);
    expect(generated.content_scripts.map((c) => ({ ...c, matches: sorted(c.matches) }))).toEqual([
      { matches: ['*://*.vnptigate.vn/*'], js: ['content-scripts/igate-main.js'] },
      { matches: PINNED.host_permissions, js: ['bootstrap.js'], run_at: 'document_idle' },
    ]);
    expect(JSON.stringify(generated.content_scripts)).not.toMatch(/"css"/);
  });

  it('asks for nothing a store reviewer would question', () => {
    const all = [...manifest.permissions, ...manifest.host_permissions].join(' ');
    expect(all).not.toMatch(/<all_urls>|tabs|webRequest|cookies|history|downloads|clipboard|debugger|nativeMessaging|management/);
    expect(manifest.host_permissions).not.toContain('*://*/*');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it.each(Object.entries(PERMISSION_USES))('uses the "%s" permission somewhere in the extension code', (_permission, use) => {
    const code = [...sources('entrypoints'), ...sources('utils/extension')].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code).toMatch(use);
  });
});
