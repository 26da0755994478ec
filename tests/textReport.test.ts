/**
 * The CLI's readable reports (SPEC 11), called from src/ (the CLI suites run the bundle): the class
 * check with its stations or skill groups and warnings, the item section (SPEC 6b) and progress (SPEC 6).
 * The analyses are hand-made: only the fields the report reads, so each line below is worked out
 * from them by hand.
 */
import type { Analysis } from '../src/core/analyse';
import type { ItemReport } from '../src/core/answers';
import { itemSection } from '../src/core/itemText';
import type { Layout } from '../src/core/layout';
import type { ProgressReport } from '../src/core/progress';
import { progressTextReport, table, textReport } from '../src/core/report';
import { DEFAULT_SETTINGS } from '../src/core/types';

const GUIDE =
  'As a guide, 0.7 or more: the items agree; under 0.5: they may measure different things, ' +
  'or the test is short.';

const noItems: ItemReport = {
  itemAnalysis: [],
  reliability: { kind: 'KR-20', value: null, n: 0 },
  misconceptions: [],
  patterns: [],
  warnings: [],
};

describe('SPEC 11: the text table', () => {
  /*
   * Column widths 3 ("ccc") and 2 ("bb"); each cell padded to its column, two spaces between,
   * trailing spaces trimmed: "a" + 2 + 2 spaces + "bb"; "ccc" + 2 spaces + "d" (its pad trimmed).
   */
  test('SPEC 11: cells padded to the widest of their column, two spaces apart, no trailing spaces', () =>
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toEqual(['a    bb', 'ccc  d']));
});

describe('SPEC 11: the check report, with steps', () => {
  // Two steps: step 1 Adding (Q1), step 2 Two-step equations (Q2). Cy misses step 1 with a sign slip.
  const analysis = {
    students: [{ name: 'Ann' }, { name: 'Bo' }, { name: 'Cy' }, { name: 'Di' }],
    items: [{ skills: ['Adding'] }, { skills: ['Two-step equations'] }],
    classCheck: [
      {
        section: '(all)',
        skill: 'Adding',
        roster: 4,
        withData: 4,
        struggling: 1,
        percentStruggling: 0.25,
        tier: 'classroom',
        flags: [],
      },
      {
        section: '(all)',
        skill: 'Two-step equations',
        roster: 4,
        withData: 2,
        struggling: 0,
        percentStruggling: 0,
        tier: 'none',
        flags: ['low-data'],
      },
    ],
    steps: [
      { name: '1', items: [0] },
      { name: '2', items: [1] },
    ],
    stations: [
      {
        section: '(all)',
        wholeClassStep: null,
        wholeClass: null,
        laterWholeClass: [],
        noDataSteps: [],
        teacherTable: [
          { step: 1, students: ['Cy'], misconceptions: [{ pattern: 'sign-slip', students: ['Cy'] }] },
        ],
        peerCoaching: [{ learner: 'Ann', coach: 'Bo' }],
        ready: ['Bo'],
      },
    ],
    skillGroups: [],
    itemReport: noItems,
    warnings: ['Row 6 has values but no student: ignored.'],
  } as unknown as Analysis;
  const layout = {
    kind: 'plain',
    headerRow: 0,
    guesses: ['Row 2 read as points possible.'],
  } as unknown as Layout;

  /*
   * No sections: every row is "(all)", so no Section column and no "(all)" after "Stations".
   * The table's widths: Skill 18 ("Two-step equations"), Roster 6, With data 9, Struggling 10,
   * % struggling 12, Tier 9 ("Classroom"), Flags 8 ("low-data"); two spaces apart. Under it, what
   * each tier shown asks, then the low-data flag. Default settings: cut 80%, band 10%–20%. Peer
   * coaching is at the last step, 2.
   */
  test('SPEC 11: how it was read, the class check table, the stations with their slips, the warnings', () =>
    expect(textReport(analysis, DEFAULT_SETTINGS, layout).split('\n')).toEqual([
      'Read as a gradebook: header on row 1, 4 students, 2 items.',
      '  Row 2 read as points possible.',
      '',
      'Class check (mastery cut 80%, band 10%–20%)',
      '',
      'Skill               Roster  With data  Struggling  % struggling  Tier       Flags',
      'Adding              4       4          1           25%           Classroom',
      'Two-step equations  4       2          0           0%            None       low-data',
      '',
      '  Classroom  Widespread: reteach to the whole class; check curriculum alignment and instruction.',
      '  None       No intervention needed.',
      '  low-data   Under 70% of the roster has a score. Collect data first.',
      '',
      'Stations',
      '  Teacher table, step 1 · Adding: Cy',
      '    Start here: moved the constant without changing its sign: Cy',
      '  Peer coaching, step 2 · Two-step equations: Ann with Bo',
      '  Ready: Bo',
      '',
      'Warnings',
      '  - Row 6 has values but no student: ignored.',
    ]));
});

