import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (npm run mutation) need only the unit tests of the pure core; MUTATION_TESTS narrows
// them further for a run over one directory (comma-separated globs; see docs/testing.md). tz.test.ts
// is left out: it runs the engine in child processes, which never see a mutant. Otherwise as
// vitest.config.ts (its include is replaced, not appended to as mergeConfig would).
const include = process.env.MUTATION_TESTS?.split(/,(?![^{]*\})/) ?? [
  'tests/unit/{calendar,deadline,stats}/**/*.test.ts',
  'tests/unit/portals/{dates,headers,status,recognize,fixtures,hand-checked}.test.ts',
  'tests/unit/letters/{rules,regime,compose,draft}.test.ts',
];

// The base's projects (Node / DOM by directory) are dropped: a mutation run picks its own environment.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include,
    exclude: ['**/node_modules/**', 'tests/unit/deadline/tz.test.ts'],
    // The pure core needs no DOM; a DOM environment costs seconds per mutant (MUTATION_ENV=happy-dom for parse/).
    environment: process.env.MUTATION_ENV ?? 'node',
    // Instrumented code runs many times slower (lunar.ts: the 300-year round trip takes over 30 s in
    // the coverage run); Stryker's own timeout still stops a mutant that loops.
    testTimeout: 180_000,
  },
});
