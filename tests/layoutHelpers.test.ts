/**
 * The helpers layout detection is built on, asked directly (SPEC 3: row labels, headers, Canvas and
 * quiz exports; SPEC 2/11: section names). Expected values are worked in the comment above each.
 */
import {
  firstFew,
  latestAttempts,
  leftOutNote,
  readOnlyColumns,
  scorePairs,
} from '../src/core/exportLayouts';
import { isNotItemHeader, normalizeLabel, rowLabel, type ColumnRole } from '../src/core/labels';
import type { LeftOut } from '../src/core/layout';
import { sectionName } from '../src/core/sectionNames';
import type { CellValue, Grid } from '../src/core/types';

describe('normalizeLabel (SPEC 3)', () => {
  test('SPEC 3: runs of whitespace become one space and a trailing colon goes', () => {
    // "Points\t\tPossible:" → lower case, the tab run → one space, ":" dropped.
    expect(normalizeLabel('Points\t\tPossible:')).toBe('points possible');
  });

  test('SPEC 3: two spaces become one', () => {
    expect(normalizeLabel('Max  points')).toBe('max points');
  });

  test('SPEC 3: only a colon at the end goes, with the spaces before it', () => {
    // "Q1: part *" ends in "*": " *" goes; the inner ":" stays.
    expect(normalizeLabel('Q1: part *')).toBe('q1: part');
  });

  test('SPEC 3: a label that is only a colon-ended word keeps the word', () => {
    expect(normalizeLabel('Key:')).toBe('key');
  });

  test('SPEC 3: a number is no label', () => {
    expect(normalizeLabel(5)).toBe('');
  });
});

describe('isNotItemHeader (SPEC 3)', () => {
  test('SPEC 3: a Notes column is not an item, a quiz is', () => {
    expect([isNotItemHeader('Notes'), isNotItemHeader('Quiz 1')]).toEqual([true, false]);
  });
});

describe('rowLabel (SPEC 3)', () => {
  test('SPEC 3: a number in the label column is no row label', () => {
    expect(rowLabel(5)).toBeNull();
  });

  test('SPEC 3: a label starting beyond ASCII is read by the full rule', () => {
    // U+212A KELVIN SIGN lower-cases to "k": "\u212Aey" normalizes to "key", the answer-key row.
    expect(rowLabel('\u212Aey')).toBe('key');
  });
});

describe('sectionName (SPEC 2, 11)', () => {
  test('SPEC 11: a section named (all) is marked, so it is not the whole roster', () => {
    expect(sectionName('(all)')).toBe('(all) (section)');
  });

  test('SPEC 11: a section named (no section) is marked', () => {
    expect(sectionName('(no section)')).toBe('(no section) (section)');
  });

  test('SPEC 11: a name that already looks marked is marked again (one-to-one)', () => {
    // "(all) (section)" is (all) + one mark: reserved-looking, so one more mark.
    expect(sectionName('(all) (section)')).toBe('(all) (section) (section)');
  });

  test('SPEC 11: a name starting with (all) but not ending in a mark is the teacher text', () => {
    // "(all) Period 10" is 15 characters and ends in no " (section)": its head is all of it, no scope word.
    expect(sectionName('(all) Period 10')).toBe('(all) Period 10');
  });

  test('SPEC 11: an ordinary section keeps its text', () => {
    expect(sectionName('Period 1')).toBe('Period 1');
  });
});

describe('firstFew (SPEC 3)', () => {
  test('SPEC 3: exactly three cases are all shown, with no "and 0 more"', () => {
    expect(firstFew(['a', 'b', 'c'])).toBe('a, b, c');
  });

  test('SPEC 3: a fourth case is counted', () => {
    // 4 - 3 = 1 more.
    expect(firstFew(['a', 'b', 'c', 'd'])).toBe('a, b, c and 1 more');
  });
});

