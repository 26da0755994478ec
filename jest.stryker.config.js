/**
 * Jest config for mutation testing (`npm run mutate`, `mutate:all`): only the suites that import src/
 * The bundle-in-a-vm, CLI and browser suites run dist/ (built once, before mutation), so a mutant
 * in src/ is invisible to them; the suites that only do that are left out, and so is the
 * globalSetup build.
 */
const base = require('./jest.config');

// Suites whose every test runs dist/ (the CLI, the bundle in a vm, the preview in chromium). Mixed
// suites stay: their dist tests cover no mutant, so Stryker runs them only in the first, unmutated
// run (dist/ is built before Stryker copies the checkout, see stryker.config.mjs).
const DIST_ONLY = [
  'browser',
  'cli',
  'customFunctions',
  'departmentBrowser',
  'departmentCli',
  'examples',
  'exportsCli',
  'exportsPreview',
  'sheetsBuiltins',
  'setupBrowser',
  'previewTabs',
  'sidebarActions',
  // Not dist-only: bounds, not rules. Its 160,000-row report and 200,000-row custom function would
  // rerun for every engine mutant; the rules they pass through are each tested small elsewhere.
  'scale',
];

module.exports = {
  ...base,
  globalSetup: undefined,
  // Transpile only: Stryker's instrumented copies carry @ts-nocheck anyway, and type-checking every
  // suite again in each test runner costs minutes (`npm run typecheck` checks the types).
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  testPathIgnorePatterns: ['/node_modules/', ...DIST_ONLY.map((name) => `<rootDir>/tests/${name}.test.ts`)],
};
