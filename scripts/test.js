/**
 * Runs the whole jest suite and ends with the line CI reads: `N passed, N failed`.
 * Arguments pass through to jest (e.g. `npm test -- tests/cells.test.ts`).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const report = path.join(root, 'test-output', 'jest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const jest = require.resolve('jest/bin/jest');
const run = spawnSync(
  process.execPath,
  [jest, '--json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
let passed = 0;
let failed = 1;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it.
  failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