describe('SPEC 11: the check report of a class with periods', () => {
  const row = (section: string, struggling: number, tier: string) => ({
    section,
    skill: 'Ratios',
    roster: 2,
    withData: 2,
    struggling,
    percentStruggling: struggling / 2,
    tier,
    flags: [],
  });
  const analysis = {
    students: [],
    items: [],
    classCheck: [row('(all)', 1, 'classroom'), row('P1', 1, 'classroom'), row('P2', 0, 'none')],
    steps: [],
    stations: [],
    skillGroups: [
      { section: '(all)', skill: 'Ratios', tier: 'classroom', students: ['Ann'] },
      { section: 'P1', skill: 'Ratios', tier: 'classroom', students: ['Ann'] },
    ],
    itemReport: noItems,
    warnings: [],
  } as unknown as Analysis;

  // Each row and group names its section; the legend has each tier once.
  test("SPEC 4: the Section column and each group's section stay", () =>
    expect(textReport(analysis, DEFAULT_SETTINGS).split('\n')).toEqual([
      'Class check (mastery cut 80%, band 10%–20%)',
      '',
      'Section  Skill   Roster  With data  Struggling  % struggling  Tier       Flags',
      '(all)    Ratios  2       2          1           50%           Classroom',
      'P1       Ratios  2       2          1           50%           Classroom',
      'P2       Ratios  2       2          0           0%            None',
      '',
      '  Classroom  Widespread: reteach to the whole class; check curriculum alignment and instruction.',
      '  None       No intervention needed.',
      '',
      'Groups by skill',
      '  (all) · Ratios (Classroom): whole-class reteach',
      '  P1 · Ratios (Classroom): whole-class reteach',
    ]));
});

describe('SPEC 11: the stations of a class with periods', () => {
  const station = (section: string, student: string) => ({
    section,
    wholeClassStep: null,
    wholeClass: null,
    laterWholeClass: [],
    noDataSteps: [],
    teacherTable: [{ step: 1, students: [student], misconceptions: [] }],
    peerCoaching: [],
    ready: [],
  });
  const analysis = {
    students: [],
    items: [{ item: 'Q1', skills: ['Adding'] }],
    classCheck: [],
    steps: [{ name: '1', items: [0] }],
    stations: [station('P1', 'Ann'), station('P2', 'Bo')],
    skillGroups: [],
    itemReport: noItems,
    warnings: [],
  } as unknown as Analysis;

  // Each period's stations under its own heading (without periods the heading is "Stations" alone).
  test('SPEC 5: each period has its own "Stations: P1" heading', () =>
    expect(
      textReport(analysis, DEFAULT_SETTINGS)
        .split('\n')
        .filter((l) => l.startsWith('Stations')),
    ).toEqual(['Stations: P1', 'Stations: P2']));
});

describe('SPEC 11: the check report, without steps', () => {
  const analysis = {
    students: [],
    items: [],
    classCheck: [],
    steps: [],
    stations: [],
    skillGroups: [
      { section: 'P1', skill: 'Ratios', tier: 'student', students: ['Ann', 'Bo'] },
      { section: 'P1', skill: 'Fractions', tier: 'classroom', students: ['Ann', 'Bo', 'Cy'] },
    ],
    itemReport: noItems,
    warnings: [],
  } as unknown as Analysis;

  // No layout given: no "Read as" line; no warnings: no Warnings heading.
  test('SPEC 5: skill groups, a classroom one as a whole-class reteach; nothing after them', () =>
    expect(textReport(analysis, { masteryCut: 0.7, band: { lower: 0.05, upper: 0.25 } }).split('\n')).toEqual(
      [
        'Class check (mastery cut 70%, band 5%–25%)',
        '',
        'Section  Skill  Roster  With data  Struggling  % struggling  Tier  Flags',
        '',
        'Groups by skill',
        '  P1 · Ratios (Student): Ann, Bo',
        '  P1 · Fractions (Classroom): whole-class reteach',
      ],
    ));
});

