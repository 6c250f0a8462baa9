import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WXT 0.21.4 does not apply wxt.config's vite plugins in tests, so preact() is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'happy-dom',
    pool: 'threads',
    // Room for a busy 2-core machine: tests assert content, never time (speed is npm run bench's).
    testTimeout: 30_000,
  },
});
