/**
 * The custom functions of SPEC section 9 imported from src/ (tests/customFunctions.test.ts runs
 * the built bundle, which a mutation tester cannot change). Small blocks, hand-worked values.
 */
import { ArgumentError, toGrid } from '../src/functions/args';
import {
  CLASS_CHECK,
  INTERVENTION_TIER,
  JIT_GROUP,
  MASTERY,
  PERCENT_STRUGGLING,
  SCORE_CHANGE,
  SKILL_GAPS,
} from '../src/functions/customFunctions';
import { ITEM_STATS, MISCONCEPTION } from '../src/functions/itemFunctions';

/** n students, the first `struggling` of them at 0 and the rest at 1, one column (points 1 inferred). */
const column = (n: number, struggling: number) =>
  Array.from({ length: n }, (_, i) => [i < struggling ? 0 : 1]);

describe('INTERVENTION_TIER and PERCENT_STRUGGLING (SPEC 4 and 9)', () => {
  test('1 of 5 struggling is exactly 20%: Borderline, not Classroom', () => {
    expect(INTERVENTION_TIER(column(5, 1))).toBe('Borderline');
  });

  test('2 of 9 struggling (22%) is over 20%: Classroom', () => {
    expect(INTERVENTION_TIER(column(9, 2))).toBe('Classroom');
  });

  test('1 of 11 struggling (9%) is under 10%: Student', () => {
    expect(INTERVENTION_TIER(column(11, 1))).toBe('Student');
  });

  test('nobody struggling is None; nobody with data is No data', () => {
    expect(INTERVENTION_TIER(column(3, 0))).toBe('None');
    expect(INTERVENTION_TIER([[''], ['absent']])).toBe('No data');
  });

  test('the band arguments move the limits: 1 of 4 (25%) with lower 30%, upper 50% is Student', () => {
    expect(INTERVENTION_TIER(column(4, 1), '', '', 0.3, 0.5)).toBe('Student');
  });

  test('PERCENT_STRUGGLING divides by the students with data, not the range', () => {
    // 0, 1, 1 and a blank: 1 struggling of 3 with data.
    expect(PERCENT_STRUGGLING([[0], [1], [1], ['']])).toBeCloseTo(1 / 3, 12);
  });

  test('PERCENT_STRUGGLING pools unequal points as Σearned ÷ Σpossible', () => {
    // Points 10 and 40. Row 1: (2 + 40) ÷ 50 = 84%, not struggling.
    // Row 2: (10 + 10) ÷ 50 = 40%, struggling.
    expect(
      PERCENT_STRUGGLING(
        [
          [2, 40],
          [10, 10],
        ],
        [[10, 40]],
      ),
    ).toBe(0.5);
  });

  test('PERCENT_STRUGGLING takes the cut as 70% text: 7 of 10 is then not struggling', () => {
    expect(PERCENT_STRUGGLING([[7], [6]], [[10]], '70%')).toBe(0.5);
  });

  test('without points, a column with a score over 1 is out of its highest score', () => {
    // 8, 10, 6: out of 10. 6/10 = 60% struggles; 8/10 = 80% does not. 1 of 3.
    expect(PERCENT_STRUGGLING([[8], [10], [6]])).toBeCloseTo(1 / 3, 12);
  });

  test('PERCENT_STRUGGLING with no score at all asks for data', () => {
    expect(() => PERCENT_STRUGGLING([[''], ['ex']])).toThrow('No student in the range has a score yet');
  });
});