describe('SPEC 6b: the item section of the report', () => {
  /*
   * Q1 (an equation item) has 20 students, so small-sample; Q2 has 50. Q1's answers: 19 (5) and
   * 8 (3) are common wrong answers (≥ 2 and ≥ 10% of 20), -9 (1) is not (one student). Q2: B (4)
   * is wrong but under 10% of 50 (40 < 50), so not common. The note: "on 1 item" of the two.
   */
  const report: ItemReport = {
    itemAnalysis: [
      {
        item: 'x + 5 = 14',
        n: 20,
        difficulty: 0.55,
        discrimination: -0.25,
        pointBiserial: -0.31,
        flags: ['check-key', 'small-sample'],
        upper: [],
        missed: 9,
        strongestChose: null,
        keySays: null,
        answers: [
          { answer: '19', count: 5, correct: false, pattern: 'sign-slip', students: [] },
          { answer: '8', count: 3, correct: false, pattern: 'unclassified', students: [] },
          { answer: '9', count: 11, correct: true, pattern: null, students: [] },
          { answer: '-9', count: 1, correct: false, pattern: 'opposite-sign', students: [] },
        ],
      },
      {
        item: 'Q2',
        n: 50,
        difficulty: 0.92,
        discrimination: 0.1,
        pointBiserial: 0.25,
        flags: ['weak'],
        upper: [],
        missed: 4,
        strongestChose: null,
        keySays: null,
        answers: [
          { answer: 'A', count: 46, correct: true, pattern: null, students: [] },
          { answer: 'B', count: 4, correct: false, pattern: null, students: [] },
        ],
      },
    ],
    reliability: { kind: 'KR-20', value: 0.62, n: 20 },
    misconceptions: [
      {
        section: '(all)',
        item: 'x + 5 = 14',
        pattern: 'sign-slip',
        answer: '19',
        students: ['Ana', 'Ben', 'Cy', 'Di', 'Ed'],
      },
    ],
    patterns: [],
    warnings: [],
  };

  test('SPEC 6b: figures in words, the hint once and per item, flags, common wrong answers, slips', () =>
    expect(itemSection(report)).toEqual([
      '',
      'Item analysis',
      '  Consistency of the items (reliability, KR-20): 0.62 over 20 students with every item ' +
        `(hint: only 20 students). ${GUIDE}`,
      '  Only 20 students on 1 item: read these figures as hints, not verdicts.',
      '  x + 5 = 14: 20 students, share correct (difficulty) 0.55, top vs bottom (discrimination) -0.25, ' +
        'fits the test (point-biserial r) -0.31 (hint: only 20 students)',
      '    The top group did worse on it than the bottom group (top vs bottom -0.25). ' +
        'Is the key (or the question) right?',
      '    Common wrong answer: 19 (5 students): moved the constant without changing its sign',
      '    Common wrong answer: 8 (3 students): a wrong answer that matches no known slip',
      '    9 (11 students): correct',
      '    -9 (1 student): got the right size with the wrong sign',
      '  Q2: 50 students, share correct (difficulty) 0.92, top vs bottom (discrimination) 0.10, ' +
        'fits the test (point-biserial r) 0.25',
      '    Weak: it barely tells stronger from weaker students (discrimination under 0.2).',
      '    A (46 students): correct',
      '    B (4 students): wrong',
      '',
      'Misconceptions',
      // "(all)": no sections, so no section before the item.
      '  x + 5 = 14 · 19: moved the constant without changing its sign: Ana, Ben, Cy, Di, Ed',
    ]));

  // One item of 30 students (no small sample), scores only (no answers), no slip: no note, no
  // Misconceptions heading. One item: no consistency figure.
  test('SPEC 6b: no small sample and no misconception: neither is mentioned', () =>
    expect(
      itemSection({
        ...noItems,
        itemAnalysis: [
          {
            item: 'Q1',
            n: 30,
            difficulty: 0.5,
            discrimination: 0.4,
            pointBiserial: null,
            flags: [],
            upper: [],
            missed: 15,
            strongestChose: null,
            keySays: null,
            answers: [],
          },
        ],
        reliability: { kind: 'KR-20', value: null, n: 30 },
      }),
    ).toEqual([
      '',
      'Item analysis',
      '  Consistency (reliability): not enough data (30 students with every item).',
      '  Q1: 30 students, share correct (difficulty) 0.50, top vs bottom (discrimination) 0.40, ' +
        'fits the test (point-biserial r) –',
    ]));

  // An upcoming assignment's empty column beside a scored one: no "(hint: only 0 students)", and
  // the hint speaks of the item that has scores only.
  test('SPEC 6b: an item nobody has a score on says so, and is no small sample', () => {
    const item = (name: string, n: number) => ({
      item: name,
      n,
      difficulty: n === 0 ? null : 0.5,
      discrimination: null,
      pointBiserial: null,
      flags: ['small-sample' as const],
      upper: [],
      missed: 0,
      strongestChose: null,
      keySays: null,
      answers: [],
    });
    expect(
      itemSection({
        ...noItems,
        itemAnalysis: [item('Q1', 12), item('Q2', 0)],
        reliability: { kind: 'KR-20', value: null, n: 0 },
      }),
    ).toEqual([
      '',
      'Item analysis',
      '  Consistency (reliability): not enough data (0 students with every item).',
      '  Only 12 students: read these figures as hints, not verdicts.',
      '  Q1: 12 students, share correct (difficulty) 0.50, top vs bottom (discrimination) –, ' +
        'fits the test (point-biserial r) – (hint: only 12 students)',
      '  Q2: 0 students, share correct (difficulty) –, top vs bottom (discrimination) –, ' +
        'fits the test (point-biserial r) –',
      '    No student has a score on it: its cells are blank or not scores.',
    ]);
  });

  test('SPEC 6b: no item, no section', () => expect(itemSection(noItems)).toEqual([]));
});

