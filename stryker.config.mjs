// Mutation testing of the pure core (npm run mutation; not part of npm test). See docs/testing.md.
// One directory at a time on this 2-core machine: npm run mutation -- --mutate 'utils/deadline/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // `related` misses test files that import through the barrels (index.ts); perTest coverage picks the tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Vitest finds no test file inside Stryker's sandbox copy here, so mutants are written into the
  // files themselves (restored at the end, also on Ctrl-C: do not edit the mutated files while a run is going).
  inPlace: true,
  // Vitest only transpiles, so no `// @ts-nocheck` is needed; in place, Stryker touches only the mutated files.
  disableTypeChecks: false,
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'utils/calendar/**/*.ts',
    'utils/deadline/**/*.ts',
    'utils/portals/parse/**/*.ts',
    'utils/letters/rules.ts',
    'utils/letters/regime.ts',
    'utils/stats/**/*.ts',
    '!**/index.ts',
    'utils/stats/index.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: 'stryker-tmp',
  cleanTempDir: 'always',
};