describe('CLASS_CHECK and SKILL_GAPS (SPEC 9)', () => {
  test('CLASS_CHECK: one row per skill, an item measuring two skills counts in both', () => {
    // Columns: A; B | B. Row 1: 1, 0 → A 1/1 fine, B 1/2 struggling.
    // Row 2: 0, 1 → A 0/1 struggling, B 1/2 struggling.
    expect(
      CLASS_CHECK(
        [
          [1, 0],
          [0, 1],
        ],
        [['A; B', 'B']],
      ),
    ).toEqual([
      ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
      ['A', 2, 1, 0.5, 'Classroom'],
      ['B', 2, 2, 1, 'Classroom'],
    ]);
  });

  test('CLASS_CHECK: a column without a skill is its own skill, named by its column', () => {
    expect(CLASS_CHECK([[1, 1]], [['A', '']]).map((r) => r[0])).toEqual(['Skill', 'A', 'Column 2']);
  });

  test('CLASS_CHECK: the band arguments apply (1 of 4 with lower 30%, upper 50% is Student)', () => {
    expect(CLASS_CHECK(column(4, 1), [['A']], '', '', 0.3, 0.5)[1]).toEqual(['A', 4, 1, 0.25, 'Student']);
  });

  test('SKILL_GAPS: per student the skills below the cut, comma-separated, blank for none', () => {
    // Skills A, B, A with points 1: row 1 A (1+0)/2 = 50% gap, B 1; row 2 all 1s.
    expect(
      SKILL_GAPS(
        [
          [1, 1, 0],
          [1, 1, 1],
          [0, 0, 1],
        ],
        [['A', 'B', 'A']],
      ),
    ).toEqual([['A'], [''], ['A, B']]);
  });

  test('SKILL_GAPS with a 60% cut: 2 of 3 (67%) is then no gap', () => {
    expect(SKILL_GAPS([[1, 1, 0]], [['A', 'A', 'A']], '', 0.6)).toEqual([['']]);
  });
});

describe('JIT_GROUP (SPEC 5 and 9)', () => {
  test('steps in the order the labels first appear; the first not mastered is the group', () => {
    // Labels 2, 1: the block's ladder is 2 then 1. A student missing both starts at 2.
    expect(
      JIT_GROUP(
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
        [[2, 1]],
      ),
    ).toEqual([[2], [1], ['Ready']]);
  });

  test('without labels the columns are steps 1, 2, 3; a row without data is blank', () => {
    expect(
      JIT_GROUP([
        [1, 1, 0],
        [0, 1, 1],
        ['', '', ''],
      ]),
    ).toEqual([[3], [1], ['']]);
  });

  test('a text label is returned as text; steps without data are skipped', () => {
    // Row 1 has no data on "fractions" and misses "decimals".
    expect(JIT_GROUP([['', 0]], [['fractions', 'decimals']])).toEqual([['decimals']]);
  });
});

describe('MASTERY and SCORE_CHANGE (SPEC 3 and 9)', () => {
  test('MASTERY: at the cut TRUE, below FALSE, no data blank', () => {
    // Points 5: 4/5 = 80% mastered, 3.5/5 = 70% not, absent is no data.
    expect(MASTERY([[4, 3.5, 'absent']], [[5, 5, 5]])).toEqual([[true, false, '']]);
  });

  test('MASTERY: extra credit up to 150% is mastered, over 150% is invalid (blank)', () => {
    // Points 10: 15 is 150% (extra credit), 16 is 160% (invalid, no data).
    expect(MASTERY([[15, 16]], [[10, 10]])).toEqual([[true, '']]);
  });

  test('MASTERY: text scores read as SPEC 3 says (4/5, 80%, TRUE, .5)', () => {
    expect(MASTERY([['4/5', '79%', 'TRUE', '.5']], [[1, 1, 1, 1]])).toEqual([[true, false, true, false]]);
  });

  test('SCORE_CHANGE: after minus before, in fractions of the points; blank when either has no data', () => {
    // Points 10: (6 + 4)/20 = 50% → (9 + 9)/20 = 90%: +0.4. Row 2 has no after.
    const change = SCORE_CHANGE(
      [
        [6, 4],
        [5, 5],
      ],
      [
        [9, 9],
        ['', ''],
      ],
      [[10, 10]],
    );
    expect(change[0][0]).toBeCloseTo(0.4, 12);
    expect(change[1]).toEqual(['']);
  });
});

