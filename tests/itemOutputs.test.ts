/**
 * The Item Analysis tab, the sidebar section and the custom functions ITEM_STATS and MISCONCEPTION
 * through the built bundle over the in-memory spreadsheet (SPEC 6b, 9): the same figures everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../src/cli/csv';
import type { FakeSheet } from '../src/fake/spreadsheet';
import { sheetValues, workbook } from './helpers/sheets';

/** The hand-worked gradebook of tests/itemAnalysis.test.ts: Q1, Q2 out of 1, Q3 out of 2; S6 blank on Q2. */
const small = [
  ['Student', 'Q1', 'Q2', 'Q3'],
  ['Points possible', 1, 1, 2],
  ['S1', 1, 1, 2],
  ['S2', 1, 0, 2],
  ['S3', 0, 1, 1],
  ['S4', 1, 1, 0],
  ['S5', 0, 0, 1],
  ['S6', 0, '', 0],
];
const scores = small.slice(2).map((r) => r.slice(1));
const points = [small[1].slice(1)];
const valuesOf = (sheet: FakeSheet) => sheet._cells.map((row) => row.map((c) => c.value));
const tab = (ss: { _sheets: FakeSheet[] }, name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;

describe('the tab, the sidebar and ITEM_STATS show the same figures', () => {
  const { gs, ss, services } = workbook({ Gradebook: sheetValues(small) });
  gs.menuItemAnalysis();
  const sheet = tab(ss, 'Item Analysis');
  const rows = valuesOf(sheet);
  const header = rows.findIndex((r) => r[0] === 'Item' && r[1] === 'Students');
  const figures = rows.slice(header + 1, header + 4).map((r) => r.slice(0, 6));
  const state = gs.sidebarState();
  const stats = gs.ITEM_STATS(scores, points) as unknown[][];

  // Worked in tests/itemAnalysis.test.ts: difficulty .5 .6 .5, discrimination .5 -.5 .25,
  // point-biserial √(3/11), -1/6, .25.
  test('the tab holds the hand-worked figures, flags in words', () => {
    expect(figures.map((r) => r.slice(0, 4))).toEqual([
      ['Q1', 6, 0.5, 0.5],
      ['Q2', 5, 0.6, -0.5],
      ['Q3', 6, 0.5, 0.25],
    ]);
    expect(figures.map((r) => r[5])).toEqual([
      'hint: only 6 students',
      'Check key, hint: only 5 students',
      'hint: only 6 students',
    ]);
    expect(figures[0][4]).toBeCloseTo(Math.sqrt(3 / 11), 12);
  });
  test('the figures are shown to two places, the values kept exact', () =>
    expect(sheet._cells[header + 1][4].numberFormat).toBe('0.00'));
  test("ITEM_STATS returns the tab's figures: a row per figure, a column per item", () =>
    expect(stats).toEqual([2, 3, 4, 5].map((k) => figures.map((r) => r[k]))));
  test('the sidebar state carries the same figures and flag words', () =>
    expect(
      state.itemAnalysis.rows.map((r: Record<string, unknown>) => [
        r.item,
        r.n,
        r.difficulty,
        r.discrimination,
        r.pointBiserial,
        r.flags,
      ]),
    ).toEqual(figures));
  test("a bar per item of its share correct, in the table's words and units", () => {
    const [chart] = sheet._charts;
    // Sheets cannot label a scatter's points from Apps Script (docs/sheets-behaviour.md): bars,
    // each under its item's name, the axis 0 to 1 to two places as the table's 0.50.
    expect(chart._options.type).toBe('combo');
    expect(chart._options.seriesType).toBe('bars');
    expect(chart._options.vAxis).toEqual({
      format: '0.00',
      minValue: 0,
      maxValue: 1,
      title: 'Share correct (difficulty)',
    });
    expect(chart._options.hAxis).toEqual({ title: 'Item' });
    const [start] = chart._ranges[0].split(':');
    const column = sheet._cells[0].findIndex((c) => c.value === 'Item' && c !== sheet._cells[0][0]);
    expect(start).toBe(`${String.fromCharCode(65 + column)}1`);
    // The figures worked above: Q1 .5, Q2 .6, Q3 .5.
    expect(rows.slice(0, 4).map((r) => [r[column], r[column + 1]])).toEqual([
      ['Item', 'Share correct (difficulty)'],
      ['Q1', 0.5],
      ['Q2', 0.6],
      ['Q3', 0.5],
    ]);
    expect(sheet._cells[1][column + 1].numberFormat).toBe('0.00');
  });
  test("one read and one write inside the lock, the teacher's tab active again", () => {
    expect(services.unlockedWrites).toEqual([]);
    expect(ss.getActiveSheet().getName()).toBe('Gradebook');
  });
  test('a rerun rewrites the same tab with one chart', () => {
    gs.menuItemAnalysis();
    expect(ss._sheets.map((s) => s.getName())).toEqual(['Gradebook', 'Item Analysis']);
    expect(tab(ss, 'Item Analysis')._charts).toHaveLength(1);
  });
});

describe('a Forms quiz of the seed equations in Sheets', () => {
  const grid = parseCsv(
    readFileSync(path.join(__dirname, 'fixtures', 'items', 'seed-equations.csv'), 'utf8'),
  ).grid;
  const { gs, ss } = workbook({ Responses: sheetValues(grid) });
  // The teacher's own response (row 2) is the key, saved as the sidebar saves it.
  gs.saveSidebarSettings({ correction: { answerKey: '2' } });
  gs.menuItemAnalysis();
  const rows = valuesOf(tab(ss, 'Item Analysis'));
  const state = gs.sidebarState();

  test('the tab starts with the common wrong answers, each with the slip in words', () =>
    expect(rows.slice(0, 5).map((r) => r.slice(0, 4))).toEqual([
      ['Common wrong answers', 'Answer', 'Students', 'What the student did'],
      ['Q1: x + 5 = 14', '19', 2, 'moved the constant without changing its sign'],
      ['Q2: Solve 2x - 10 = -18', '-14', 2, 'moved the constant without changing its sign'],
      ['Q3: 5(x - 7) = 21', '5.6', 3, 'multiplied only the first term in the parentheses'],
      ['Q5: 2x - 6 = -3x - 5', '-2.2', 2, 'moved the constant without changing its sign'],
    ]));
  test('the sidebar lists the same common wrong answers first', () =>
    expect(
      state.itemAnalysis.common.map((c: { item: string; line: string }) => `${c.item.slice(0, 2)} ${c.line}`),
    ).toEqual([
      'Q1 19 (2 students): moved the constant without changing its sign',
      'Q2 -14 (2 students): moved the constant without changing its sign',
      'Q3 5.6 (3 students): multiplied only the first term in the parentheses',
      'Q5 -2.2 (2 students): moved the constant without changing its sign',
    ]));
  test('MISCONCEPTION over a header and its answer column names the same slips as the tab', () => {
    const answers = grid.slice(2).map((r) => [r[5]]); // Q3: 5(x - 7) = 21, ana … gus
    expect(gs.MISCONCEPTION(grid[0][5], answers)).toEqual([
      ['Correct'],
      ['multiplied only the first term in the parentheses'],
      ['undid the constant but not the coefficient'],
      ['multiplied only the first term in the parentheses'],
      ['Correct'],
      ['Correct'],
      ['multiplied only the first term in the parentheses'],
    ]);
  });
});

describe('MISCONCEPTION, called as Sheets calls it', () => {
  const { gs } = workbook({});
  // 2x - 6 = -3x - 5: x = 1/5; -2.2 sign-slip, -1 x-sign-slip, 1 forgot-to-divide, 0.20 is 1/5 to two places.
  test('the five slips of 2x - 6 = -3x - 5, a correct answer written two ways, text and blank', () =>
    expect(
      gs.MISCONCEPTION('2x - 6 = -3x - 5', [
        ['-2.2', -1, 1],
        ['0.20', '1/5', 'no idea'],
        ['', 7, 'x = -2.2'],
      ]),
    ).toEqual([
      [
        'moved the constant without changing its sign',
        'moved the x-term without changing its sign',
        'undid the constant but not the coefficient',
      ],
      ['Correct', 'Correct', ''],
      ['', '', 'moved the constant without changing its sign'],
    ]));
  test('a cell that is not an equation is one clear message', () =>
    expect(() => gs.MISCONCEPTION('Explain your answer', [[1]])).toThrow(
      '"Explain your answer" is not a linear equation in one letter',
    ));
  test('an equation with no solution is one clear message', () =>
    expect(() => gs.MISCONCEPTION('x + 1 = x + 2', [[1]])).toThrow('x + 1 = x + 2 has no solution'));
});
