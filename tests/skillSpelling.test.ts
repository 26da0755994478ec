/**
 * One skill spelt two ways in one gradebook (`Ratios`, `ratios`, `Two-step  equations`) is one skill,
 * as the department check and Progress already match skills across gradebooks (SPEC 6c).
 */
import { checkGrid } from '../src/core/engine';
import { makeSettings } from '../src/core/settings';
import { oneSpellingPerSkill } from '../src/core/skillKey';
import type { Grid } from '../src/core/types';

describe('oneSpellingPerSkill', () => {
  test('later spellings take the first one; one warning names them', () => {
    const items = [{ skills: ['Ratios'] }, { skills: ['ratios'] }, { skills: ['Fractions', 'RATIOS'] }];
    const warnings: string[] = [];
    oneSpellingPerSkill(items, warnings);
    expect(items.map((i) => i.skills)).toEqual([['Ratios'], ['Ratios'], ['Fractions', 'Ratios']]);
    expect(warnings).toEqual([
      'Skills spelt more than one way are read as one: "ratios", "RATIOS" as "Ratios".',
    ]);
  });

  test('spacing is ignored too; a skill named twice in one cell is named once', () => {
    const items = [
      { skills: ['Two-step equations'] },
      { skills: ['Two-step  equations', 'two-step equations'] },
    ];
    const warnings: string[] = [];
    oneSpellingPerSkill(items, warnings);
    expect(items.map((i) => i.skills)).toEqual([['Two-step equations'], ['Two-step equations']]);
    expect(warnings).toEqual([
      'Skills spelt more than one way are read as one: "Two-step  equations", "two-step equations" as ' +
        '"Two-step equations".',
    ]);
  });

  test('each spelling once in the warning; more than three skills joined are counted', () => {
    const items = ['A', 'B', 'C', 'D'].flatMap((s) => [
      { skills: [s] },
      { skills: [s.toLowerCase()] },
      { skills: [s.toLowerCase()] },
    ]);
    const warnings: string[] = [];
    oneSpellingPerSkill(items, warnings);
    expect(warnings).toEqual([
      'Skills spelt more than one way are read as one: "a" as "A", "b" as "B", "c" as "C" and 1 more.',
    ]);
  });

  test('the same spelling everywhere: no warning, nothing changed', () => {
    const items = [{ skills: ['Ratios'] }, { skills: ['Ratios', 'Fractions'] }];
    const warnings: string[] = [];
    oneSpellingPerSkill(items, warnings);
    expect(items.map((i) => i.skills)).toEqual([['Ratios'], ['Ratios', 'Fractions']]);
    expect(warnings).toEqual([]);
  });
});

describe('SPEC 4: a skill spelt two ways is one row of the class check', () => {
  // Q1 "Ratios" and Q2 "ratios": Ann 1 + 1 = 2/2, Bo 1 + 0 = 1/2 = 50% < 80%: 1 of 2 struggling on
  // one skill. Read as two skills, Bo would struggle on "ratios" only, and Ann on neither.
  test('one row, pooled over both items, and the warning', () => {
    const grid: Grid = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', 'Ratios', 'ratios'],
      ['Ann', 1, 1],
      ['Bo', 1, 0],
    ];
    const { book, analysis } = checkGrid(grid, { settings: makeSettings() });
    expect(analysis.classCheck.map((r) => [r.skill, r.withData, r.struggling])).toEqual([['Ratios', 2, 1]]);
    expect(analysis.students.map((s) => s.gaps)).toEqual([[], ['Ratios']]);
    expect(book.warnings).toContain('Skills spelt more than one way are read as one: "ratios" as "Ratios".');
  });
});