describe('arguments as Sheets passes them', () => {
  test('a single cell is a 1×1 range', () => {
    expect(toGrid(7, 'scores')).toEqual([[7]]);
  });

  test('a ragged range is padded with blanks to its widest row', () => {
    expect(toGrid([[1, 2], [3]], 'scores')).toEqual([
      [1, 2],
      [3, ''],
    ]);
  });

  test('one skill cell for a wider block applies to every column', () => {
    expect(CLASS_CHECK([[1, 0]], 'A').slice(1)).toEqual([['A', 1, 1, 1, 'Classroom']]);
  });

  test('a wrong argument is an ArgumentError with a plain message', () => {
    expect(() => INTERVENTION_TIER([[1, 0]], [[1, 2, 3]])).toThrow(
      new ArgumentError('points has 3 cells but the scores have 2 columns: give one per column.'),
    );
    expect(() => INTERVENTION_TIER([[1]], [['ten']])).toThrow(
      'points for column 1 ("ten") is not a positive number.',
    );
    expect(() => INTERVENTION_TIER([[1]], '', [[0.8, 0.9]])).toThrow('cut must be one cell, not a range.');
    expect(() => CLASS_CHECK([[1]], undefined as never)).toThrow('skills is required');
    expect(() => SCORE_CHANGE([[1]], [[1], [0]])).toThrow('before has 1 rows but after has 2');
    expect(() => toGrid([[]], 'scores')).toThrow('scores is empty.');
  });
});

