/** The custom functions through the built bundle, called the way Sheets calls them (SPEC section 9). */
import { readFileSync } from 'node:fs';
import { CODE_JS, loadBundle } from './helpers/bundle';
import { exampleGrid } from './helpers/examples';

// No SpreadsheetApp, no PropertiesService: custom functions may not need authorization.
const gs = loadBundle();
const pre = exampleGrid('jit-pre-assessment.csv');
const block = (rows: number[], cols: number[]) =>
  rows.map((r) =>
    cols.map((c) => {
      const v = pre[r][c];
      return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v; // Sheets passes numbers as numbers
    }),
  );
const students = Array.from({ length: 28 }, (_, i) => 4 + i);
const scores = block(students, [2, 3, 4]);
const points = block([1], [2, 3, 4]);
const skills = block([2], [2, 3, 4]);
const steps = block([3], [2, 3, 4]);

describe('JSDoc for autocomplete', () => {
  const code = readFileSync(CODE_JS, 'utf8');
  const params: Record<string, string[]> = {
    INTERVENTION_TIER: ['scores', 'points', 'cut', 'lower', 'upper'],
    PERCENT_STRUGGLING: ['scores', 'points', 'cut'],
    CLASS_CHECK: ['scores', 'skills', 'points', 'cut', 'lower', 'upper'],
    SKILL_GAPS: ['scores', 'skills', 'points', 'cut'],
    JIT_GROUP: ['scores', 'step_labels', 'points', 'cut'],
    MASTERY: ['scores', 'points', 'cut'],
    SCORE_CHANGE: ['before', 'after', 'points'],
    ITEM_STATS: ['scores', 'points'],
    MISCONCEPTION: ['equation', 'answers'],
  };
  test.each(Object.keys(params))('%s is a top-level declaration directly under its JSDoc', (name) => {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*\\nfunction ${name}\\(([^)]*)\\)`).exec(
      code,
    );
    expect(match).not.toBeNull();
    const [, doc, args] = match!;
    expect(args.split(',').map((a) => a.trim())).toEqual(params[name]);
    expect(doc).toMatch(/@customfunction/);
    expect(doc).toMatch(/@return /);
    expect(doc.split('\n')[1]).toMatch(/^\s*\* \S.+\.$/); // the one-line description
    for (const p of params[name]) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} .*e\\.g\\.`));
  });
});

