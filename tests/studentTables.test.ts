/** The per-student tables: what `score`, `status` and `fraction` read, worked by hand. */
import { readFractions, readGradebook } from '../src/core/gradebook';
import { detectLayout } from '../src/core/layout';
import { threshold } from '../src/core/mastery';
import { FractionTable, MASTERED, NO_DATA, ScoreTable, STRUGGLING } from '../src/core/studentTables';
import { oneSkillGrid } from './helpers/engine';

describe('student tables', () => {
  // Two students × two skills, student after student: Ana 0.5 and no data, Ben 0.8 and 0.25.
  const scores = new ScoreTable(Float64Array.from([0.5, NaN, 0.8, 0.25]), 2);

  test('score(student, skill) reads row by row', () => {
    expect(scores.students).toBe(2);
    expect(scores.score(0, 0)).toBe(0.5);
    expect(scores.score(0, 1)).toBeNaN();
    expect(scores.score(1, 0)).toBe(0.8);
    expect(scores.score(1, 1)).toBe(0.25);
  });

  test('setScore writes where score reads', () => {
    const table = ScoreTable.empty(3, 2);
    table.setScore(2, 1, 0.75);
    expect(Array.from(table.values)).toEqual([0, 0, 0, 0, 0, 0.75]);
    expect(table.score(2, 1)).toBe(0.75);
  });

  test('status: at the cut is mastered, below it struggling, NaN no data', () => {
    // Cuts 80% and 30%: Ana 0.5 < 0.8, no data; Ben exactly 0.8, 0.25 < 0.3.
    const status = scores.statuses(Float64Array.from([threshold(0.8), threshold(0.3)]));
    expect(status.status(0, 0)).toBe(STRUGGLING);
    expect(status.status(0, 1)).toBe(NO_DATA);
    expect(status.status(1, 0)).toBe(MASTERED);
    expect(status.status(1, 1)).toBe(STRUGGLING);
  });

  test('fraction(student, item) and row(student)', () => {
    const table = FractionTable.empty(2, 3);
    table.setRow(1, Float64Array.from([0.1, 0.2, 0.3]));
    expect(table.fraction(1, 2)).toBe(0.3);
    expect(table.fraction(0, 2)).toBe(0);
    expect(Array.from(table.row(1))).toEqual([0.1, 0.2, 0.3]);
  });

  test('readFractions reads every cell again with the cell rules of SPEC section 3', () => {
    // Points 5: 4 → 0.8; absent → no data; 50% → 0.5; 6 → 1.2 (extra credit, under 150%);
    // 8 → 1.6 is invalid.
    const grid = oneSkillGrid(
      [
        [4, 'absent'],
        ['50%', 6],
        [8, 5],
      ],
      5,
    );
    const fractions = readFractions(readGradebook(grid, detectLayout(grid)));
    expect(fractions.students).toBe(3);
    expect(Array.from(fractions.row(0))).toEqual([0.8, NaN]);
    expect(Array.from(fractions.row(1))).toEqual([0.5, 1.2]);
    expect(Array.from(fractions.row(2))).toEqual([NaN, 1]);
  });
});
