/**
 * Reading a gradebook's rows (SPEC 3, the cell values table, invalid cells, the proficiency-scale
 * warning): each test at the edge of one rule of `readRows`, `readsInvalid`, `warnScale` and
 * `readGradebook` (issue #19, mutation testing: the history of docs/mutation/gradebook-rows.md lists what
 * each kills).
 */
import { readFractions, readGradebook } from '../src/core/gradebook';
import { detectLayout } from '../src/core/layout';
import type { Grid } from '../src/core/types';
import { oneSkillGrid } from './helpers/engine';

function read(grid: Grid) {
  return readGradebook(grid, detectLayout(grid));
}

describe('SPEC 3 cell values: numbers Sheets hands over', () => {
  test('SPEC 3: a decimal score is divided by the points: 0.5 of 2 is 25%, not mastered', () => {
    // 0.5 / 2 = 0.25 (0.5 × 2 would be 1, mastered); 2 / 2 = 1.
    const book = read(oneSkillGrid([[0.5], [2]], 2));
    expect(Array.from(readFractions(book).row(0))).toEqual([0.25]);
    expect(Array.from(book.mastered)).toEqual([1]);
  });

  test('SPEC 3: a number over 150% of the points or below 0 is invalid and counts as no data', () => {
    // Points 10: 20 → 200% (invalid), -1 → -10% (invalid), 8 → 80% (answered, mastered).
    const book = read(oneSkillGrid([[20, -1, 8]], 10));
    expect(Array.from(book.answered)).toEqual([0, 0, 1]);
    expect(book.invalid.map((c) => `${c.address} ${c.raw}`)).toEqual(['B4 20', 'C4 -1']);
  });

  test('SPEC 3: points below 1 divide too: 1 of 0.5 points is 200%, invalid, and reported', () => {
    // 1 / 0.5 = 2 > 1.5: invalid (1 × 0.5 = 0.5 would read as a valid 50%); 0.5 / 0.5 = 1 answered;
    // 100% is 100% whatever the points (not 1 / 0.5 = 200%), answered.
    const book = read(oneSkillGrid([['100%'], [0.5], [1]], 0.5));
    expect(Array.from(book.answered)).toEqual([2]);
    expect(book.invalid.map((c) => `${c.address} ${c.raw}`)).toEqual(['B6 1']);
  });

  test('SPEC 3: mastered is a score at or above the cut (80%): 8 of 10 yes, 7 of 10 no', () => {
    // Q1: 8/10 = 0.8 and 10/10 → 2 mastered; Q2: 7/10 and 0 → none.
    const book = read(
      oneSkillGrid(
        [
          [8, 7],
          [10, 0],
        ],
        10,
      ),
    );
    expect(Array.from(book.mastered)).toEqual([2, 0]);
  });
});

describe('SPEC 3 cell values: text', () => {
  test('SPEC 3: a no-data word (absent) is not answered', () => {
    // Q1: 8 answered, "absent" no data → 1 answered of 2.
    const book = read(oneSkillGrid([[8], ['absent']], 10));
    expect(Array.from(book.answered)).toEqual([1]);
  });

  test('SPEC 3: no-data words are not invalid scores: four of them, no "invalid scores" line', () => {
    // Four `absent` cells: more than FIRST_FEW (3), so counted as invalid they would give one count line.
    const book = read(oneSkillGrid([[8], ['absent'], ['absent'], ['absent'], ['absent']], 10));
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: 3+ in a column out of 4 is a score (3.25 of 4), not an invalid cell', () => {
    // 3.25 / 4 = 0.8125 ≥ 0.8: answered and mastered, no warning.
    const book = read(oneSkillGrid([['3+']], 4));
    expect(Array.from(book.answered)).toEqual([1]);
    expect(Array.from(book.mastered)).toEqual([1]);
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: only the invalid cells of a column are reported, not its valid ones before them', () => {
    // Points 4, column B top to bottom (rows 4–11): 3 (75%), blank, 80%, 3+ (3.25/4), 150% (extra
    // credit, valid), 200% (invalid), 7 (7/4 = 175%, invalid), x (invalid).
    const book = read(oneSkillGrid([[3], [''], ['80%'], ['3+'], ['150%'], ['200%'], [7], ['x']], 4));
    expect(book.invalid.map((c) => `${c.address} ${c.raw}`)).toEqual(['B9 200%', 'B10 7', 'B11 x']);
    expect(Array.from(book.answered)).toEqual([4]); // 3, 80%, 3+, 150%
  });
});

