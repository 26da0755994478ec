/**
 * The formula engine that stands in for Sheets when evaluating conditional-format rules
 * (src/fake/formulas.ts).
 */
import { CODE_JS } from './helpers/bundle';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { paint } from '../src/fake/formulas';

const grid = {
  values: [
    [1, 9],
    [7, 3],
  ],
};

describe('conditional-format rules', () => {
  test('a relative reference moves with each cell: =A1>5 on A1:B2 paints the cells over 5', () => {
    expect(paint(grid, [{ formula: '=A1>5', ranges: ['A1:B2'] }])).toEqual([
      [-1, 0],
      [0, -1],
    ]);
  });

  test('an absolute reference stays: =$B$1>5 on A1:B2 paints every cell', () => {
    expect(paint(grid, [{ formula: '=$B$1>5', ranges: ['A1:B2'] }])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  test("written for the first range's top-left cell: =B1>5 on B1:B2 reads each cell of column B", () => {
    expect(paint(grid, [{ formula: '=B1>5', ranges: ['B1:B2'] }])).toEqual([
      [-1, 0],
      [-1, -1],
    ]);
  });

  test('the first rule that matches a cell paints it', () => {
    const rules = [
      { formula: '=A1>8', ranges: ['A1:B2'] },
      { formula: '=A1>2', ranges: ['A1:B2'] },
    ];
    expect(paint(grid, rules)).toEqual([
      [-1, 0],
      [1, 1],
    ]);
  });

  test('a formula that errors paints nothing', () => {
    expect(paint(grid, [{ formula: '=1/0', ranges: ['A1'] }])).toEqual([
      [-1, -1],
      [-1, -1],
    ]);
  });
});

describe('Sheets-only functions', () => {
  const text = { values: [['no', 0.85, 8]], formats: [['General', '0%', 'General']] };
  const is = (formula: string) => paint(text, [{ formula, ranges: ['A1'] }])[0][0] === 0;

  test('TO_TEXT shows a number in its format: 0.85 as 85%', () => {
    expect(is('=TO_TEXT(B1)="85%"')).toBe(true);
  });

  test('TO_TEXT returns text unchanged', () => {
    expect(is('=TO_TEXT(A1)="no"')).toBe(true);
  });

  test('TO_TEXT reads a given display text: a date shown 4/5', () => {
    expect(
      paint({ values: [[new Date(2026, 3, 5)]], display: [['4/5']] }, [
        { formula: '=TO_TEXT(A1)="4/5"', ranges: ['A1'] },
      ])[0][0],
    ).toBe(0);
  });

  test('REGEXMATCH matches part of the text', () => {
    expect(is('=REGEXMATCH("a no b","no")')).toBe(true);
  });

  test('REGEXMATCH refuses a number (text only)', () => {
    expect(is('=ISERROR(REGEXMATCH(C1,"8"))')).toBe(true);
  });

  test('REGEXMATCH reads \\Q…\\E as literal text', () => {
    expect(is('=REGEXMATCH("a.b","^\\Qa.b\\E$")')).toBe(true);
  });

  test('REGEXMATCH refuses lookahead, which RE2 lacks', () => {
    expect(is('=ISERROR(REGEXMATCH("ab","a(?=b)"))')).toBe(true);
  });

  test('REGEXEXTRACT returns the whole match when there is no group', () => {
    expect(is('=REGEXEXTRACT("12 / 15","[0-9]+$")="15"')).toBe(true);
  });
});

describe.each([
  ['shortCircuit', false],
  ['strict', true],
] as const)('AND/OR %s', (logic, errors) => {
  const text = { values: [['abc']] };
  const value = (formula: string) =>
    paint(text, [{ formula: `=ISERROR(${formula})`, ranges: ['A1'] }], logic)[0][0] === 0;

  test(`AND(FALSE, A1/10<1) on a text cell ${errors ? 'is an error' : 'is FALSE'}`, () => {
    expect(value('AND(ISNUMBER(A1),A1/10<1)')).toBe(errors);
  });

  test(`OR(TRUE, A1/10<1) on a text cell ${errors ? 'is an error' : 'is TRUE'}`, () => {
    expect(value('OR(ISTEXT(A1),A1/10<1)')).toBe(errors);
  });
});

test('HyperFormula (GPL) never ends up in the Apps Script bundle or the sidebar', () => {
  const dist = path.dirname(CODE_JS); // what clasp pushes
  for (const file of ['Code.js', 'Sidebar.html']) {
    expect(readFileSync(path.join(dist, file), 'utf8')).not.toMatch(/hyperformula|handsoncode|gpl-v3/i);
  }
});
