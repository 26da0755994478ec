/** The words a teacher reads, written once (src/core/tierWords.ts) and said alike everywhere. */
import { figureHeader, reliabilityWords } from '../src/core/itemWords';
import { renderClassCheck, renderGroups, renderStudentGaps, TIER_COLOURS } from '../src/core/render';
import { makeSettings } from '../src/core/settings';
import { textReport } from '../src/core/report';
import { plural, readAsSentence, skillGroupLine, stepLabel, stepSkills } from '../src/core/tierWords';
import { DEFAULT_SETTINGS } from '../src/core/types';
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

// Three steps, each its own skill; Q3 (step 3) is the last, where peer coaching works (SPEC 5).
const ladder = csv(`
Student,Period,Q1,Q2,Q3
Points possible,,1,1,1
Skill,,Adding,Two-step equations,Brackets
Step,,1,2,3
Ann,P1,1,1,0
Bo,P1,1,1,1
Cy,P1,0,1,1
Di,P1,1,0,1
`);

describe('every station line names its step by number and by skill (SPEC 5)', () => {
  const analysis = analyseGrid(ladder);

  test('a step label: "step 2 · Two-step equations"; a step without a skill is its number alone', () => {
    const steps = stepSkills(analysis.steps, analysis.items);
    expect(stepLabel(2, steps)).toBe('step 2 · Two-step equations');
    expect(stepLabel(7, steps)).toBe('step 7');
  });

  test("a step's skills are its items' skills, each once, in the order they first appear", () => {
    const items = [{ skills: ['Ratios'] }, { skills: ['Fractions', 'Ratios'] }, { skills: ['Decimals'] }];
    expect(stepSkills([{ name: '1', items: [0, 1] }], items)).toEqual([
      { step: '1', skills: 'Ratios, Fractions' },
    ]);
  });

  test('peer coaching rows on the Groups tab carry the last step with its skill', () => {
    // Ann's entry step is 3 (missed Q3 only); Bo mastered all three: Bo coaches Ann.
    const rows = renderGroups(analysis).values;
    expect(rows).toContainEqual(['P1', 'Peer coaching', 'step 3 · Brackets', 'Ann', 'Bo']);
  });

  test('the teacher table rows carry their step with its skill', () => {
    // Cy missed Q1 (step 1), Di missed Q2 (step 2): both before the last step.
    const rows = renderGroups(analysis).values;
    expect(rows).toContainEqual(['P1', 'Teacher table', 'step 1 · Adding', 'Cy', '']);
    expect(rows).toContainEqual(['P1', 'Teacher table', 'step 2 · Two-step equations', 'Di', '']);
  });

  test('Student Gaps says `Ready` (as every other view does) and the entry step with its skill', () => {
    const rows = renderStudentGaps(analysis).values;
    const entry = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[2]]));
    expect(entry).toEqual({
      Ann: 'step 3 · Brackets',
      Bo: 'Ready',
      Cy: 'step 1 · Adding',
      Di: 'step 2 · Two-step equations',
    });
  });

  test('the CLI report says the same station lines', () => {
    const text = textReport(analysis, DEFAULT_SETTINGS);
    expect(text).toContain('  Teacher table, step 1 · Adding: Cy');
    expect(text).toContain('  Teacher table, step 2 · Two-step equations: Di');
    expect(text).toContain('  Peer coaching, step 3 · Brackets: Ann with Bo');
    expect(text).toContain('  Ready: Bo');
  });
});

describe('counts with their noun', () => {
  test('"1 student", never "1 students"; "0 students", "2 students"', () => {
    expect([plural(0, 'student'), plural(1, 'student'), plural(2, 'student')]).toEqual([
      '0 students',
      '1 student',
      '2 students',
    ]);
  });

  test('how a one-student, one-item gradebook was read', () => {
    expect(readAsSentence('plain', 0, 1, 1)).toBe('Read as a gradebook: header on row 1, 1 student, 1 item.');
  });
});

describe('groups without steps', () => {
  test('a classroom skill is a whole-class reteach, spelt as on the Groups tab', () => {
    const line = skillGroupLine({ section: 'A', skill: 'Ratios', tier: 'classroom', students: ['Ann'] });
    expect(line).toBe('A · Ratios (Classroom): whole-class reteach');
  });
});

describe('SPEC 7: colours for highlights and for tiers are distinct', () => {
  test('no tier is painted in a highlight colour (pink below the cut, grey no data, yellow invalid)', () => {
    const tiers = Object.values(TIER_COLOURS).filter((c) => c !== null);
    expect(tiers.filter((c) => ['#f4c7c3', '#e0e0e0', '#fce8b2'].includes(c!))).toEqual([]);
  });
});

describe('percents as a teacher reads them', () => {
  test('a 7% lower limit reads "7%" on the Class Check tab, not 7.000000000000001% (0.07 × 100)', () => {
    const tab = renderClassCheck(analyseGrid(ladder), makeSettings({ lower: 0.07 }));
    const band = tab.values.map((r) => String(r[0])).find((v) => v.startsWith('Band'));
    expect(band).toBe('Band: under 7% student level, over 20% classroom level. Mastery cut 80%.');
  });
});

describe('item figures in plain words, each with its term (teacher trial)', () => {
  test("the tab's header names the figure in words, then its term", () => {
    expect(figureHeader('discrimination')).toBe('Top vs bottom (discrimination)');
  });

  test('reliability says what it measures before its term', () => {
    expect(reliabilityWords({ kind: 'KR-20', value: 0.744, n: 27 })).toBe(
      'Consistency of the items (reliability, KR-20): 0.74 over 27 students with every item ' +
        '(hint: only 27 students). As a guide, 0.7 or more: the items agree; under 0.5: ' +
        'they may measure different things, or the test is short.',
    );
  });
});
