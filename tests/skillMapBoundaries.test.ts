/**
 * Near misses for the Skill Map tab (SPEC 3, "Skill Map tab": `Item | Skill | Step | Points |
 * Mastery cut`): each spelling of a column, the separators between skills, the edges of the cut
 * (issue #19, mutation testing: docs/testing.md lists the change each kills).
 */
import { parseSkillMap, stepLabel } from '../src/core/skillMap';
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

describe('SPEC 3 Skill Map: the columns in each of their spellings', () => {
  test.each(['Item', 'Question', 'Assignment', 'Column', 'ITEM'])(
    'SPEC 3: %p names the item column',
    (head) => {
      expect(parseSkillMap(csv(`${head}\nQ1\n`)).entries).toEqual([{ item: 'Q1' }]);
    },
  );

  test.each(['Skill', 'Skills', 'Standard', 'Standards'])('SPEC 3: %p names the skill column', (head) => {
    expect(parseSkillMap(csv(`Item,${head}\nQ1,Adding\n`)).entries).toEqual([
      { item: 'Q1', skills: ['Adding'] },
    ]);
  });

  test.each(['Points', 'Points possible'])('SPEC 3: %p names the points column', (head) => {
    expect(parseSkillMap(csv(`Item,${head}\nQ1,4\n`)).entries).toEqual([{ item: 'Q1', points: 4 }]);
  });

  test.each(['Mastery cut', 'Cut'])('SPEC 3: %p names the mastery-cut column', (head) => {
    expect(parseSkillMap(csv(`Item,${head}\nQ1,75%\n`)).entries).toEqual([{ item: 'Q1', cut: 0.75 }]);
  });

  test('SPEC 3: "Step" names the step column; a step reads as its number (2.0 is step 2)', () => {
    expect(parseSkillMap(csv(`Item,Step\nQ1,2.0\n`)).entries).toEqual([{ item: 'Q1', step: '2' }]);
  });

  test('SPEC 3: a column with another name (Notes) is not read', () => {
    expect(parseSkillMap(csv(`Item,Notes\nQ1,hard\n`))).toEqual({ entries: [{ item: 'Q1' }], warnings: [] });
  });
});

describe('SPEC 3 Skill Map: skills separated by `,` or `;`', () => {
  test('SPEC 3: "Adding, Subtracting" is two skills, as "Adding;Subtracting" is', () => {
    const map = parseSkillMap(csv(`Item,Skill\nQ1,"Adding, Subtracting"\nQ2,Adding;Subtracting\n`));
    expect(map.entries.map((e) => e.skills)).toEqual([
      ['Adding', 'Subtracting'],
      ['Adding', 'Subtracting'],
    ]);
  });

  test('SPEC 3: a trailing or doubled separator adds no skill ("Adding;" is one skill)', () => {
    const map = parseSkillMap(csv(`Item,Skill\nQ1,Adding;\nQ2,"Adding,,Subtracting"\n`));
    expect(map.entries.map((e) => e.skills)).toEqual([['Adding'], ['Adding', 'Subtracting']]);
  });

  test('SPEC 3: an item the Skill Map gives two skills counts in the class check of both', () => {
    // Q1 in Adding and Subtracting, Q2 in Subtracting only. Ana 0 on Q1, 1 on Q2:
    // Adding 0/1 struggling; Subtracting (0 + 1)/2 = 50% struggling. Ben 1, 1: neither.
    const grid = csv(`
Student,Q1,Q2
Points possible,1,1
Ana,0,1
Ben,1,1
`);
    const a = analyseGrid(grid, {
      skillMap: parseSkillMap(csv(`Item,Skill\nQ1,Adding; Subtracting\nQ2,Subtracting\n`)).entries,
    });
    expect(a.classCheck.map((r) => [r.skill, r.withData, r.struggling])).toEqual([
      ['Adding', 2, 1],
      ['Subtracting', 2, 1],
    ]);
  });
});

describe('SPEC 3 Skill Map: rows and edges', () => {
  test('SPEC 3: a mastery cut of 100% is allowed (between 0% and 100%, both ends but 0)', () => {
    expect(parseSkillMap(csv(`Item,Mastery cut\nQ1,100%\nQ2,1\n`))).toEqual({
      entries: [
        { item: 'Q1', cut: 1 },
        { item: 'Q2', cut: 1 },
      ],
      warnings: [],
    });
  });

  test('SPEC 3: fractional points are points: 0.5 is a positive number', () => {
    expect(parseSkillMap(csv(`Item,Points\nQ1,0.5\n`)).entries).toEqual([{ item: 'Q1', points: 0.5 }]);
  });

  test('SPEC 3: a blank row, or a row with no item, is no entry and no warning', () => {
    const map = parseSkillMap(csv(`Item,Skill\nQ1,Adding\n,\n,Orphan\nQ2,Subtracting\n`));
    expect(map).toEqual({
      entries: [
        { item: 'Q1', skills: ['Adding'] },
        { item: 'Q2', skills: ['Subtracting'] },
      ],
      warnings: [],
    });
  });

  test('SPEC 3: the header is the first row naming an item column, wherever it is', () => {
    // Two title rows; the third is the header. Rows above it are not entries.
    const map = parseSkillMap(csv(`Unit 3,\nItem list below,\nItem,Skill\nQ1,Adding\n`));
    expect(map.entries).toEqual([{ item: 'Q1', skills: ['Adding'] }]);
  });
});

describe('SPEC 3 Skill Map: cells as typed, spaces around them', () => {
  test('SPEC 3: an item, skill and step typed with spaces around them read trimmed', () => {
    const map = parseSkillMap([
      ['Item', 'Skill', 'Step'],
      [' Q1 ', ' Adding ', ' fractions '],
    ]);
    expect(map.entries).toEqual([{ item: 'Q1', skills: ['Adding'], step: 'fractions' }]);
  });

  test('SPEC 5: a text step label is one step however it is spaced', () => {
    expect(stepLabel(' fractions ')).toBe('fractions');
  });
});
