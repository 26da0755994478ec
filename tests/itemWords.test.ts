/**
 * What a teacher reads about an item (SPEC 6b): the check-key question, the small-sample hint,
 * the key mismatch.
 */
import { flagSentences } from '../src/core/itemWords';
import type { Grid } from '../src/core/types';
import { analyseGrid } from './helpers/engine';

/*
 * Key A on Q1, but the four strongest (right on Q2 and Q3) all answered B and the four weakest A.
 * Rest scores: S1–S4 1, S5–S8 0; g = ⌈0.27·8⌉ = 3: upper S1–S3 (all B, wrong by the key),
 * lower S5–S7 (all A, right): D = 0 - 1 = -1, so check-key, and most of the upper group chose B.
 */
const wrongKey: Grid = [
  ['Student', 'Q1', 'Q2', 'Q3'],
  ['Answer key', 'A', 'B', 'C'],
  ['S1', 'B', 'B', 'C'],
  ['S2', 'B', 'B', 'C'],
  ['S3', 'b', 'B', 'C'],
  ['S4', 'B', 'B', 'C'],
  ['S5', 'A', 'A', 'A'],
  ['S6', 'A', 'A', 'A'],
  ['S7', 'A', 'A', 'A'],
  ['S8', 'A', 'A', 'A'],
];

describe('flags in words', () => {
  const row = analyseGrid(wrongKey).itemReport.itemAnalysis[0];
  test('D = -1 on the wrongly keyed item', () => expect(row.discrimination).toBe(-1));
  test('check-key names the answer the strongest students chose', () =>
    expect(flagSentences(row)).toContain('Most of the strongest students chose B: is the key right?'));
  test('small-sample comes first, as a hint with the number of students', () =>
    expect(flagSentences(row)[0]).toBe(
      'Only 8 students: read these figures as hints, not verdicts; pool sections for more.',
    ));
  test('B is a common wrong answer listed first (4 of 8)', () =>
    expect(row.answers.map((a) => [a.answer, a.count, a.correct])).toEqual([
      ['B', 4, false],
      ['A', 4, true],
    ]));
});
