import { isAbove, isBelow } from '../src/core/mastery';
import { makeSettings } from '../src/core/settings';
import { analyseGrid, oneSkillGrid } from './helpers/engine';
import { csv } from './helpers/examples';

describe('mastery and skill scores (SPEC section 4)', () => {
  test('a score exactly at the cut is mastered (4 of 5 at 80%)', () => {
    const a = analyseGrid(oneSkillGrid([[4], [3.99]], 5));
    expect(a.students.map((s) => s.gaps)).toEqual([[], ['Skill A']]);
    expect(a.items[0]).toMatchObject({ answered: 2, mastered: 1, percentMastered: 0.5 });
  });

  test('skill score pools points over the items answered', () => {
    // 10/10 + 2/10 = 60% struggling; 9/10 + blank = 90% fine (blank is no data, not zero)
    const a = analyseGrid(
      oneSkillGrid(
        [
          [10, 2],
          [9, ''],
        ],
        10,
      ),
    );
    expect(a.students.map((s) => s.gaps)).toEqual([['Skill A'], []]);
    expect(Array.from(a.skillScores)).toEqual([0.6, 0.9]);
  });

  test('extra credit counts as full marks, up to 150% of points', () => {
    // 12/10 caps at 10: (10 + 5) / 20 = 75% < 80%; uncapped it would read 85%.
    const a = analyseGrid(
      oneSkillGrid(
        [
          [12, 5],
          [15, 0],
          [16, 10],
        ],
        10,
      ),
    );
    expect(a.students[0].gaps).toEqual(['Skill A']);
    expect(a.skillScores[0]).toBeCloseTo(0.75, 12);
    expect(a.skillScores[1]).toBeCloseTo(0.5, 12);
    expect(a.skillScores[2]).toBe(1); // 16/10 is invalid: only the second item counts
    expect(a.warnings).toContain('Invalid score "16" at B6 (Q1): counted as no data.');
  });

  test('a skill with no data is no-data, never a gap', () => {
    const a = analyseGrid(oneSkillGrid([[''], ['absent'], ['ex']]));
    expect(a.students.every((s) => s.gaps.length === 0)).toBe(true);
    expect(a.classCheck[0].tier).toBe('no-data');
  });

  test('an item may measure several skills; items without a skill are their own skill', () => {
    const a = analyseGrid(
      csv(`
Student,Q1,Q2,Q3
Points,1,1,1
Skill,"Fractions; Decimals",Decimals,
Ana,0,1,1
`),
    );
    expect(a.skills).toEqual(['Fractions', 'Decimals', 'Q3']);
    expect(a.students[0].gaps).toEqual(['Fractions', 'Decimals']);
    expect(Array.from(a.skillScores)).toEqual([0, 0.5, 1]);
  });

  test('a per-item mastery cut row; the skill takes the cut of its items', () => {
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,10,10
Skill,A,B
Mastery cut,70%,0.9
Ana,7,8
`),
    );
    expect(a.students[0].gaps).toEqual(['B']);
  });

  test('no points possible: out of 1 if every value is 0-1, else out of the highest, with a warning', () => {
    const a = analyseGrid(
      csv(`
Student,Quiz,Check
Ana,8,1
Ben,10,0.5
Cy,6,1
`),
    );
    expect(a.items.map((i) => i.points)).toEqual([10, 1]);
    expect(a.warnings).toContain('"Quiz" has no points possible: read as out of 10, its highest score.');
    expect(a.students.map((s) => s.gaps)).toEqual([[], ['Check'], ['Quiz']]);
  });

  test('a mastery cut setting applies to every item without its own cut', () => {
    const grid = oneSkillGrid([[7]], 10);
    expect(analyseGrid(grid).students[0].gaps).toEqual(['Skill A']);
    expect(
      analyseGrid(grid, { settings: { masteryCut: 0.7, band: { lower: 0.1, upper: 0.2 } } }).students[0].gaps,
    ).toEqual([]);
  });
});

describe('pooled cuts and step order', () => {
  test("items of one skill with different cuts: the skill's cut is their points-weighted cut", () => {
    // SPEC 4 says "the cut of its items"; when they differ the engine weights them by points:
    // Q1 70% of 10, Q2 90% of 30 → (7 + 27) ÷ 40 = 85%. Ana 10 + 23 = 33/40 = 82.5%: a gap (the plain
    // mean of the cuts, 80%, or the lowest, 70%, would pass her). Ben 10 + 24 = 34/40 = 85%: at the cut,
    // no gap (the highest cut, 90%, would fail him).
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,10,30
Skill,A,A
Mastery cut,70%,90%
Ana,10,23
Ben,10,24
`),
    );
    expect(a.students.map((s) => s.gaps)).toEqual([['A'], []]);
  });

  test('SPEC 8: a saved step order wins over the numbers', () => {
    // Saved ladder 3, 1, 2. Ana misses steps 1 and 3: her entry step is 3, the first in the saved order.
    const grid = csv(`
Student,Q1,Q2,Q3
Points possible,1,1,1
Step,1,2,3
Ana,0,1,0
`);
    expect(
      analyseGrid(grid, { settings: makeSettings({ stepOrder: ['3', '1', '2'] }) }).students[0].entryStep,
    ).toBe(3);
  });

  test('SPEC 5: text step labels without a saved order keep the order they first appear in', () => {
    // Ladder "solve" then "check" (as they appear; alphabetically "check" would come first). Ana misses both.
    const grid = csv(`
Student,Q1,Q2
Points possible,1,1
Step,solve,check
Ana,0,0
`);
    expect(analyseGrid(grid).students[0].entryStep).toBe('solve');
  });
});

describe('SPEC 4 and 5: cut comparisons and the step ladder, as the mutation run found them untested', () => {
  test('SPEC 4: below the cut is strictly below (0.8 at a cut of 80% is not below, 0.79 is)', () => {
    expect(isBelow(0.8, 0.8)).toBe(false);
    expect(isBelow(0.79, 0.8)).toBe(true);
  });

  test('SPEC 4: over the band limit is strictly over (20% at a 20% limit is not over, 21% is)', () => {
    expect(isAbove(0.2, 0.2)).toBe(false);
    expect(isAbove(0.21, 0.2)).toBe(true);
  });

  test('SPEC 5: numeric step labels without a saved order are laddered by number, not by column', () => {
    // Columns carry steps 2 then 1: the ladder is 1, 2.
    const grid = csv(`
Student,Q1,Q2
Points possible,1,1
Step,2,1
Ana,1,1
`);
    expect(analyseGrid(grid).steps.map((p) => p.name)).toEqual(['1', '2']);
  });

  test('SPEC 5: with one text label among the steps, the ladder is the order they first appear in', () => {
    // Steps 2, 1, check: not all numbers, so no numeric sort: 2, 1, check.
    const grid = csv(`
Student,Q1,Q2,Q3
Points possible,1,1,1
Step,2,1,check
Ana,1,1,1
`);
    expect(analyseGrid(grid).steps.map((p) => p.name)).toEqual(['2', '1', 'check']);
  });

  test('SPEC 5: a column without a step is in no step of the ladder', () => {
    // Q2 has no step: the ladder is step 1 alone, holding Q1 (item 0).
    const grid = csv(`
Student,Q1,Q2
Points possible,1,1
Step,1,
Ana,1,1
`);
    expect(analyseGrid(grid).steps).toEqual([{ name: '1', items: [0], cut: 0.8 }]);
  });
});