describe('SPEC 3 the proficiency-scale warning', () => {
  test('SPEC 3: a column of 3+ out of 100 (invalid there) is a scale read against the wrong points', () => {
    // 3+ is 3.25 points, invalid out of 100 (no data: answered 0); 3.25 / 100 ≤ a tenth → the warning.
    const book = read(oneSkillGrid([['3+'], ['3+']], 100));
    expect(Array.from(book.answered)).toEqual([0]);
    expect(book.warnings).toContainEqual(
      expect.stringContaining('1 column looks like a proficiency scale read against the wrong points'),
    );
    expect(book.warnings.join('\n')).toContain('"Q1": highest 3.25 of 100');
  });

  test('SPEC 3: a column of percentages at most a tenth is warned about', () => {
    // 5% and 10% of 10 points: fractions 0.05 and 0.1, nobody mastered, top 0.1 ≤ a tenth → warning.
    // Its "highest" is in points whatever the form: 10% of 10 points is 1 (it read "highest 0").
    const book = read(oneSkillGrid([['5%'], ['10%']], 10));
    expect(book.warnings.join('\n')).toContain('"Q1": highest 1 of 10');
  });

  test('SPEC 3: a column of percentages above a tenth is not warned about', () => {
    // 20% of 10 points: 0.2 > 0.1 (read as 0.2 / 10 = 0.02 it would be warned about).
    const book = read(oneSkillGrid([['20%'], ['20%']], 10));
    expect(book.warnings).toEqual([]);
  });
});

describe('SPEC 3 readGradebook', () => {
  test("SPEC 3: reading a gradebook leaves the layout's own warnings as they were", () => {
    // An invalid cell adds a warning to the book, not to the layout passed in.
    const grid = oneSkillGrid([['x']], 10);
    const layout = detectLayout(grid);
    const before = (layout.warnings ?? []).slice();
    const book = readGradebook(grid, layout);
    expect(book.warnings.length).toBeGreaterThan(before.length);
    expect(layout.warnings ?? []).toEqual(before);
  });

  test('SPEC 3: a layout without warnings gives a book with only its own warnings', () => {
    // 8 of 10: a clean column, so no warning at all.
    const grid = oneSkillGrid([[8]], 10);
    const book = readGradebook(grid, { ...detectLayout(grid), warnings: undefined });
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: Forms answers without an answer key: nothing graded, nothing excluded, one line', () => {
    // The layout says Forms with no key row: no items are read, so none are excluded.
    const grid = oneSkillGrid([[8]], 10);
    const book = readGradebook(grid, { ...detectLayout(grid), kind: 'forms', answerKeyRow: null });
    expect(book.items).toEqual([]);
    expect(book.excluded).toEqual([]);
    expect(book.warnings).toContain(
      'No answer key: choose the response that holds the correct answers (its row number or email).',
    );
  });
});

describe('SPEC 3 the proficiency-scale warning and Forms answers', () => {
  test('SPEC 3: answers graded against a key are not scores: small wrong answers, no scale warning', () => {
    // Q1's key is 0.25 (the teacher's row); Ana's 0.05 and Ben's 0.1 are wrong, so nobody mastered Q1.
    // Read as scores of 1 point they would be at most a tenth (0.1 ≤ 0.1) and look like a scale.
    const forms: Grid = [
      ['Timestamp', 'Email Address', 'Score', 'Q1'],
      ['1/1/2026', 'teacher@x.org', '1 / 1', 0.25],
      ['1/1/2026', 'ana@x.org', '0 / 1', 0.05],
      ['1/1/2026', 'ben@x.org', '0 / 1', 0.1],
    ];
    const book = read(forms);
    expect(Array.from(book.mastered)).toEqual([0]);
    expect(Array.from(book.answered)).toEqual([2]);
    expect(book.warnings).toEqual([]);
  });
});
