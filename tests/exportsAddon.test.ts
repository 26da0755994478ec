/**
 * The same exports typed (imported) into the in-memory spreadsheet, read by the built add-on: the
 * class check gives the numbers worked by hand in tests/exports.test.ts.
 */
import path from 'node:path';
import { readCsvFile } from '../src/cli/csv';
import { workbook } from './helpers/sheets';

const FIXTURES = path.join(__dirname, 'fixtures', 'exports');

/** The add-on's class check of a tab typed from a fixture: `struggling/withData` per skill, all students. */
function addonShares(name: string): Record<string, string> {
  const book = workbook({});
  const grid = readCsvFile(path.join(FIXTURES, name)).grid;
  book.ss._typeSheet(
    'Gradebook',
    grid.map((row) => row.map((v) => String(v ?? ''))),
  );
  const state = book.gs.sidebarState();
  const out: Record<string, string> = {};
  for (const r of state.classCheck) if (r.section === '(all)') out[r.skill] = `${r.struggling}/${r.withData}`;
  return out;
}

// Each table is worked by hand in tests/exports.test.ts, in the test of the same export.
test('Canvas gradebook', () => {
  expect(addonShares('canvas-gradebook.csv')).toEqual({
    'Unit 1 Quiz (1201)': '2/6',
    'Unit 2 Quiz (1202)': '2/6',
    'Homework 3 (1203)': '1/6',
  });
});

test('Canvas quiz student analysis', () => {
  expect(addonShares('canvas-quiz-analysis.csv')).toEqual({
    'Solve 2x + 3 = 11': '2/5',
    'Solve 3(x - 2) = 12': '1/5',
    'Simplify 4x + 2x': '1/5',
    'Solve x/4 = 3': '1/5',
  });
});

test('Forms quiz asking Full name (Dev typed 3/4, which Sheets makes a date shown 3/4)', () => {
  expect(addonShares('forms-full-name.csv')).toEqual({
    'What is 3/4 as a decimal?': '1/4',
    'Solve 2x = 10': '1/4',
    'Which of these are prime?': '2/4',
  });
});

test('Moodle grade export', () => {
  expect(addonShares('moodle-grades.csv')).toEqual({
    'Quiz: Linear equations (Real)': '1/5',
    'Assignment: Graphing lines (Real)': '1/4',
    'Quiz: Slope (Real)': '2/4',
  });
});

test('TIMSS-style item file', () => {
  expect(addonShares('timss-items.csv')).toEqual({
    M041001: '1/5',
    M041002: '2/5',
    M041003: '0/5',
    M041004: '1/5',
  });
});

test('Google Classroom as downloaded (Average typed 87.5% is a percent in Sheets: still not an item)', () => {
  expect(addonShares('classroom-download.csv')).toEqual({
    'Linear equations quiz': '2/5',
    'Slope worksheet': '1/4',
    'Graphing exit ticket': '2/5',
  });
});

test('duplicate headers', () => {
  expect(addonShares('duplicate-headers.csv')).toEqual({ Quiz: '1/4', 'Quiz (2)': '1/4', Homework: '1/4' });
});

test('exam sheet: key above the header, students by SID, E an answer', () => {
  expect(addonShares('exam-answer-key.csv')).toEqual({
    Q1: '1/5',
    Q2: '1/5',
    Q3: '1/5',
    Q4: '1/5',
    Q5: '1/4',
  });
});

test('standards-based report: one warning, the columns look like a scale against the wrong points', () => {
  const book = workbook({});
  const grid = readCsvFile(path.join(FIXTURES, 'standards-report.csv')).grid;
  book.ss._typeSheet(
    'Gradebook',
    grid.map((row) => row.map((v) => String(v ?? ''))),
  );
  const warnings: string[] = book.gs.sidebarState().warnings;
  expect(warnings.filter((w) => w.includes('proficiency scale'))).toEqual([
    expect.stringContaining('3 columns look like a proficiency scale read against the wrong points'),
  ]);
});
