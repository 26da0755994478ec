/**
 * What the students answered (SPEC 6b), from src/core/answers.ts: the answer distributions and
 * their order, the key-mismatch check, the misconception rows per section and the teacher-table
 * groups' patterns. Every analysis is worked out inside its test (see tests/itemAnalysis.test.ts).
 */
import { type AnswerRow, isCommonWrong } from '../src/core/answers';
import type { Grid } from '../src/core/types';
import { analyseGrid } from './helpers/engine';

describe('SPEC 6b answers', () => {
  // Scores, no answer key: the item report holds statistics only.
  test('SPEC 6b: without an answer key an item has no answers and every student no pattern', () => {
    const report = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ['Ana', 1, 0],
      ['Ben', '', 1],
    ]).itemReport;
    expect(report.itemAnalysis.map((r) => [r.answers, r.strongestChose, r.keySays])).toEqual([
      [[], null, null],
      [[], null, null],
    ]);
    expect(report.patterns).toStrictEqual([
      [null, null],
      [null, null],
    ]);
    expect(report.misconceptions).toEqual([]);
  });

  /*
   * 7 answering: "x" ×1, "a letter" ×3 (right), "number" ×2, "y" ×1, in order of first appearance.
   * "number" is the one common wrong answer (2 ≥ 2 and 2 × 10 ≥ 7): first. Then by count: a letter
   * (3, though it came after x), then x and y (1 each) in order of appearance.
   */
  test('SPEC 6b: common wrong answers first, then by count, ties in order of appearance', () => {
    const report = analyseGrid([
      ['Student', 'Q1: What is a variable?'],
      ['Answer key', 'a letter'],
      ['Ana', 'x'],
      ['Ben', 'a letter'],
      ['Cal', 'number'],
      ['Dee', 'A letter'],
      ['Eve', 'y'],
      ['Fay', 'Number'],
      ['Gus', 'a letter'],
      ['Hal', ''],
    ]).itemReport;
    expect(report.itemAnalysis[0].answers.map((a) => [a.answer, a.count, a.correct])).toEqual([
      ['number', 2, false],
      ['a letter', 3, true],
      ['x', 1, false],
      ['y', 1, false],
    ]);
  });

  /*
   * Key A. Ana A, Ben E, Cal e, Dee -, Eve B, Fay blank: graded, only Fay has no data (n 5), so the
   * answers are A 1, E 2 (E and e are one answer), - 1, B 1 (5 in all). E is common (2 ≥ 2, 20 ≥ 5).
   */
  test('SPEC 6b: with a key, a no-data word such as E is an answer, listed as it is graded', () => {
    const row = analyseGrid([
      ['Student', 'Q1'],
      ['Answer key', 'A'],
      ['Ana', 'A'],
      ['Ben', 'E'],
      ['Cal', 'e'],
      ['Dee', '-'],
      ['Eve', 'B'],
      ['Fay', ''],
    ]).itemReport.itemAnalysis[0];
    expect(row.n).toBe(5);
    expect(row.answers.map((a) => [a.answer, a.count, a.correct])).toEqual([
      ['E', 2, false],
      ['A', 1, true],
      ['-', 1, false],
      ['B', 1, false],
    ]);
  });

  const wrong = (count: number): AnswerRow => ({
    answer: 'x',
    count,
    correct: false,
    pattern: null,
    students: [],
  });
  // 2 of 20 is 10%: common. 2 of 21 is under 10%; 1 of 5 is one student.
  test('SPEC 6b: common wrong: given by at least 2 students and at least 10% of those answering', () =>
    expect([isCommonWrong(wrong(2), 20), isCommonWrong(wrong(2), 21), isCommonWrong(wrong(1), 5)]).toEqual([
      true,
      false,
      false,
    ]));
  // 21 answering: "a letter" ×16 (right), "x" ×2 (20 < 21: not common), "y" ×3 (30 ≥ 21: common).
  test('SPEC 6b: a wrong answer under 10% of those answering is listed by its count, not first', () => {
    const given = ['a letter', 'x', 'x', 'y', 'y', 'y'].concat(Array(15).fill('a letter'));
    const report = analyseGrid(
      [
        ['Student', 'Q1: What is a variable?'],
        ['Answer key', 'a letter'],
      ].concat(given.map((answer, s) => [`S${s + 1}`, answer])),
    ).itemReport;
    expect(report.itemAnalysis[0].answers.map((a) => [a.answer, a.count])).toEqual([
      ['y', 3],
      ['a letter', 16],
      ['x', 2],
    ]);
  });
  // " X " is written as x, trimmed; Cal's "x" is the same answer. Students in roster order.
  test('SPEC 6b: an answer is shown trimmed as its first student wrote it, with its students', () => {
    const report = analyseGrid([
      ['Student', 'Q1'],
      ['Answer key', 'a'],
      ['Ana', ' X '],
      ['Ben', 'a'],
      ['Cal', 'x'],
    ]).itemReport;
    expect(report.itemAnalysis[0].answers.map((a) => [a.answer, a.students])).toEqual([
      ['X', ['Ana', 'Cal']],
      ['a', ['Ben']],
    ]);
  });

  // On an equation item, a blank answer is no data (null), a right one null, a wrong one its slip.
  // x + 5 = 14: 19 is sign-slip (14 + 5), 10 matches no slip.
  test('SPEC 6b: patterns hold, per student, the slip of a wrong answer and null otherwise', () => {
    const report = analyseGrid([
      ['Student', 'Q1: x + 5 = 14'],
      ['Answer key', 9],
      ['Ana', 19],
      ['Ben', ''],
      ['Cal', 9],
      ['Dee', 10],
    ]).itemReport;
    expect(report.patterns).toStrictEqual([['sign-slip', null, null, 'unclassified']]);
  });
});

