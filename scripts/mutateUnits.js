/**
 * `npm run mutate [NAME ...]`: every entry of mutation-units.json (or those named), one module
 * against its own unit suites, one after another; each report kept in reports/mutation/units/, then
 * one table and the score over all of them. A stop keeps the finished entries (unlike one long run).
 * `--report` prints the table and the score of the reports there, running nothing.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const units = JSON.parse(fs.readFileSync(path.join(root, 'mutation-units.json'), 'utf8'));
delete units['//'];
// `--report` only sums up the reports already in reports/mutation/units/.
const reportOnly = process.argv.includes('--report');
const named = process.argv.slice(2).filter((a) => a !== '--report');
const names = reportOnly ? [] : named.length > 0 ? named : Object.keys(units);
const out = path.join(root, 'reports', 'mutation', 'units');
fs.mkdirSync(out, { recursive: true });
const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

for (const name of names) {
  const unit = units[name];
  if (!unit) throw new Error(`mutation-units.json has no entry "${name}"`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.scoped.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      MUTATE: unit.mutate.join(','),
      TESTS: unit.tests.join(','),
      // Kept beside the report: the next run of this entry retests only what changed.
      JIT_INCREMENTAL_FILE: path.join(out, `${name}.incremental.json`),
    },
  });
  const report = path.join(root, 'reports', 'mutation', 'scoped.json');
  if (run.status !== 0 || !fs.existsSync(report)) throw new Error(`mutation of ${name} failed`);
  fs.renameSync(report, path.join(out, `${name}.json`));
  console.log(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
}

// Stryker's score: detected (killed + timed out) ÷ all but runtime/compile errors and ignored.
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let detected = 0;
let counted = 0;
for (const file of fs.readdirSync(out).filter((f) => f.endsWith('.json') && !f.includes('.incremental'))) {
  const report = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8'));
  for (const [source, { mutants }] of Object.entries(report.files)) {
    const d = mutants.filter((m) => DETECTED.has(m.status)).length;
    const c = mutants.filter((m) => COUNTED.has(m.status)).length;
    const survived = mutants.filter((m) => m.status === 'Survived').length;
    const none = mutants.filter((m) => m.status === 'NoCoverage').length;
    console.log(
      `${source.padEnd(34)} ${((100 * d) / c).toFixed(1).padStart(5)}% (${d}/${c}; ` +
        `${survived} survived, ${none} no coverage)`,
    );
    detected += d;
    counted += c;
  }
}
console.log(`mutation score ${((100 * detected) / counted).toFixed(2)}% (${detected}/${counted})`);
