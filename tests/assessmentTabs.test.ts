/**
 * Which tabs are assessments (issue #16): Progress's tick list offers the teacher's tabs, never the
 * add-on's own outputs, the Skill Map or the template's how-to, and the template's example
 * gradebook only once it has students. Through the built bundle on the in-memory spreadsheet.
 */
import type { FakeSheet } from '../src/fake/spreadsheet';
import { exampleGrid } from './helpers/examples';
import { sheetValues, workbook } from './helpers/sheets';

const quizzes = () =>
  workbook({
    'Pre-assessment': sheetValues(exampleGrid('jit-pre-assessment.csv')),
    'Weekly quiz': sheetValues(exampleGrid('weekly-quiz.csv')),
  });

const named = (ss: ReturnType<typeof workbook>['ss'], name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;

test('after every output and the template (inserted twice), the list is the two quizzes', () => {
  const { gs, ss } = quizzes();
  for (const action of ['classCheck', 'groups', 'items', 'template', 'template']) gs.runSidebarAction(action);
  gs.runSidebarProgress([]);
  // Class Check, Groups, Student Gaps, Item Analysis, Progress and the template's three tabs, once.
  expect(ss._sheets.map((s) => s.getName())).toEqual([
    'Pre-assessment',
    'Weekly quiz',
    'Class Check',
    'Groups',
    'Student Gaps',
    'Item Analysis',
    'JIT Gradebook',
    'Skill Map',
    'How to (JIT)',
    'Progress',
  ]);
  expect(gs.sidebarState().tabs).toEqual(['Pre-assessment', 'Weekly quiz']);
});

test("the template's example gradebook is listed once the teacher has put students in it", () => {
  const { gs, ss } = quizzes();
  gs.runSidebarAction('template');
  expect(gs.sidebarState().tabs).toEqual(['Pre-assessment', 'Weekly quiz']);
  // Two students under the template's five rows (header, points, skill, step, cut).
  named(ss, 'JIT Gradebook')
    .getRange(6, 1, 2, 5)
    .setValues([
      ['Ana', 'Period 1', 1, 0, 1],
      ['Ben', 'Period 1', 1, 1, 0],
    ]);
  expect(gs.sidebarState().tabs).toEqual(['Pre-assessment', 'Weekly quiz', 'JIT Gradebook']);
});

test("a teacher's own tab called JIT Gradebook is listed; the template's, renamed, is not", () => {
  const { gs, ss } = workbook({
    'JIT Gradebook': sheetValues(exampleGrid('jit-pre-assessment.csv')),
    'Weekly quiz': sheetValues(exampleGrid('weekly-quiz.csv')),
  });
  gs.runSidebarAction('template');
  expect(ss._sheets.map((s) => s.getName())).toContain('JIT Gradebook (JIT)');
  expect(gs.sidebarState().tabs).toEqual(['JIT Gradebook', 'Weekly quiz']);
});

test("the template's example Skill Map costs the teacher's gradebook one warning line", () => {
  // The pre-assessment's items are the template's Q1 to Q3 (same headers): rename them so that
  // the template's map names none of them.
  const grid = sheetValues(exampleGrid('jit-pre-assessment.csv'));
  grid[0] = grid[0].map((h) => String(h).replace(/^Q(\d):.*/, 'Item $1'));
  const { gs } = workbook({ Gradebook: grid });
  const { state } = gs.runSidebarAction('template');
  expect(state.warnings.filter((w: string) => w.startsWith('Skill Map'))).toEqual([
    'Skill Map names 3 items that are not item columns of this tab ' +
      '("Q1: x + 5 = 14", "Q2: 2x - 10 = -18", "Q3: 5(x - 7) = 21"): ignored here.',
  ]);
});
