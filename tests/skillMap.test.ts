/** The Skill Map tab (SPEC 3): `Item | Skill | Step | Points | Mastery cut`, overriding the labelled rows. */
import { parseSkillMap, stepLabel } from '../src/core/skillMap';
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

/** Ana scores `q1` on Q1 and 1 on Q2; the rows say points 1, skill Old, steps 1 and 2. */
const gradebook = (q1: number) =>
  csv(`
Student,Q1,Q2
Points possible,1,1
Skill,Old,Old
Step,1,2
Ana,${q1},1
`);

describe('Skill Map (SPEC 3)', () => {
  test('reads each row under its header, the column names in any of their spellings', () => {
    // A title row above the header; "Question", "Standards", "Points possible", "Cut" name the columns.
    const map = parseSkillMap(
      csv(`
Skill map for unit 3,,,,
Question,Standards,Step,Points possible,Cut
Q1,Adding; Subtracting,2,5,70%
Q2,,,,
`),
    );
    expect(map).toEqual({
      entries: [
        { item: 'Q1', skills: ['Adding', 'Subtracting'], step: '2', points: 5, cut: 0.7 },
        { item: 'Q2' },
      ],
      warnings: [],
    });
  });

  test('points that are not a positive number and cuts outside 0–100% are warned about and ignored', () => {
    const map = parseSkillMap(
      csv(`
Item,Points,Mastery cut
Q1,0,150%
Q2,ten,0
`),
    );
    expect(map.entries).toEqual([{ item: 'Q1' }, { item: 'Q2' }]);
    expect(map.warnings).toEqual([
      'Skill Map row 2: points "0" is not a positive number: ignored.',
      'Skill Map row 2: mastery cut "150%" is not between 0% and 100%: ignored.',
      'Skill Map row 3: points "ten" is not a positive number: ignored.',
      'Skill Map row 3: mastery cut "0" is not between 0% and 100%: ignored.',
    ]);
  });

  test('a Skill Map without an Item column is ignored, with a warning', () => {
    expect(
      parseSkillMap(
        csv(`
Skill,Step
Adding,1
`),
      ),
    ).toEqual({ entries: [], warnings: ['Skill Map has no Item column: ignored.'] });
  });

  test('its entries override the labelled rows for the items they name, and only those', () => {
    // Q1 becomes skill Adding, 5 points, step 3; Q2 keeps Old, 1 point, step 2. Ana's 3 on Q1 is 60%
    // of 5 (of 1 point it would be invalid): a gap in Adding, and with Q2 mastered her entry step is 3.
    const a = analyseGrid(gradebook(3), {
      skillMap: [{ item: 'q1', skills: ['Adding'], step: '3', points: 5 }],
    });
    expect(a.items.map((i) => [i.item, i.skills, i.points])).toEqual([
      ['Q1', ['Adding'], 5],
      ['Q2', ['Old'], 1],
    ]);
    expect(a.students[0]).toMatchObject({ gaps: ['Adding'], entryStep: 3 });
  });

  test('a cut from the Skill Map applies to its item', () => {
    // Q1 4 of 5 = 80% under a 90% cut: a gap in Adding.
    const a = analyseGrid(gradebook(4), {
      skillMap: [{ item: 'Q1', skills: ['Adding'], points: 5, cut: 0.9 }],
    });
    expect(a.students[0].gaps).toEqual(['Adding']);
  });

  test('an entry naming no item column is a warning', () => {
    const a = analyseGrid(gradebook(1), { skillMap: [{ item: 'Q9', skills: ['Nothing'] }] });
    expect(a.warnings).toContain('Skill Map names "Q9", which is not an item column: ignored.');
  });

  test("entries for another tab's items (the template's example map) make one line, not one each", () => {
    // The template's Skill Map names its three example items; this gradebook has Q1 and Q2 only.
    const template = ['Q1: x + 5 = 14', 'Q2: 2x - 10 = -18', 'Q3: 5(x - 7) = 21'];
    const a = analyseGrid(gradebook(1), {
      skillMap: template.map((item) => ({ item, skills: ['Example'] })),
    });
    expect(a.warnings.filter((w) => w.startsWith('Skill Map'))).toEqual([
      'Skill Map names 3 items that are not item columns of this tab ' +
        '("Q1: x + 5 = 14", "Q2: 2x - 10 = -18", "Q3: 5(x - 7) = 21"): ignored here.',
    ]);
    // Nothing of the map applies: Q1 and Q2 keep the labelled rows' skill.
    expect(a.items.map((i) => i.skills)).toEqual([['Old'], ['Old']]);
  });

  test('past three names the line counts the rest; the entries that match still apply', () => {
    const map = ['Q1', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'].map((item) => ({ item, skills: ['New'] }));
    const a = analyseGrid(gradebook(1), { skillMap: map });
    // Q3 to Q7 are not columns: 5 names, the first three shown and "2 more".
    expect(a.warnings.filter((w) => w.startsWith('Skill Map'))).toEqual([
      'Skill Map names 5 items that are not item columns of this tab ' +
        '("Q3", "Q4", "Q5", and 2 more): ignored here.',
    ]);
    expect(a.items.map((i) => i.skills)).toEqual([['New'], ['Old']]);
  });
});

describe('step labels', () => {
  test('1, 1.0 and " 1 " are one step; text stays text; blank is no step', () => {
    expect([stepLabel(1), stepLabel('1.0'), stepLabel(' 1 '), stepLabel('Two-step'), stepLabel('')]).toEqual([
      '1',
      '1',
      '1',
      'Two-step',
      null,
    ]);
  });
});
