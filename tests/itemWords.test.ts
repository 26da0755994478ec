/**
 * What a teacher reads about an item (SPEC 6b): the check-key question, the small-sample hint,
 * the key mismatch.
 */
import { flagSentences, smallSampleNote } from '../src/core/itemWords';
import type { ItemFlag } from '../src/core/itemAnalysis';
import type { Grid } from '../src/core/types';
import { analyseGrid, oneSkillGrid } from './helpers/engine';

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
  test('small-sample is flagged but not said per item (it is said once per assessment)', () => {
    expect(row.flags).toContain('small-sample');
    expect(flagSentences(row).some((line) => line.includes('hints'))).toBe(false);
  });
  test('B is a common wrong answer listed first (4 of 8)', () =>
    expect(row.answers.map((a) => [a.answer, a.count, a.correct])).toEqual([
      ['B', 4, false],
      ['A', 4, true],
    ]));
});

describe('check-key says what happened (SPEC 6b flag rule kept)', () => {
  /*
   * Scores, no key. Rest (Q2, Q3): S1–S4 1, S5–S8 0; g = 3: upper S1–S3 (Q1 0), lower S5–S7 (Q1 1):
   * D = 0 - 1 = -1 < 0. p = 5/8, not nearly always right.
   */
  test('D < 0: the top group did worse than the bottom group', () => {
    const grid = oneSkillGrid([
      [0, 1, 1],
      [0, 1, 1],
      [0, 1, 1],
      [1, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
    const r = analyseGrid(grid).itemReport.itemAnalysis[0];
    expect(r.flags).toContain('check-key');
    expect(flagSentences(r)).toContain(
      'The top group did worse on it than the bottom group (top vs bottom -1.00). ' +
        'Is the key (or the question) right?',
    );
  });

  /*
   * 10 students, Q1 right for all but S4 (p = 0.9). Rest (Q2, Q3): S1–S4 1, S5–S7 0.5, S8–S10 0.
   * g = ⌈2.7⌉ = 3: upper S1–S3 (S4 ties at 1 but comes later), lower S8–S10: D = 1 - 1 = 0.
   * r: Σ(x−0.9)(y−0.55) = -0.9·0.45 + 0.1·(4.5 − 9·0.55) = -0.45; Σ(x−x̄)² = 0.9, Σ(y−ȳ)² = 1.725:
   * r = -0.45/√1.5525 = -0.36 < 0, so check-key rests on S4's one wrong answer.
   */
  const nearlyAll = oneSkillGrid([
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
    [0, 1, 1],
    [1, 1, 0],
    [1, 1, 0],
    [1, 0, 1],
    [1, 0, 0],
    [1, 0, 0],
    [1, 0, 0],
  ]);
  const r = analyseGrid(nearlyAll).itemReport.itemAnalysis[0];
  test('the figures of the worked example: p 0.9, D 0, r -0.36', () => {
    expect(r.difficulty).toBeCloseTo(0.9, 12);
    expect(r.discrimination).toBe(0);
    expect(r.pointBiserial).toBeCloseTo(-0.45 / Math.sqrt(1.5525), 12);
    expect(r.flags).toContain('check-key');
  });
  test('D ≥ 0, r < 0, nearly always right: says the rest-of-test disagreement and the one wrong answer', () =>
    expect(flagSentences(r)).toContain(
      'Students who did better on the rest of the test did worse on this item (fits the test -0.36). ' +
        'Only 1 student missed it: the flag rests on very few wrong answers, read it as a hint.',
    ));
  test('"slightly" when r is between -0.2 and 0 (the trial\'s -0.06)', () =>
    expect(flagSentences({ ...r, pointBiserial: -0.06 })[0]).toMatch(
      /did slightly worse on this item \(fits the test -0\.06\)\./,
    ));
});

describe('small-sample note: once per assessment (SPEC 6b)', () => {
  const item = (n: number, small = true): { n: number; flags: ItemFlag[] } => ({
    n,
    flags: small ? ['small-sample'] : [],
  });
  test('every item with the same n: one sentence, no pooling advice over pooled figures', () =>
    expect(smallSampleNote([item(22), item(22), item(22)])).toBe(
      'Only 22 students: read these figures as hints, not verdicts.',
    ));
  test('items with different n: the range, per item', () =>
    expect(smallSampleNote([item(24), item(19), item(22)])).toBe(
      'Only 19 to 24 students per item: read these figures as hints, not verdicts.',
    ));
  test('only some items small: says how many', () =>
    expect(smallSampleNote([item(22), item(40, false), item(40, false)])).toBe(
      'Only 22 students on 1 item: read these figures as hints, not verdicts.',
    ));
  test('figures of one section: pooling sections is the advice', () =>
    expect(smallSampleNote([item(12)], true)).toBe(
      'Only 12 students: read these figures as hints, not verdicts; pool sections for more.',
    ));
  test('no small item: no note', () => expect(smallSampleNote([item(30, false)])).toBeNull());
});