describe('SPEC 6b key-mismatch: the key against the equation', () => {
  /*
   * Q1 3(y + 4) = 27 solves to 5 (3y = 15), the key says 13. Q2 x + 1 = x + 2 has no solution,
   * Q3 2x = x + x holds for every x. Q4 x + 5 = 14 solves to 9, the key 9. Q5 the same equation,
   * the key "nine" (no number): it cannot be the solution either.
   */
  const grid: Grid = [
    [
      'Student',
      'Q1: 3(y + 4) = 27',
      'Q2: x + 1 = x + 2',
      'Q3: 2x = x + x',
      'Q4: x + 5 = 14',
      'Q5: x + 5 = 14',
    ],
    ['Answer key', 13, 1, 'any', 9, 'nine'],
    ['Ana', 13, 1, 'any', 9, 'nine'],
    ['Ben', 5, 2, 'x', 19, 9],
  ];
  test('SPEC 6b: "the key says 13; 3(y + 4) = 27 solves to 5" on the item, flagged key-mismatch', () => {
    const row = analyseGrid(grid).itemReport.itemAnalysis[0];
    expect(row.keySays).toBe('the key says 13; 3(y + 4) = 27 solves to 5');
    expect(row.flags).toContain('key-mismatch');
  });
  test('SPEC 6b: a key that is the solution, or an item with no solution, is no key-mismatch', () => {
    const rows = analyseGrid(grid).itemReport.itemAnalysis;
    expect([rows[1], rows[2], rows[3]].map((r) => [r.keySays, r.flags.includes('key-mismatch')])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
  });
  test('SPEC 6b: a key that is no number is a key-mismatch on an equation item', () =>
    expect(analyseGrid(grid).itemReport.itemAnalysis[4].keySays).toBe(
      'the key says nine; x + 5 = 14 solves to 9',
    ));
  test('SPEC 6b: one warning per mismatched key and per equation without one solution, in item order', () =>
    expect(analyseGrid(grid).itemReport.warnings).toEqual([
      '"Q1: 3(y + 4) = 27": the key says 13; 3(y + 4) = 27 solves to 5. Grading still follows the key.',
      '"Q2: x + 1 = x + 2": x + 1 = x + 2 has no solution, so its wrong answers get no misconception labels.',
      '"Q3: 2x = x + x": 2x = x + x holds for every number, so its wrong answers get no ' +
        'misconception labels.',
      '"Q5: x + 5 = 14": the key says nine; x + 5 = 14 solves to 9. Grading still follows the key.',
    ]));
  // Grading follows the key: on Q1 13 is right, and 5 (the true solution) is wrong, matching no slip.
  test('SPEC 6b: grading still follows a mismatched key', () =>
    expect(
      analyseGrid(grid).itemReport.itemAnalysis[0].answers.map((a) => [a.answer, a.correct, a.pattern]),
    ).toEqual([
      ['13', true, null],
      ['5', false, 'unclassified'],
    ]));
});

/*
 * Steps: 1 = Q1 x + 5 = 14 (key 9) and Q2 2x - 10 = -18 (key -4); 2 = Q3 x + 1 = 3 (key 2);
 * 3 = Q4 (key "a letter"). The slips (SPEC 6b table, in its order):
 *   Q1 a 1, b 5, d 14: sign-slip 19, reciprocal 1/9, opposite-sign -9.
 *   Q2 a 2, b -10, d -18: sign-slip -14, forgot-to-divide -8, divided-one-term -9 + 10 = 1,
 *      reciprocal -1/4, opposite-sign 4.
 *   Q3 a 1, b 1, d 3: sign-slip 4, reciprocal 1/2, opposite-sign -2.
 * Answers, and the slips they show (10 is unclassified):
 *   P1 Ben  -9 opposite-sign, -14 sign-slip      step 1: 0 of 2, entry 1
 *   P1 Cal  19 sign-slip                         step 1: 1 of 2, entry 1
 *   P1 Cal  1 divided-one-term (a second Cal)    step 1: 1 of 2, entry 1
 *   P1 Ana  all right                            ready
 *   P1 Gus  Q3 4 sign-slip                       step 1 mastered, step 2 0 of 1: entry 2
 *   P2 Dee  19 sign-slip, -8 forgot-to-divide    entry 1
 *   P2 Eve  10 unclassified                      entry 1
 *   P2 Ben  -8 forgot-to-divide (P1 has a Ben)   entry 1
 *   P2 Fay  all right                            ready
 *   P3 Hal  10 unclassified                      entry 1
 * Teacher table (entry before the last step, 3): P1 step 1 Ben, Cal, Cal; P1 step 2 Gus;
 * P2 step 1 Dee, Eve, Ben; P3 step 1 Hal.
 */
const stepsGrid: Grid = [
  ['Student', 'Section', 'Q1: x + 5 = 14', 'Q2: 2x - 10 = -18', 'Q3: x + 1 = 3', 'Q4: What is a variable?'],
  ['Answer key', '', 9, -4, 2, 'a letter'],
  ['Step', '', 1, 1, 2, 3],
  ['Ben', 'P1', -9, -14, 2, 'a letter'],
  ['Cal', 'P1', 19, -4, 2, 'a letter'],
  ['Cal', 'P1', 9, 1, 2, 'a letter'],
  ['Ana', 'P1', 9, -4, 2, 'a letter'],
  ['Gus', 'P1', 9, -4, 4, 'a letter'],
  ['Dee', 'P2', 19, -8, 2, 'a letter'],
  ['Eve', 'P2', 10, -4, 2, 'a letter'],
  ['Ben', 'P2', 9, -8, 2, 'a letter'],
  ['Fay', 'P2', 9, -4, 2, 'a letter'],
  ['Hal', 'P3', 10, -4, 2, 'a letter'],
];

describe('SPEC 6b misconception groups', () => {
  // Per section, item and slip (each equation's slips in table order), the students in roster order;
  // a slip nobody shows, and unclassified answers (Eve, Hal), make no row, so P3 has none.
  test('SPEC 6b: misconceptions per section, item and pattern, with the slip value and students', () =>
    expect(
      analyseGrid(stepsGrid).itemReport.misconceptions.map(
        (m) => `${m.section} ${m.item.slice(0, 2)} ${m.pattern} ${m.answer}: ${m.students.join(', ')}`,
      ),
    ).toEqual([
      'P1 Q1 sign-slip 19: Cal',
      'P1 Q1 opposite-sign -9: Ben',
      'P1 Q2 sign-slip -14: Ben',
      'P1 Q2 divided-one-term 1: Cal',
      'P1 Q3 sign-slip 4: Gus',
      'P2 Q1 sign-slip 19: Dee',
      'P2 Q2 forgot-to-divide -8: Dee, Ben',
    ]));

  const groups = (section: string) =>
    analyseGrid(stepsGrid)
      .stations.find((s) => s.section === section)!
      .teacherTable.map((g) => [g.step, g.students, g.misconceptions]);

  // P1 step 1: Ben's opposite-sign is found first, but sign-slip comes first in the table; Ben's two
  // sign-slips name him once; the two Cals both count (sign-slip, divided-one-term); P2's Ben does
  // not (his forgot-to-divide is not P1's). Step 2: Gus's slip on Q3, step 2's item.
  test("SPEC 6b: a teacher-table group shows its students' patterns on its step's items, table order", () =>
    expect(groups('P1')).toEqual([
      [
        1,
        ['Ben', 'Cal', 'Cal'],
        [
          { pattern: 'sign-slip', students: ['Ben', 'Cal'] },
          { pattern: 'divided-one-term', students: ['Cal'] },
          { pattern: 'opposite-sign', students: ['Ben'] },
        ],
      ],
      [2, ['Gus'], [{ pattern: 'sign-slip', students: ['Gus'] }]],
    ]));
  // P2 step 1: Dee sign-slip and forgot-to-divide, Ben forgot-to-divide; Eve's 10 is unclassified.
  test("SPEC 6b: a group's unclassified answers add no pattern; a name is its own section's student", () =>
    expect(groups('P2')).toEqual([
      [
        1,
        ['Dee', 'Eve', 'Ben'],
        [
          { pattern: 'sign-slip', students: ['Dee'] },
          { pattern: 'forgot-to-divide', students: ['Dee', 'Ben'] },
        ],
      ],
    ]));
  // P3: Hal alone, unclassified: the group has no misconceptions field at all.
  test('SPEC 6b: a group whose students show no pattern has no misconceptions', () =>
    expect(groups('P3')).toEqual([[1, ['Hal'], undefined]]));
});

describe('SPEC 6b check-key: what the strongest students chose', () => {
  /*
   * Key A on Q1, but the four strongest (right on Q2 and Q3) all answered B and the four weakest A.
   * Rest: S1–S4 1, S5–S8 0; g = ⌈0.27·8⌉ = 3: upper S1–S3 (B, B, b: one answer), lower S5–S7 (A):
   * D = -1, check-key; 3 of 3 in the upper group chose B, more than half.
   */
  test('SPEC 6b: on a check-key item, the wrong answer most of the upper group chose', () =>
    expect(
      analyseGrid([
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
      ]).itemReport.itemAnalysis[0].strongestChose,
    ).toBe('B'));
  /*
   * Rest: S1 1, S2 1, S3 .5, S4 0; g = ⌈1.08⌉ = 2: upper S1, S2 (B, C: both wrong), lower S4, S3 (A, A):
   * D = 0 - 1 = -1, check-key. B and C have 1 each of 2: half is not most.
   */
  test('SPEC 6b: half of the upper group is not most of it', () => {
    const row = analyseGrid([
      ['Student', 'Q1', 'Q2', 'Q3'],
      ['Answer key', 'A', 'A', 'A'],
      ['S1', 'B', 'A', 'A'],
      ['S2', 'C', 'A', 'A'],
      ['S3', 'A', 'B', 'A'],
      ['S4', 'A', 'B', 'B'],
    ]).itemReport.itemAnalysis[0];
    expect([row.flags.includes('check-key'), row.strongestChose]).toEqual([true, null]);
  });
  /*
   * Q1 right for all but S4; rest S1–S4 1, S5–S7 .5, S8–S10 0. g = 3: upper S1–S3, lower S8–S10,
   * all right: D = 0, r = -0.36 (tests/itemAnalysis.test.ts): check-key, but the upper group chose the key.
   */
  test('SPEC 6b: no answer is named when most of the upper group chose the key', () => {
    const row = analyseGrid([
      ['Student', 'Q1', 'Q2', 'Q3'],
      ['Answer key', 'A', 'A', 'A'],
      ['S1', 'A', 'A', 'A'],
      ['S2', 'A', 'A', 'A'],
      ['S3', 'A', 'A', 'A'],
      ['S4', 'B', 'A', 'A'],
      ['S5', 'A', 'A', 'B'],
      ['S6', 'A', 'A', 'B'],
      ['S7', 'A', 'B', 'A'],
      ['S8', 'A', 'B', 'B'],
      ['S9', 'A', 'B', 'B'],
      ['S10', 'A', 'B', 'B'],
    ]).itemReport.itemAnalysis[0];
    expect([row.flags.includes('check-key'), row.strongestChose]).toEqual([true, null]);
  });
  /*
   * Rest: S1–S3 1, S4 S5 .5, S6–S8 0; g = 3: upper S1–S3 (A, B, B) → 1/3, lower S6–S8 (B) → 0: D = 1/3.
   * x 1 0 0 1 0 0 0 0 (x̄ .25): Σ(x − x̄)·y = .75 - .25 - .25 + .375 - .125 = .5 > 0. No check-key, so
   * no answer is named, though 2 of the upper 3 chose B.
   */
  test('SPEC 6b: an item without check-key names no answer of the upper group', () => {
    const row = analyseGrid([
      ['Student', 'Q1', 'Q2', 'Q3'],
      ['Answer key', 'A', 'A', 'A'],
      ['S1', 'A', 'A', 'A'],
      ['S2', 'B', 'A', 'A'],
      ['S3', 'B', 'A', 'A'],
      ['S4', 'A', 'A', 'B'],
      ['S5', 'B', 'A', 'B'],
      ['S6', 'B', 'B', 'B'],
      ['S7', 'B', 'B', 'B'],
      ['S8', 'B', 'B', 'B'],
    ]).itemReport.itemAnalysis[0];
    expect([row.flags.includes('check-key'), row.strongestChose]).toEqual([false, null]);
  });
});
