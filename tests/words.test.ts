/** The words a teacher reads, written once (src/core/tierWords.ts) and said alike everywhere. */
import { figureHeader, groupLine, reliabilityWords } from '../src/core/itemWords';
import { renderClassCheck, renderGroups, renderStudentGaps, TIER_COLOURS } from '../src/core/render';
import { makeSettings } from '../src/core/settings';
import { textReport } from '../src/core/report';
import {
  effectivenessLine,
  entryStepWords,
  lastStep,
  percent,
  plural,
  readAsSentence,
  savedAnd,
  hasSections,
  sectionPrefix,
  skillGroupLine,
  stationLines,
  stepLabel,
  stepSkills,
  warningCount,
} from '../src/core/tierWords';
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
  test('in a class without sections, the line leaves out "(all) ·"', () => {
    const line = skillGroupLine(
      { section: '(all)', skill: 'Ratios', tier: 'student', students: ['Ann'] },
      false,
    );
    expect(line).toBe('Ratios (Student): Ann');
  });
  test('a line of one section starts "P2 · "; a line of "(all)" (no sections) starts with nothing', () => {
    expect(sectionPrefix('P2')).toBe('P2 · ');
    expect(sectionPrefix('(all)')).toBe('');
  });
  test('a class has sections when any row, station or group is not "(all)"', () => {
    const none = { classCheck: [{ section: '(all)' }], stations: [{ section: '(all)' }], skillGroups: [] };
    expect(hasSections(none)).toBe(false);
    expect(hasSections({ ...none, classCheck: [{ section: 'P1' }] })).toBe(true);
    expect(hasSections({ ...none, stations: [{ section: 'P1' }] })).toBe(true);
    expect(hasSections({ ...none, skillGroups: [{ section: 'P1' }] })).toBe(true);
    // As an analysis holds them: the (all) rows first, then each section's.
    expect(hasSections({ ...none, classCheck: [{ section: '(all)' }, { section: 'P1' }] })).toBe(true);
    expect(hasSections({ ...none, stations: [{ section: '(all)' }, { section: 'P1' }] })).toBe(true);
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

describe('SPEC 5: station lines, each part said once', () => {
  const steps = [
    { step: '1', skills: 'One-step equations' },
    { step: '2', skills: 'Two-step equations' },
  ];
  const station = {
    wholeClass: null,
    laterWholeClass: [],
    noDataSteps: [],
    teacherTable: [{ step: 1, students: ['Ana'] }],
    peerCoaching: [{ learner: 'Ben', coach: 'Cy' }],
    ready: ['Cy'],
  };
  const texts = (s: Parameters<typeof stationLines>[0]) =>
    stationLines(s, steps, () => '').map((l) => l.text);

  test('SPEC 5: a whole-class start comes first, with its numbers: "3 of 14 (21%) missed step 1"', () => {
    // 3/14 = 0.214 → 21%; the upper limit 0.2 → 20%. Step 1's skill follows its number.
    const lines = texts({ ...station, wholeClass: { step: 1, missed: 3, withData: 14, upper: 0.2 } });
    expect(lines[0]).toBe(
      '3 of 14 (21%) missed step 1, over the 20% limit: ' +
        'start the whole class at step 1 · One-step equations.',
    );
  });

  test('SPEC 5: a section without peer-coaching pairs has no peer-coaching line', () =>
    expect(texts({ ...station, peerCoaching: [] })).toEqual([
      'Teacher table, step 1 · One-step equations: Ana',
      'Ready: Cy',
    ]));

  test('SPEC 5: a section where nobody is ready yet says so', () =>
    expect(texts({ ...station, peerCoaching: [], ready: [] })).toEqual([
      'Teacher table, step 1 · One-step equations: Ana',
      'Ready: nobody yet',
    ]));

  test('SPEC 6b: a teacher table\'s slips follow it as "Start here" lines, marked as slips', () => {
    // Ana and Bo both moved the constant without changing its sign on step 1's items.
    const misconceptions = [{ pattern: 'sign-slip' as const, students: ['Ana', 'Bo'] }];
    const lines = stationLines(
      { ...station, teacherTable: [{ step: 1, students: ['Ana', 'Bo'], misconceptions }], peerCoaching: [] },
      steps,
      (m) => groupLine(m.pattern, m.students),
    );
    expect(lines).toEqual([
      { text: 'Teacher table, step 1 · One-step equations: Ana, Bo' },
      { text: 'Start here: moved the constant without changing its sign: Ana, Bo', slip: true },
      { text: 'Ready: Cy' },
    ]);
  });

  test('SPEC 5: the last step is where peer coaching works; without steps there is none', () => {
    expect(lastStep(steps)).toBe('2');
    expect(lastStep([])).toBeNull();
  });
});

describe("SPEC 5: a student's entry step on Student Gaps", () => {
  const steps = [{ step: '2', skills: 'Two-step equations' }];
  test('SPEC 5: without steps the entry step is blank', () => expect(entryStepWords(null, steps)).toBe(''));
  test('SPEC 5: a student with no data on any step reads "No data"', () =>
    expect(entryStepWords('no-data', steps)).toBe('No data'));
});

describe('SPEC 6: did the groups work', () => {
  const group = {
    section: 'Period 2',
    step: 1,
    skills: ['One-step equations', 'Adding'],
    grouped: 3,
    nowMastered: 2,
    missing: 0,
  };
  test('SPEC 6: "2 of 3 now master it", the step with all its skills', () =>
    expect(effectivenessLine(group)).toBe(
      'Period 2 · step 1 · One-step equations, Adding: 2 of 3 now master it',
    ));
  test('SPEC 6: students without data in the later assessment are counted apart', () =>
    expect(effectivenessLine({ ...group, missing: 1 })).toBe(
      'Period 2 · step 1 · One-step equations, Adding: 2 of 3 now master it (1 without data)',
    ));
});

describe("SPEC 10: the sidebar's status words", () => {
  test('SPEC 10: the warnings count: "No warnings", "1 warning", "4 warnings"', () =>
    expect([warningCount(0), warningCount(1), warningCount(4)]).toEqual([
      'No warnings',
      '1 warning',
      '4 warnings',
    ]));
  test('SPEC 10: an action over unsaved setup edits says both in one line', () =>
    expect(savedAnd('Highlights written.')).toBe('Settings saved; Highlights written.'));
});

describe('SPEC 4: a check row without data', () => {
  test('SPEC 4: its percent struggling is a dash, not "0%"', () => expect(percent(null)).toBe('–'));
});
