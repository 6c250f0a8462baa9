import { defineConfig } from 'vitest/config';

// Real Chromium, one browser at a time: no file parallelism, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // expect.poll waits for a positive sign; on a loaded 2-core machine the worker's answer can take
    // seconds, and the 1 s default then fails tests that pass on an idle one (no cost when they pass).
    expect: { poll: { timeout: 10_000 } },
  },
});
