/**
 * What a teacher reads about an item (SPEC 6b): the check-key question, the small-sample hint,
 * the key mismatch.
 */
import type { AnswerRow, ItemAnalysisRow } from '../src/core/answers';
import {
  answerLine,
  figure,
  flagSentences,
  groupLine,
  hint,
  patternWords,
  reliabilityWords,
  smallSampleNote,
} from '../src/core/itemWords';
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
  // An upcoming assignment's empty column is no sample: "Only 0 to 22 students" would be no hint.
  test('an item nobody has a score on is left out of the note', () => {
    expect(smallSampleNote([item(22), item(0), item(22)])).toBe(
      'Only 22 students: read these figures as hints, not verdicts.',
    );
    expect(smallSampleNote([item(0)])).toBeNull();
  });
});

describe('figures and hints in words (SPEC 6b)', () => {
  test('SPEC 6b: a figure has two places; a figure there is none of (r without spread) is "–"', () => {
    expect(figure(0.5)).toBe('0.50');
    expect(figure(null)).toBe('–');
  });
  test('SPEC 6b: the small-sample hint counts its students: "1 student", "2 students"', () => {
    expect(hint(1)).toBe('hint: only 1 student');
    expect(hint(2)).toBe('hint: only 2 students');
  });
});

describe('each flag in words (SPEC 6b)', () => {
  // A hand-made row: only the flags and the figures the sentences read matter.
  const row = (flags: ItemFlag[], more: Partial<ItemAnalysisRow> = {}): ItemAnalysisRow => ({
    item: 'Q1',
    n: 40,
    difficulty: 0.5,
    discrimination: 0.1,
    pointBiserial: 0.1,
    flags,
    upper: [],
    missed: 20,
    answers: [],
    strongestChose: null,
    keySays: null,
    ...more,
  });
  test('SPEC 6b: weak (0 ≤ D < 0.2)', () =>
    expect(flagSentences(row(['weak']))).toEqual([
      'Weak: it barely tells stronger from weaker students (discrimination under 0.2).',
    ]));
  // Nothing varies, so D is 0: the item only cannot rank students, and the sentence says why.
  test('SPEC 6b: weak because every student earned full marks says so', () =>
    expect(flagSentences(row(['weak'], { difficulty: 1, discrimination: 0, missed: 0 }))).toEqual([
      'Weak: every student earned full marks on it, so it cannot tell stronger from weaker students ' +
        '(discrimination under 0.2).',
    ]));
  test('SPEC 6b: weak because no student earned a point says so', () =>
    expect(flagSentences(row(['weak'], { difficulty: 0, discrimination: 0, missed: 40 }))).toEqual([
      'Weak: no student earned a point on it, so it cannot tell stronger from weaker students ' +
        '(discrimination under 0.2).',
    ]));
  test('SPEC 6b: too hard (p < 0.2)', () =>
    expect(flagSentences(row(['too-hard'], { difficulty: 0.1 }))).toEqual([
      'Too hard: under 20% of the points were earned; reteach or rewrite it.',
    ]));
  test('SPEC 6b: key mismatch says what the key says and what the equation solves to', () =>
    expect(
      flagSentences(row(['key-mismatch'], { keySays: 'the key says 13; 3(y + 4) = 27 solves to 5' })),
    ).toEqual(['Key mismatch: the key says 13; 3(y + 4) = 27 solves to 5. Grading still follows the key.']));
  test('SPEC 6b: key mismatch without the numbers still says grading follows the key', () =>
    expect(flagSentences(row(['key-mismatch']))).toEqual([
      "Key mismatch: the key is not the equation's solution. Grading still follows the key.",
    ]));
  test('an item nobody has a score on says so, not "No flags" or "only 0 students"', () =>
    expect(flagSentences(row(['small-sample'], { n: 0, difficulty: null }))).toEqual([
      'No student has a score on it: its cells are blank or not scores.',
    ]));
  test('SPEC 6b: several flags, each its own sentence in order, small-sample left out', () =>
    expect(flagSentences(row(['weak', 'too-hard', 'small-sample'], { difficulty: 0.1 }))).toEqual([
      'Weak: it barely tells stronger from weaker students (discrimination under 0.2).',
      'Too hard: under 20% of the points were earned; reteach or rewrite it.',
    ]));
  // "Slightly" is for r above -0.2 (and below 0): r = -0.2 itself is no slight disagreement.
  test('SPEC 6b: check-key at r = -0.2 exactly is not "slightly" worse', () =>
    expect(flagSentences(row(['check-key'], { discrimination: 0, pointBiserial: -0.2 }))).toEqual([
      'Students who did better on the rest of the test did worse on this item (fits the test -0.20). ' +
        'Is the key (or the question) right?',
    ]));
});

describe('answers and slips in words (SPEC 6b)', () => {
  const answer = (more: Partial<AnswerRow>): AnswerRow => ({
    answer: '19',
    count: 2,
    correct: false,
    pattern: null,
    students: [],
    ...more,
  });
  test('SPEC 6b: a slip in its words; no slip, no words', () => {
    expect(patternWords('sign-slip')).toBe('moved the constant without changing its sign');
    expect(patternWords(null)).toBe('');
  });
  test('SPEC 6b: a misconception group is the slip, then its students', () =>
    expect(groupLine('forgot-to-divide', ['Ana', 'Ben'])).toBe(
      'undid the constant but not the coefficient: Ana, Ben',
    ));
  test('SPEC 6b: a wrong answer with its slip and count', () =>
    expect(answerLine(answer({ pattern: 'sign-slip' }))).toBe(
      '19 (2 students): moved the constant without changing its sign',
    ));
  test('SPEC 6b: the correct answer, given once: "1 student", "correct"', () =>
    expect(answerLine(answer({ answer: '9', count: 1, correct: true }))).toBe('9 (1 student): correct'));
  test('SPEC 6b: a wrong answer to an item without an equation is "wrong"', () =>
    expect(answerLine(answer({ answer: 'B', count: 3 }))).toBe('B (3 students): wrong'));
});

describe('the consistency figure in words (SPEC 6b)', () => {
  const guide =
    'As a guide, 0.7 or more: the items agree; under 0.5: they may measure different things, ' +
    'or the test is short.';
  test("SPEC 6b: Cronbach's alpha when an item is not 0/1; 30 students is no small sample", () =>
    expect(reliabilityWords({ kind: 'alpha', value: 0.8, n: 30 })).toBe(
      "Consistency of the items (reliability, Cronbach's alpha): 0.80 over 30 students with every item. " +
        guide,
    ));
  test('SPEC 6b: 29 students with every item is a hint', () =>
    expect(reliabilityWords({ kind: 'KR-20', value: 0.8, n: 29 })).toBe(
      'Consistency of the items (reliability, KR-20): 0.80 over 29 students with every item ' +
        `(hint: only 29 students). ${guide}`,
    ));
  test('SPEC 6b: no figure (under 2 students): says why, "1 student", never "1 students"', () =>
    expect(reliabilityWords({ kind: 'KR-20', value: null, n: 1 })).toBe(
      'Consistency (reliability): not enough data (1 student with every item).',
    ));
});
