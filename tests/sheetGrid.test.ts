/**
 * From what Sheets hands over to the grid the engine reads (src/core/sheetGrid.ts, SPEC 3): dates read
 * as the text they show, percents as fractions, merged ranges given to every cell, and one warning per
 * item column Sheets turned typed scores into dates in. Expected values are worked in the comments.
 */
import vm from 'node:vm';
import type { Gradebook } from '../src/core/gradebook';
import { datedScoreWarnings, gridFromSheet, isDate, readsAsScore, typedRatioOf } from '../src/core/sheetGrid';

describe('gridFromSheet', () => {
  test('SPEC 3: a score Sheets made a date of is read as the text it shows, and listed', () => {
    // B2 holds April 5 shown as 4/5: the grid gets the text "4/5" and [1, 1] is listed as dated.
    const sheet = gridFromSheet({
      values: [
        ['Name', 'Q1'],
        ['Ann', new Date(2026, 3, 5)],
      ],
      displays: [
        ['Name', 'Q1'],
        ['Ann', '4/5'],
      ],
      merged: [],
    });
    expect(sheet.grid).toEqual([
      ['Name', 'Q1'],
      ['Ann', '4/5'],
    ]);
    expect(sheet.dated).toEqual([[1, 1]]);
  });

  test('SPEC 3: a number shown as a percent is read as that percent of the item', () => {
    // 0.5 shown as "50%": 0.5 × 100 = 50, so the text "50%".
    const sheet = gridFromSheet({ values: [[0.5]], displays: [['50%']], merged: [] });
    expect(sheet.grid).toEqual([['50%']]);
  });

  test('SPEC 3: a number not shown as a percent stays the number', () => {
    // 0.5 shown as "0.5": no % at the end, so the number 0.5 itself.
    const sheet = gridFromSheet({ values: [[0.5]], displays: [['0.5']], merged: [] });
    expect(sheet.grid).toEqual([[0.5]]);
    expect(sheet.dated).toEqual([]);
  });

  test('SPEC 3: text that shows a percent sign stays that text', () => {
    // A Plain-text cell holding "85%": the value is text, not a number, so it is not multiplied by 100.
    const sheet = gridFromSheet({ values: [['85%']], displays: [['85%']], merged: [] });
    expect(sheet.grid).toEqual([['85%']]);
  });

  test('SPEC 3: a header merged across columns names each column of the range', () => {
    // "Unit 1" merged over B1:C1: Sheets gives only B1 the value; C1 gets it too; A1 and row 2 keep theirs.
    const merged = [{ row: 0, column: 1, rows: 1, columns: 2 }];
    const sheet = gridFromSheet({
      values: [
        ['Name', 'Unit 1', ''],
        ['Ann', 3, 4],
      ],
      displays: [
        ['Name', 'Unit 1', ''],
        ['Ann', '3', '4'],
      ],
      merged,
    });
    expect(sheet.grid).toEqual([
      ['Name', 'Unit 1', 'Unit 1'],
      ['Ann', 3, 4],
    ]);
    expect(sheet.merged).toBe(merged);
  });

  test('SPEC 3: a section merged down holds for each row of the range, not the rows above it', () => {
    // "P1" merged over A2:A3 (rows 1-2, column 0): A3 gets "P1"; the header A1 and B column stay.
    const sheet = gridFromSheet({
      values: [
        ['Section', 'Q1'],
        ['P1', 1],
        ['', 2],
      ],
      displays: [
        ['Section', 'Q1'],
        ['P1', '1'],
        ['', '2'],
      ],
      merged: [{ row: 1, column: 0, rows: 2, columns: 1 }],
    });
    expect(sheet.grid).toEqual([
      ['Section', 'Q1'],
      ['P1', 1],
      ['P1', 2],
    ]);
  });

  test('SPEC 3: a merged range reaching past the data stops at its edge', () => {
    // B2 merged over 5 rows × 5 columns, but the data is 2 × 2: only B2 itself is in the grid, unchanged.
    const sheet = gridFromSheet({
      values: [
        ['Name', 'Q1'],
        ['Ann', 3],
      ],
      displays: [
        ['Name', 'Q1'],
        ['Ann', '3'],
      ],
      merged: [{ row: 1, column: 1, rows: 5, columns: 5 }],
    });
    expect(sheet.grid).toEqual([
      ['Name', 'Q1'],
      ['Ann', 3],
    ]);
  });
});

describe('isDate', () => {
  test('a Date made in another realm (Apps Script, the vm) is a date', () => {
    expect(isDate(vm.runInNewContext('new Date(0)'))).toBe(true);
  });

  test('numbers, text, null and plain objects are not dates', () => {
    expect([isDate(45000), isDate('4/5'), isDate(null), isDate({})]).toEqual([false, false, false, false]);
  });
});

describe('typedRatioOf', () => {
  test('SPEC 3: April 5 gives back the typed 4/5', () => {
    // getMonth() is 3 for April, + 1 = 4; getDate() is 5.
    expect(typedRatioOf(new Date(2026, 3, 5))).toBe('4/5');
  });
});

describe('readsAsScore', () => {
  test('SPEC 3: 4/5 reads as a score, a word does not', () => {
    expect([readsAsScore('4/5'), readsAsScore('absent!?')]).toEqual([true, false]);
  });
});

/** A gradebook with only what datedScoreWarnings reads: the student rows and the items' columns. */
function book(studentRows: number[], items: { column: number; header: string }[]): Gradebook {
  return { layout: { studentRows }, items } as unknown as Gradebook;
}

describe('datedScoreWarnings', () => {
  const Q1 = { column: 1, header: 'Quiz 1' };

  test('SPEC 3: no dated cells, no warning', () => {
    expect(datedScoreWarnings(book([1, 2], [Q1]), [])).toEqual([]);
  });

  test('SPEC 3: one warning for an item column, naming its dated cells', () => {
    // Rows 1 and 2 (0-based) of column B (1) are B2 and B3: 2 typed scores.
    expect(
      datedScoreWarnings(book([1, 2], [Q1]), [
        [1, 1],
        [2, 1],
      ]),
    ).toEqual([
      '"Quiz 1" (column B): Sheets turned 2 typed scores into dates (B2, B3); they are read as typed, ' +
        'e.g. 4/5 as 80%. Format the column as Plain text (Format > Number) so Sheets keeps what you type.',
    ]);
  });

  test('SPEC 3: dates outside the student rows or the item columns are not warned about', () => {
    // [0, 1] is the header row (not a student); [1, 2] is column C, which holds no item.
    expect(
      datedScoreWarnings(book([1, 2], [Q1]), [
        [0, 1],
        [1, 2],
      ]),
    ).toEqual([]);
  });

  test('SPEC 3: five dated cells are all named, a sixth is counted', () => {
    // Rows 1-6 of column B: B2..B7; the first 5 are named, 6 - 5 = 1 more.
    const rows = [1, 2, 3, 4, 5, 6];
    const five = datedScoreWarnings(
      book(rows, [Q1]),
      rows.slice(0, 5).map((r) => [r, 1]),
    )[0];
    const six = datedScoreWarnings(
      book(rows, [Q1]),
      rows.map((r) => [r, 1]),
    )[0];
    expect(five).toContain('5 typed scores into dates (B2, B3, B4, B5, B6); ');
    expect(six).toContain('6 typed scores into dates (B2, B3, B4, B5, B6 and 1 more); ');
  });
});