describe('SPEC 6: the progress report', () => {
  const report = {
    assessments: ['Unit 1', 'Unit 2'],
    skills: ['Adding', 'Ratios'],
    students: [{ name: 'Ann' }, { name: 'Bo' }, { name: 'Cy' }],
    progress: [
      {
        section: '(all)',
        skill: 'Adding',
        counts: [
          { withData: 4, struggling: 2 },
          { withData: 4, struggling: 1 },
        ],
      },
      {
        section: '(all)',
        skill: 'Ratios',
        counts: [
          { withData: 0, struggling: 0 },
          { withData: 3, struggling: 1 },
        ],
      },
    ],
    effectiveness: [
      { section: '(all)', step: 1, skills: ['Adding'], grouped: 2, nowMastered: 1, missing: 1 },
    ],
    unmatched: [
      { name: 'Di', section: 'P1', assessment: 'Unit 2' },
      { name: 'Ed', section: null, assessment: 'Unit 1' },
    ],
    warnings: ['"Unit 2" has no Step row.'],
  } as unknown as ProgressReport;

  /*
   * Adding: 2/4 = 50% → 1/4 = 25%: down 25 percentage points. Ratios: none with data in Unit 1
   * ("0/0 (–)", no change to give: "–"), 1/3 = 33.3% in Unit 2. Widths: Section 7, Skill 6,
   * Unit 1 9 ("2/4 (50%)"), Unit 2 11 ("1/3 (33.3%)"), change 25 ("down 25 percentage points").
   */
  test('SPEC 6: the class over time, whether the groups worked, who is not linked, the warnings', () =>
    expect(progressTextReport(report).split('\n')).toEqual([
      'Progress over 2 assessments: Unit 1 → Unit 2',
      '3 students linked.',
      '',
      'Struggling per skill (struggling/with data)',
      '',
      'Section  Skill   Unit 1     Unit 2       Change in % struggling',
      '(all)    Adding  2/4 (50%)  1/4 (25%)    down 25 percentage points',
      '(all)    Ratios  0/0 (–)    1/3 (33.3%)  –',
      '',
      'Did the groups work? Students grouped at each step by Unit 1, checked in Unit 2:',
      '  (all) · step 1 · Adding: 1 of 2 now master it (1 without data)',
      '',
      'In only one assessment (not linked)',
      '  Di (P1): only in Unit 2',
      '  Ed: only in Unit 1',
      '',
      'Warnings',
      '  - "Unit 2" has no Step row.',
    ]));

  test('SPEC 6: no group, everyone linked, no warning: the table is the whole report', () =>
    expect(
      progressTextReport({ ...report, effectiveness: [], unmatched: [], warnings: [] }).split('\n'),
    ).toEqual([
      'Progress over 2 assessments: Unit 1 → Unit 2',
      '3 students linked.',
      '',
      'Struggling per skill (struggling/with data)',
      '',
      'Section  Skill   Unit 1     Unit 2       Change in % struggling',
      '(all)    Adding  2/4 (50%)  1/4 (25%)    down 25 percentage points',
      '(all)    Ratios  0/0 (–)    1/3 (33.3%)  –',
    ]));
});
