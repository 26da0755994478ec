/**
 * Mutation testing (docs/testing.md): `npm run mutate:all`. Mutates the engine (src/core) and the
 * custom functions (src/functions); runs the jest suites that import src/ directly.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import path from 'node:path';

// The tests read /work/shared/examples relative to the checkout; the sandbox copy sits deeper.
process.env.JIT_EXAMPLES ??= path.resolve('..', 'shared', 'examples');
// Every mutant reruns the property tests that reach it: a hundredth of their cases (tests/helpers/runs.ts).
process.env.JIT_PROPERTY_RUNS_DIVISOR ??= '100';

export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  mutate: ['src/core/**/*.ts', 'src/functions/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  // A second run retests only mutants whose code or covering tests changed
  // (reports/stryker-incremental.json).
  incremental: true,
  // Module-level mutants (word tables, constants) would rerun every suite each: hours on 2 cores.
  // They are reported as Ignored and discussed in docs/testing.md.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['test-output', 'reports', 'docs', '.stryker-tmp'],
  cleanTempDir: true,
};
