/** Jest config of `npm run mutate:one`: only the suites named in TESTS (stryker.scoped.mjs). */
const stryker = require('./jest.stryker.config');

const names = (process.env.JIT_SCOPED_TESTS ?? '').split(',').filter(Boolean);

module.exports = {
  ...stryker,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: names.map((name) => `<rootDir>/tests/${name}.test.ts`),
};
