/**
 * No custom function may share its name with a Google Sheets built-in: the built-in wins and the
 * custom function never runs (SPEC 9). Names come from the built Code.js, the file clasp pushes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_JS } from './helpers/bundle';
import { customFunctionNames } from './helpers/customFunctions';

/** The built-in names of tests/fixtures/sheets-functions.txt (its header gives the source). */
const BUILTINS = new Set(
  readFileSync(path.join(__dirname, 'fixtures', 'sheets-functions.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

/** Custom functions of `code` that a built-in hides; Sheets reads function names without regard to case. */
const hiddenByBuiltins = (code: string) =>
  customFunctionNames(code).filter((name) => BUILTINS.has(name.toUpperCase()));

test('the list holds the built-ins SPEC 9 names: GROWTH, TREND and RANK', () => {
  expect(['GROWTH', 'TREND', 'RANK'].filter((name) => !BUILTINS.has(name))).toEqual([]);
});

test("no custom function in the built Code.js has a built-in's name", () => {
  const code = readFileSync(CODE_JS, 'utf8');
  expect(customFunctionNames(code)).toContain('SCORE_CHANGE'); // the names are really read
  expect(hiddenByBuiltins(code)).toEqual([]);
});

test('a custom function named growth, as before the rename, is caught', () => {
  const before =
    '/**\n * Change per student.\n * @customfunction\n */\nfunction growth(before, after) {\n}\n';
  expect(hiddenByBuiltins(before)).toEqual(['growth']);
});
