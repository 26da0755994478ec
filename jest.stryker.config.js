/**
 * Jest config for mutation testing (`npm run mutate`): only the suites that import src/ directly.
 * The bundle-in-a-vm, CLI and browser suites run dist/ (built once, before mutation), so a mutant
 * in src/ is invisible to them; they are left out, and so is the globalSetup build.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/addon.test.ts',
    '<rootDir>/tests/browser.test.ts',
    '<rootDir>/tests/cli.test.ts',
    '<rootDir>/tests/customFunctions.test.ts',
    '<rootDir>/tests/examples.test.ts',
  ],
};
