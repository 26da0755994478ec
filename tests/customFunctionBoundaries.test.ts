/**
 * Near misses for the custom functions' arguments (SPEC 9) and the bare block they read (SPEC 3
 * cell values, SPEC 5 steps), imported from src/ so a mutant is seen (issue #19, mutation testing:
 * docs/testing.md lists the change each kills).
 */
import { ArgumentError } from '../src/functions/args';
import { CLASS_CHECK, JIT_GROUP, MASTERY, PERCENT_STRUGGLING } from '../src/functions/customFunctions';

describe('SPEC 3 and 9: a score Sheets turned into a date reads as typed', () => {
  test('SPEC 3: April 5 is a typed 4/5 (80%, mastered), March 5 a typed 3/5 (60%, not)', () => {
    // An en_US sheet stores a typed `4/5` as April 5; points 1 beside it are plain numbers.
    expect(MASTERY([[new Date(2026, 3, 5), new Date(2026, 2, 5), 1]], [[1, 1, 1]])).toEqual([
      [true, false, true],
    ]);
  });
});

describe('SPEC 9: arguments as Sheets passes them', () => {
  test('SPEC 9: a cut given as a column of two cells is a range, not a cut', () => {
    expect(() => PERCENT_STRUGGLING([[1]], '', [[0.7], [0.8]])).toThrow('cut must be one cell, not a range.');
  });

  test('SPEC 9: a cut that is no fraction or percent is an argument error naming the value', () => {
    let thrown: unknown;
    try {
      PERCENT_STRUGGLING([[1]], '', 'eighty');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ArgumentError);
    expect((thrown as Error).message).toBe(
      'Mastery cut must be a fraction from 0 to 1 or a percent (0.8 or 80%); got "eighty".',
    );
  });

  test('SPEC 9: skills given down a column, one left blank: that column is its own skill', () => {
    // Two score columns, skills in a 2×1 range: A, and a blank (named by its column).
    expect(
      CLASS_CHECK(
        [
          [1, 0],
          [1, 1],
        ],
        [['A'], ['']],
      ).map((r) => r[0]),
    ).toEqual(['Skill', 'A', 'Column 2']);
  });

  test('SPEC 9: a cut range left blank is no cut: the default 80%', () => {
    // 7 of 10 is under 80%: struggling; 9 of 10 is not. 1 of 2.
    expect(PERCENT_STRUGGLING([[7], [9]], [[10]], [['', '']])).toBe(0.5);
  });

  test('SPEC 9: points typed as text ("10") are points', () => {
    // 7 of 10 = 70% under the 80% cut: struggling; 9 of 10 is not. 1 of 2.
    expect(PERCENT_STRUGGLING([[7], [9]], [['10']])).toBe(0.5);
  });

  test('SPEC 9: points given as a percent are not a positive number', () => {
    expect(() => PERCENT_STRUGGLING([[1]], [['80%']])).toThrow(
      'points for column 1 ("80%") is not a positive number.',
    );
  });
});

describe('SPEC 5 and 9: JIT_GROUP step labels', () => {
  test('SPEC 5: a column whose label is blank, among labelled ones, is on no step', () => {
    // Labels 1, (blank), 2. The row misses only the unlabelled column: every step mastered, Ready.
    // The second row misses step 2's column: group 2.
    expect(
      JIT_GROUP(
        [
          [1, 0, 1],
          [1, 1, 0],
        ],
        [['1', '', '2']],
      ),
    ).toEqual([['Ready'], [2]]);
  });

  test('SPEC 5: two columns with one label are one step, pooled', () => {
    // Labels 1, 1, 2; points 1. Row: 1 + 0 of 2 = 50% on step 1: group 1, though column 1 is right.
    expect(JIT_GROUP([[1, 0, 1]], [['1', '1', '2']])).toEqual([[1]]);
  });
});
