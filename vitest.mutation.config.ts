import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (npm run mutation) need only the unit tests of the pure core. MUTATION_TESTS narrows
// them further for a run over one directory (see docs/testing.md). tz.test.ts is left out: it runs
// the engine in child processes, which never see a mutant. (Not mergeConfig: it would append to
// the base config's include instead of replacing it.)
const include = process.env.MUTATION_TESTS?.split(',') ?? [
  'tests/unit/{calendar,deadline,stats}/**/*.test.ts',
  'tests/unit/portals/{dates,headers,status,recognize,fixtures,hand-checked}.test.ts',
  'tests/unit/letters/{rules,regime,compose,draft}.test.ts',
];

export default defineConfig({
  ...base,
  test: { ...base.test, include, exclude: ['tests/unit/deadline/tz.test.ts'] },
});
