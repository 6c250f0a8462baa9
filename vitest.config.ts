import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests of code with no DOM (the pure core, the service, the CLI): Node is enough, and a DOM
 * environment per file cost the suite about 50 s. `.tsx` tests render components and stay in the DOM.
 */
const NO_DOM = [
  'tests/unit/{calendar,deadline,stats,csv,cli,architecture,letters,settings,messaging,store,inputs,service,manifest}/**/*.test.ts',
  'tests/unit/vn-time.test.ts',
];

// WXT 0.21.4 does not apply wxt.config's vite plugins in tests, so preact() is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Each project names its files (a project's include is appended to the root's, so the root has none).
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'happy-dom',
    pool: 'threads',
    // Room for a busy 2-core machine: tests assert content, never time (speed is npm run bench's).
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include: NO_DOM, environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: ['**/node_modules/**', ...NO_DOM] } },
    ],
  },
});