describe('blank and omitted arguments', () => {
  test('a skills range left blank is no skills: CLASS_CHECK asks for them', () => {
    expect(() => CLASS_CHECK([[1, 0]], [['', '']])).toThrow(
      'skills is required: one skill name per score column.',
    );
  });

  test('step labels left blank are steps 1, 2, … in column order', () => {
    // Row misses column 2 only: step 2.
    expect(JIT_GROUP([[1, 0]], [['', '']])).toEqual([[2]]);
  });

  test('a blank points cell leaves that column to infer its points; the others keep theirs', () => {
    // Column 1 has no points: out of its highest score, 8 → 8/8. Column 2: 1 of 1. Nobody struggles.
    expect(PERCENT_STRUGGLING([[8, 1]], [['', 1]])).toBe(0);
  });

  test('points of 0 are refused', () => {
    expect(() => PERCENT_STRUGGLING([[1]], [[0]])).toThrow(
      'points for column 1 ("0") is not a positive number.',
    );
  });

  test('a cut given as a 1×1 range is that cell', () => {
    // Cut 70%: 7 of 10 masters, 6 of 10 does not.
    expect(PERCENT_STRUGGLING([[7], [6]], [[10]], [[0.7]])).toBe(0.5);
  });

  test('one skill in a 1×1 range for two score columns is the wrong shape', () => {
    expect(() => CLASS_CHECK([[1, 0]], [['A']])).toThrow(
      'skills has 1 cells but the scores have 2 columns: give one per column.',
    );
  });

  test('step labels of the wrong shape name step_labels', () => {
    expect(() => JIT_GROUP([[1, 0]], [[1, 2, 3]])).toThrow(
      'step_labels has 3 cells but the scores have 2 columns: give one per column.',
    );
  });

  test('lower and upper given as ranges are named in the message', () => {
    expect(() => INTERVENTION_TIER([[1]], '', '', [[0.1, 0.2]])).toThrow(
      'lower must be one cell, not a range.',
    );
    expect(() => INTERVENTION_TIER([[1]], '', '', '', [[0.1, 0.2]])).toThrow(
      'upper must be one cell, not a range.',
    );
  });

  test('a missing range is named: scores, before, after', () => {
    expect(() => INTERVENTION_TIER(undefined as never)).toThrow(
      'scores is required: select a range of scores.',
    );
    expect(() => SCORE_CHANGE(undefined as never, [[1]])).toThrow(
      'before is required: select a range of scores.',
    );
    expect(() => SCORE_CHANGE([[1]], undefined as never)).toThrow(
      'after is required: select a range of scores.',
    );
  });

  test('a one-dimensional array (from a script) is one row', () => {
    expect(toGrid([1, 0] as never, 'scores')).toEqual([[1, 0]]);
  });

  test('MASTERY answers each row and column in place', () => {
    expect(
      MASTERY([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});

describe('SPEC 9: CLASS_CHECK and SKILL_GAPS edges the mutation run found untested', () => {
  test('SPEC 9: CLASS_CHECK leaves % struggling blank for a skill nobody has a score on', () => {
    // Column A: 1 and 0 (1 of 2 under 80%, 50%). Column B blank for both: 0 struggling of 0 with data.
    expect(
      CLASS_CHECK(
        [
          [1, ''],
          [0, ''],
        ],
        [['A', 'B']],
      )[2],
    ).toEqual(['B', 2, 0, '', 'No data']);
  });

  test('SPEC 9: SKILL_GAPS without its skills range is refused, naming the argument', () => {
    expect(() => SKILL_GAPS([[1, 0]], undefined)).toThrow(
      'skills is required: one skill name per score column.',
    );
  });
});

describe('SPEC 9: ITEM_STATS and MISCONCEPTION from src (their other tests run the bundle)', () => {
  // The hand-worked gradebook of tests/itemAnalysis.test.ts: Q1, Q2 out of 1, Q3 out of 2; S6 blank on
  // Q2. Difficulty .5 .6 .5, discrimination .5 -.5 .25, point-biserial √(3/11), -1/6, .25.
  const scores = [
    [1, 1, 2],
    [1, 0, 2],
    [0, 1, 1],
    [1, 1, 0],
    [0, 0, 1],
    [0, '', 0],
  ];

  test('SPEC 9: ITEM_STATS: difficulty, discrimination, point-biserial, flags; a column per item', () => {
    const [difficulty, discrimination, biserial, flags] = ITEM_STATS(scores, [[1, 1, 2]]);
    expect(difficulty).toEqual([0.5, 0.6, 0.5]);
    expect(discrimination).toEqual([0.5, -0.5, 0.25]);
    [Math.sqrt(3 / 11), -1 / 6, 0.25].forEach((r, i) => expect(biserial[i]).toBeCloseTo(r, 12));
    expect(flags).toEqual([
      'hint: only 6 students',
      'Check key, hint: only 5 students',
      'hint: only 6 students',
    ]);
  });

  // 2x - 6 = -3x - 5: x = 1/5; -2.2 sign slip, -1 x-sign slip, 1 forgot to divide, 0.20 is 1/5.
  test('SPEC 9: MISCONCEPTION names the slips of 2x - 6 = -3x - 5, Correct two ways, blank otherwise', () =>
    expect(
      MISCONCEPTION('2x - 6 = -3x - 5', [
        ['-2.2', -1, 1],
        ['0.20', '1/5', 'no idea'],
        ['', 7, ' x = -2.2 '],
      ]),
    ).toEqual([
      [
        'moved the constant without changing its sign',
        'moved the x-term without changing its sign',
        'undid the constant but not the coefficient',
      ],
      ['Correct', 'Correct', ''],
      ['', '', 'moved the constant without changing its sign'],
    ]));

  test('SPEC 9: ITEM_STATS leaves a column nobody answered blank, and names a missing scores range', () => {
    // Q1 0 and 1; Q2 blank for both: no difficulty, discrimination or point-biserial for Q2.
    const [difficulty, discrimination, biserial, flags] = ITEM_STATS([
      [0, ''],
      [1, ''],
    ]);
    expect([difficulty[1], discrimination[1], biserial[1]]).toEqual(['', '', '']);
    // Its flag says why, not "hint: only 0 students". (Q1 has no D to call weak: no rest score.)
    expect(flags).toEqual(['hint: only 2 students', 'No scores']);
    expect(() => ITEM_STATS(undefined)).toThrow('scores is required: select a range of scores.');
  });

  test('SPEC 9: MISCONCEPTION takes its equation from a one-cell range', () =>
    expect(MISCONCEPTION([['2x - 6 = -3x - 5']], [['0.2']])).toEqual([['Correct']]));

  test('SPEC 9: MISCONCEPTION refuses a range, a text, an equation without one solution, no answers', () => {
    expect(() => MISCONCEPTION([['x = 1', 'x = 2']], [[1]])).toThrow(
      'equation must be one cell, not a range.',
    );
    expect(() => MISCONCEPTION([['x = 1'], ['x = 2']], [[1]])).toThrow(
      'equation must be one cell, not a range.',
    );
    expect(() => MISCONCEPTION('x = 1', undefined)).toThrow('answers is required: select a range of scores.');
    expect(() => MISCONCEPTION('Explain your answer', [[1]])).toThrow(
      '"Explain your answer" is not a linear equation in one letter (like 2x - 10 = -18).',
    );
    expect(() => MISCONCEPTION('x + 1 = x + 2', [[1]])).toThrow(
      'x + 1 = x + 2 has no solution: no slip to name.',
    );
    expect(() => MISCONCEPTION('x + 1 = x + 1', [[1]])).toThrow(
      'x + 1 = x + 1 holds for every number: no slip to name.',
    );
  });
});