describe('called as Sheets calls them', () => {
  test('INTERVENTION_TIER of each skill', () => {
    expect(gs.INTERVENTION_TIER(block(students, [2]), 1)).toBe('Borderline');
    expect(gs.INTERVENTION_TIER(block(students, [3]))).toBe('Classroom');
    expect(gs.INTERVENTION_TIER(block(students.slice(14), [2]))).toBe('Student');
    expect(gs.INTERVENTION_TIER(block(students.slice(14), [2]), '', '', 0.05, 0.1)).toBe('Borderline');
    expect(gs.INTERVENTION_TIER([[1], [1]])).toBe('None');
    expect(gs.INTERVENTION_TIER([[''], ['']])).toBe('No data');
  });

  test('PERCENT_STRUGGLING', () => {
    expect(gs.PERCENT_STRUGGLING(block(students, [2]))).toBeCloseTo(4 / 28, 12);
    expect(
      gs.PERCENT_STRUGGLING(
        [
          [7, 10],
          [9, 10],
        ],
        [[10, 10]],
        0.9,
      ),
    ).toBe(0.5);
    expect(() => gs.PERCENT_STRUGGLING([['']])).toThrow('No student in the range has a score yet');
  });

  test('scores Sheets turned into dates (typed 4/5) read as typed', () => {
    // 4/5 = 80% (mastered), 3/5 = 60% (struggling), 5/5: one of three struggling.
    const typed = [[new Date(2026, 3, 5)], [new Date(2026, 2, 5)], [new Date(2026, 4, 5)]];
    expect(gs.PERCENT_STRUGGLING(typed)).toBeCloseTo(1 / 3, 12);
  });

  test('CLASS_CHECK on the pre-assessment: students, struggling, percent and tier per skill', () => {
    // Counted in jit-pre-assessment.csv (28 students, points 1): Q1 has 4 zeros (4/28 = 14.3%:
    // borderline), Q2 8 zeros (8/28 = 28.6%: classroom), Q3 14 zeros and Femi's blank
    // (14/27 = 51.9% of those with data: classroom). Students is the whole roster, 28.
    expect(gs.CLASS_CHECK(scores, skills, points)).toEqual([
      ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
      ['One-step equations', 28, 4, 4 / 28, 'Borderline'],
      ['Two-step equations', 28, 8, 8 / 28, 'Classroom'],
      ['Distributive property', 28, 14, 14 / 27, 'Classroom'],
    ]);
  });

  test('SKILL_GAPS: one row per student, in order', () => {
    const gaps = gs.SKILL_GAPS(scores, skills);
    expect(gaps).toHaveLength(28);
    expect(gaps[0]).toEqual(['Distributive property']); // Ana
    expect(gaps[1]).toEqual(['']); // Ben
    expect(gaps[2]).toEqual(['One-step equations, Two-step equations, Distributive property']); // Carla
  });

  test('JIT_GROUP: entry step label, Ready, or blank', () => {
    const groups = gs.JIT_GROUP(scores, steps);
    expect(groups.slice(0, 9).map((r: unknown[]) => r[0])).toEqual([
      3,
      'Ready',
      1,
      'Ready',
      'Ready',
      'Ready',
      1,
      'Ready',
      2,
    ]);
    // Columns sharing a label pool into one step, in the order labels first appear.
    expect(
      gs.JIT_GROUP(
        [
          [1, 1, 0, 1],
          [1, 1, 1, 1],
          ['', '', '', ''],
        ],
        [['one-step', 'two-step', 'two-step', 'distribute']],
      ),
    ).toEqual([['two-step'], ['Ready'], ['']]);
    expect(gs.JIT_GROUP([[1, 0]])).toEqual([[2]]);
  });

  // Hand-worked in tests/pushed.test.ts (menuItemAnalysis): difficulty = share right, g = 8 (of 28, of 27).
  test('ITEM_STATS over the example: difficulty 24/28 20/28 13/27, discrimination 3/8 5/8 7/8', () => {
    const [difficulty, discrimination] = gs.ITEM_STATS(scores, points) as number[][];
    expect([difficulty, discrimination]).toEqual([
      [24 / 28, 20 / 28, 13 / 27],
      [3 / 8, 5 / 8, 7 / 8],
    ]);
  });

  // 5(x - 7) = 21 (x = 56/5): 5.6 = (21 + 7)/5 multiplied only the 5x; 56 = 21 + 35 never divided.
  test("MISCONCEPTION over the example's Q3 header", () =>
    expect(gs.MISCONCEPTION(pre[0][4], [['5.6'], [56], ['11.2']])).toEqual([
      ['multiplied only the first term in the parentheses'],
      ['undid the constant but not the coefficient'],
      ['Correct'],
    ]));

  test('MASTERY per cell and SCORE_CHANGE per student', () => {
    expect(
      gs.MASTERY(
        [
          [8, ''],
          ['absent', 3],
        ],
        [[10, 4]],
      ),
    ).toEqual([
      [true, ''],
      ['', false],
    ]);
    expect(
      gs.SCORE_CHANGE(
        [
          [5, 5],
          [10, ''],
          ['', ''],
        ],
        [
          [8, 10],
          [10, 10],
          [3, 3],
        ],
        [[10, 10]],
      ),
    ).toEqual([[0.4], [0], ['']]);
  });

  test('edge shapes: 1×1 scalar, one row, one column, all blank, ragged', () => {
    expect(gs.INTERVENTION_TIER(0.5)).toBe('Classroom');
    expect(gs.MASTERY(0.9)).toEqual([[true]]);
    expect(gs.SKILL_GAPS([[1, 0, 1]], [['A', 'B', 'A']])).toEqual([['B']]);
    expect(gs.JIT_GROUP([[1], [0], ['']])).toEqual([['Ready'], [1], ['']]);
    expect(
      gs.CLASS_CHECK(
        [
          ['', ''],
          ['', ''],
        ],
        [['A', 'B']],
      ),
    ).toEqual([
      ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
      ['A', 2, 0, '', 'No data'],
      ['B', 2, 0, '', 'No data'],
    ]);
    expect(gs.MASTERY([[1, 0], [1]])).toEqual([
      [true, false],
      [true, ''],
    ]);
  });

  test.each([
    [() => gs.CLASS_CHECK([[1, 0]], [['A']]), 'skills has 1 cells but the scores have 2 columns'],
    [() => gs.INTERVENTION_TIER([[1, 0]], [[1, 2, 3]]), 'points has 3 cells but the scores have 2 columns'],
    [() => gs.INTERVENTION_TIER([[1]], '', 3), 'Mastery cut must be a fraction from 0 to 1'],
    [() => gs.INTERVENTION_TIER([[1]], '', 'high'), 'Mastery cut must be a fraction from 0 to 1'],
    [() => gs.INTERVENTION_TIER([[1]], '', '', 0.5, 0.2), 'Lower limit (50%) is above upper limit (20%)'],
    [() => gs.INTERVENTION_TIER([[1]], [['ten']]), 'points for column 1 ("ten") is not a positive number'],
    [() => gs.INTERVENTION_TIER([[1]], '', [[0.8, 0.9]]), 'cut must be one cell, not a range'],
    [() => gs.CLASS_CHECK([[1]]), 'skills is required'],
    [() => gs.SCORE_CHANGE([[1]], [[1], [0]]), 'before has 1 rows but after has 2'],
    [() => gs.INTERVENTION_TIER(), 'scores is required'],
  ])('a wrong argument gives one clear message %#', (call, message) => {
    let error: Error | undefined;
    try {
      call();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toContain(message);
    expect(error?.message).not.toMatch(/\n\s+at /);
  });
});
