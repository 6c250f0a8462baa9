import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs (npm run mutation) only need the unit tests of the pure core; Stryker's
// `related` filter then runs only the files that import the mutated module.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'tests/unit/{calendar,deadline,stats}/**/*.test.ts',
        'tests/unit/portals/**/*.test.ts',
        'tests/unit/letters/{rules,regime,compose,draft}.test.ts',
      ],
    },
  }),
);