describe('scorePairs (SPEC 3, Canvas quiz student analysis)', () => {
  test('SPEC 3: each question and the score column after it are one item out of its points', () => {
    // Columns 1-2 and 3-4 are pairs: the answer columns 1, 3 are ignored; items 2 (out of 1) and 4 (of 2).
    const columns: ColumnRole[] = ['name', 'item', 'item', 'item', 'item'];
    const pairs = scorePairs(['Name', '3101: What is 2+2?', '1.0', '3102: Name a prime', '2'], columns, {});
    expect(pairs).toEqual({
      names: { 2: 'What is 2+2?', 4: 'Name a prime' },
      points: { 2: 1, 4: 2 },
      note:
        '2 questions read as answer and score pairs: each is one item, ' +
        'out of the points heading its score column.',
    });
    expect(columns).toEqual(['name', 'ignored', 'item', 'ignored', 'item']);
  });

  test('SPEC 3: no pair, no note', () => {
    expect(scorePairs(['Name', 'Quiz 1'], ['name', 'item'], {}).note).toBeNull();
  });

  test('SPEC 3: a question header over a column that is not an item makes no pair', () => {
    // Column 0 is the name column (headed like a question): column 1 stays a plain item.
    const columns: ColumnRole[] = ['name', 'item'];
    expect(scorePairs(['3101: Who?', '1.0'], columns, {}).note).toBeNull();
    expect(columns).toEqual(['name', 'item']);
  });

  test('SPEC 3: a score column that is not an item makes no pair', () => {
    const columns: ColumnRole[] = ['name', 'item', 'ignored'];
    expect(scorePairs(['Name', '3101: Q', '1.0'], columns, {}).note).toBeNull();
    expect(columns).toEqual(['name', 'item', 'ignored']);
  });

  test('SPEC 3: a question column the teacher marked makes no pair', () => {
    // The teacher marked column 1 an item: it is kept, and 2 stays a plain item.
    const columns: ColumnRole[] = ['name', 'item', 'item'];
    expect(scorePairs(['Name', '3101: Q', '1.0'], columns, { columns: { 1: 'item' } }).note).toBeNull();
    expect(columns).toEqual(['name', 'item', 'item']);
  });

  test('SPEC 3: a teacher mark on the score column alone still pairs', () => {
    // Only column c - 1 = 1 is looked at for a mark: a mark on column 2 leaves the pair (1, 2).
    const columns: ColumnRole[] = ['name', 'item', 'item'];
    const pairs = scorePairs(['Name', '3101: Q', '1.0'], columns, { columns: { 2: 'item' } });
    expect(pairs.points).toEqual({ 2: 1 });
  });

  test('SPEC 3: a score column headed by no number makes no pair', () => {
    expect(scorePairs(['Name', '3101: Q', 'Score'], ['name', 'item', 'item'], {}).note).toBeNull();
  });

  test('SPEC 3: a score column headed 0 makes no pair (an item needs points)', () => {
    expect(scorePairs(['Name', '3101: Q', '0'], ['name', 'item', 'item'], {}).note).toBeNull();
  });
});

describe('readOnlyColumns (SPEC 3, Canvas summary columns)', () => {
  /** Row 1 is the labelled points row; column 1 is marked (read only), column 2 too but not an item. */
  const grid: Grid = [
    ['Student', 'Current Score', 'Unposted', 'Quiz 1'],
    ['Points Possible', '(read only)', '(read only)', '10'],
  ];

  test('SPEC 3: an item column marked (read only) is left out, named by its trimmed header', () => {
    const columns: ColumnRole[] = ['name', 'item', 'ignored', 'item'];
    const leftOut: LeftOut[] = [];
    readOnlyColumns(grid, columns, { 1: 'points' }, {}, ['Student', '  Current Score ', 'Unposted'], leftOut);
    expect(columns).toEqual(['name', 'ignored', 'ignored', 'item']);
    expect(leftOut).toEqual([
      { column: 1, header: 'Current Score', reason: 'summary columns marked (read only)' },
    ]);
  });

  test('SPEC 3: a column marked (read only) with an empty or missing header is named by its letter', () => {
    // Column 1 (B) has a null header, column 3 (D) none at all; both are items marked (read only).
    const marked: Grid = [
      ['Student', null, 'x', null],
      ['Points Possible', '(read only)', '5', '(read only)'],
    ];
    const leftOut: LeftOut[] = [];
    const header: CellValue[] = ['Student', null, 'x'];
    readOnlyColumns(marked, ['name', 'item', 'item', 'item'], { 1: 'points' }, {}, header, leftOut);
    expect(leftOut.map((l) => l.header)).toEqual(['Column B', 'Column D']);
  });

  test('SPEC 3: a column the teacher marked stays, even marked (read only)', () => {
    const columns: ColumnRole[] = ['name', 'item', 'ignored', 'item'];
    const leftOut: LeftOut[] = [];
    readOnlyColumns(grid, columns, { 1: 'points' }, { columns: { 1: 'item' } }, grid[0], leftOut);
    expect(leftOut).toEqual([]);
  });
});

describe('leftOutNote (SPEC 3)', () => {
  test('SPEC 3: the columns left out, grouped by reason in the order met', () => {
    // A and C share reason r1 (met first), B has r2.
    const note = leftOutNote([
      { column: 1, header: 'A', reason: 'r1' },
      { column: 2, header: 'B', reason: 'r2' },
      { column: 3, header: 'C', reason: 'r1' },
    ]);
    expect(note).toBe('Left out, not items: A, C (r1); B (r2). Mark any of them as an item to include it.');
  });
});

