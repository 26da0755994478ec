/**
 * One module against its own tests (docs/testing.md): the fast loop while killing survivors.
 *   MUTATE=src/core/cells.ts TESTS=cells,readingBoundaries npm run mutate:one
 * The whole-scope run (`npm run mutate:all`) reruns every covering suite per mutant; this runs only the
 * named suites, so one file takes minutes, not hours. Its score is a lower bound of the whole run's.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

const list = (name) => (process.env[name] ?? '').split(',').filter(Boolean);
if (list('MUTATE').length === 0 || list('TESTS').length === 0)
  throw new Error('MUTATE=src/core/x.ts TESTS=x,xBoundaries npm run mutate:one (see docs/testing.md)');
process.env.JIT_SCOPED_TESTS = list('TESTS').join(',');

export default {
  ...base,
  mutate: list('MUTATE'),
  jest: { ...base.jest, configFile: 'jest.scoped.config.js' },
  // `npm run mutate` gives each entry its own incremental file (scripts/mutateUnits.js): a rerun tests only
  // the mutants whose code or covering tests changed. mutate:one starts afresh.
  incremental: Boolean(process.env.JIT_INCREMENTAL_FILE),
  incrementalFile: process.env.JIT_INCREMENTAL_FILE,
  // One runner by default leaves the second core to the developer; MUTATE_CONCURRENCY=2 when idle.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  jsonReporter: { fileName: 'reports/mutation/scoped.json' },
  htmlReporter: { fileName: 'reports/mutation/scoped.html' },
};
