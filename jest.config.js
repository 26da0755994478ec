/** Unit, property, bundle-in-a-vm and browser tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/tests/setup/build.js',
  testTimeout: 60000,
};