describe('latestAttempts (SPEC 3, quiz exports with an attempt column)', () => {
  test('SPEC 3: the latest attempt of each student is read, one warning for all', () => {
    // Lee Ann: attempts 1 (row 2), 2 (row 3) → row 3 kept.
    // Ruiz Bo: attempts 2 (row 4), 1 (row 5) → row 4 kept.
    const grid: Grid = [
      ['Last', 'First', 'Attempt', 'Q1'],
      ['Lee', 'Ann', '1', '2'],
      ['Lee', 'Ann', '2', '3'],
      ['Ruiz', 'Bo', '2', '4'],
      ['Ruiz', 'Bo', '1', '1'],
    ];
    const warnings: string[] = [];
    const kept = latestAttempts(
      grid,
      grid[0],
      ['last', 'first', 'ignored', 'item'],
      [0, 1],
      [1, 2, 3, 4],
      warnings,
    );
    expect(kept).toEqual([2, 3]);
    expect(warnings).toEqual([
      '2 students have more than one attempt: the latest attempt of each is read ' +
        '(Lee Ann: row 3 kept, row 2 left out, Ruiz Bo: row 4 kept, row 5 left out).',
    ]);
  });

  test('SPEC 3: on a tie the lower row is read; three rows name both left out', () => {
    // Ann: attempts 1, 1, 1 (rows 2-4): the lowest row, 4, is kept; rows 2, 3 left out.
    const grid: Grid = [
      ['Attempt', 'Name', 'Q1'],
      ['1', 'Ann', '2'],
      ['1', 'Ann', '3'],
      ['1', 'Ann', '4'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['ignored', 'name', 'item'], [1], [1, 2, 3], warnings)).toEqual([3]);
    expect(warnings).toEqual([
      '1 student has more than one attempt: the latest attempt of each is read ' +
        '(Ann: row 4 kept, row 2, 3 left out).',
    ]);
  });

  test('SPEC 3: no attempt column, every student row is read', () => {
    const grid: Grid = [
      ['Name', 'Q1'],
      ['Ann', '1'],
      ['Ann', '2'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['name', 'item'], [0], [1, 2], warnings)).toEqual([1, 2]);
    expect(warnings).toEqual([]);
  });

  test('SPEC 3: one attempt each, no warning', () => {
    const grid: Grid = [
      ['Name', 'Attempt', 'Q1'],
      ['Ann', '1', '1'],
      ['Bo', '1', '2'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['name', 'ignored', 'item'], [0], [1, 2], warnings)).toEqual([1, 2]);
    expect(warnings).toEqual([]);
  });

  test('SPEC 3: with a student ID column, two students of the same name are two students', () => {
    // ID in column 0: S1 and S2 differ, so both Ann rows are kept.
    const grid: Grid = [
      ['ID', 'Name', 'Attempt'],
      ['S1', 'Ann', '1'],
      ['S2', 'Ann', '1'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['id', 'name', 'ignored'], [1], [1, 2], warnings)).toEqual([1, 2]);
    expect(warnings).toEqual([]);
  });

  test('SPEC 3: without an ID column, students are told apart by name', () => {
    const grid: Grid = [
      ['Name', 'Attempt'],
      ['Ann', '1'],
      ['Bo', '1'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['name', 'ignored'], [0], [1, 2], warnings)).toEqual([1, 2]);
  });

  test('SPEC 3: last and first names are kept apart when matching students', () => {
    // "An"+"nLee" and "Ann"+"Lee" would both run together as "annlee": they are two students.
    const grid: Grid = [
      ['First', 'Last', 'Attempt'],
      ['An', 'nLee', '1'],
      ['Ann', 'Lee', '1'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['first', 'last', 'ignored'], [0, 1], [1, 2], warnings)).toEqual([
      1, 2,
    ]);
  });

  test('SPEC 3: names are matched with lower case, so Weiß and WEISS are two students', () => {
    // "weiß" ≠ "weiss" in lower case (upper case would make both "WEISS").
    const grid: Grid = [
      ['Name', 'Attempt'],
      ['Weiß', '1'],
      ['WEISS', '1'],
    ];
    const warnings: string[] = [];
    expect(latestAttempts(grid, grid[0], ['name', 'ignored'], [0], [1, 2], warnings)).toEqual([1, 2]);
  });

  test('SPEC 3: an empty name part is skipped in the warning', () => {
    // Last name empty: the student is "Ann", not " Ann".
    const grid: Grid = [
      ['Last', 'First', 'Attempt'],
      ['', 'Ann', '1'],
      ['', 'Ann', '2'],
    ];
    const warnings: string[] = [];
    latestAttempts(grid, grid[0], ['last', 'first', 'ignored'], [0, 1], [1, 2], warnings);
    expect(warnings[0]).toContain('(Ann: row 3 kept, row 2 left out)');
  });
});
