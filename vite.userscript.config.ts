/**
 * `npm run build:userscript`: the userscript companion as one readable IIFE with its metadata
 * block, built from the same utils/ and components/ as the extension.
 * Output: .output/userscript/nhac-han.user.js and nhac-han.meta.js (the block alone, for update checks).
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { PORTAL_HOST_PATTERNS } from './utils/portals/hosts';
import { metadataBlock, nhacHanMeta } from './utils/userscript/metadata';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const block = metadataBlock(nhacHanMeta({ version: pkg.version, hosts: PORTAL_HOST_PATTERNS, env: process.env }));
const EMPTY = '\0nhac-han:no-page-css';

/**
 * Components import their CSS for the extension's bundler; here every style goes into a shadow
 * root through `?inline`, so plain CSS imports from scripts become empty modules (nothing is
 * added to the portal's own document).
 */
function shadowRootCssOnly(): Plugin {
  return {
    name: 'nhac-han:shadow-root-css-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /\.css$/.test(source) && !/\.css(\?|$)/.test(importer)) return EMPTY;
      return null;
    },
    load: (id) => (id === EMPTY ? 'export {};' : null),
  };
}

/** The block must open the file (rollup's `banner` lands inside the IIFE wrapper in lib mode). */
function metadata(): Plugin {
  return {
    name: 'nhac-han:userscript-metadata',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `${block}\n${chunk.code}`;
      }
      this.emitFile({ type: 'asset', fileName: 'nhac-han.meta.js', source: block });
    },
  };
}

export default defineConfig({
  plugins: [shadowRootCssOnly(), preact(), metadata()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: '.output/userscript',
    emptyOutDir: true,
    // Userscript hosts and officers' IT staff read the code before allowing it.
    minify: false,
    target: 'es2020',
    lib: { entry: 'userscript/main.tsx', formats: ['iife'], name: 'NhacHanUserscript', fileName: () => 'nhac-han.user.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
