/**
 * The Department Check tab and text report (SPEC 6c) and the Progress tab (SPEC 6), called from src/ on
 * reports built by hand, so each cell below is worked out from the few numbers given here. Every report
 * is built inside its test (a report built at load would be invisible to mutation testing).
 */
import type { DepartmentReport, DepartmentSkill } from '../src/core/department';
import {
  cellWords,
  departmentTextReport,
  renderDepartment,
  settingsLine,
} from '../src/core/renderDepartment';
import type { Counts, ProgressReport } from '../src/core/progress';
import { changeText, renderProgress } from '../src/core/renderProgress';
import type { ClassCheckRow, Tier } from '../src/core/types';

const CUT = { masteryCut: 0.8, band: { lower: 0.1, upper: 0.2 } };

function row(tier: Tier, share: number | null, lowData = false): ClassCheckRow {
  return {
    section: '(all)',
    skill: 's',
    roster: 20,
    withData: 20,
    struggling: 0,
    percentStruggling: share,
    tier,
    flags: lowData ? ['low-data'] : [],
  };
}

function skill(
  name: string,
  verdict: DepartmentSkill['verdict'],
  n: [number, number, number, number, number, number, number],
  rows: (ClassCheckRow | null)[],
): DepartmentSkill {
  const [classes, classroom, borderline, student, none, noData, lowData] = n;
  return { skill: name, classes, classroom, borderline, student, none, noData, lowData, verdict, rows };
}

/**
 * Two classes: section P1 of A.csv (coverage 75%) and the whole of B.csv (no skills, two earlier files
 * folded in). Fractions: classroom in both (system); Ratios: assessed in B.csv only, without data
 * (system-data, and a single); Slope: borderline 15% and student 5% (each class).
 */
function department(): DepartmentReport {
  return {
    classes: [
      {
        class: 'A.csv · P1',
        file: 'A.csv',
        section: 'P1',
        roster: 20,
        coverage: 0.75,
        input: 0,
        earlier: [],
      },
      {
        class: 'B.csv',
        file: 'B.csv',
        section: null,
        roster: 25,
        coverage: null,
        input: 1,
        earlier: ['Sep.csv', 'Oct.csv'],
      },
    ],
    skills: [
      skill(
        'Fractions',
        'system',
        [2, 2, 0, 0, 0, 0, 1],
        [row('classroom', 0.5, true), row('classroom', 0.6)],
      ),
      skill('Ratios', 'system-data', [1, 0, 0, 0, 0, 1, 0], [null, row('no-data', null)]),
      skill('Slope', 'classes', [2, 0, 1, 1, 0, 0, 0], [row('borderline', 0.15), row('student', 0.05)]),
    ],
    single: ['Ratios'],
    settings: { same: true, used: [{ file: 'A.csv', settings: CUT }] },
  };
}

/** One class, one skill, nothing folded, no single, nothing skipped. */
function plainDepartment(): DepartmentReport {
  return {
    classes: [
      { class: 'A.csv', file: 'A.csv', section: null, roster: 3, coverage: 1, input: 0, earlier: [] },
    ],
    skills: [skill('Slope', 'classes', [2, 0, 0, 2, 0, 0, 0], [row('student', 0.05), row('student', 0)])],
    single: [],
    settings: { same: true, used: [{ file: 'A.csv', settings: CUT }] },
  };
}

const SKIPPED = [{ tab: 'Notes', reason: 'no student names' }];
const ADVICE = {
  system: 'Classroom level in most classes: a curriculum or instruction problem across the department.',
  data: 'Most classes lack data on this skill: collect data first (a system-level problem).',
  classes: "Each class's own tier stands.",
};

describe('SPEC 6c: the Department Check tab', () => {
  test('SPEC 6c: a row per skill, the verdict, the counts, then each class in tier · % struggling', () => {
    const tab = renderDepartment(department(), SKIPPED);
    // first class column = 2 + 7 counts = 9; 0.5 → 50%, 0.6 → 60%, 0.15 → 15%, 0.05 → 5%
    expect(tab.values.slice(0, 4).map((r) => r.slice(0, 11))).toEqual([
      [
        'Verdict',
        'Skill',
        'Classes',
        'Classroom',
        'Borderline',
        'Student',
        'None',
        'No data',
        'Low data',
      ].concat(['A.csv · P1', 'B.csv']),
      ['System', 'Fractions', 2, 2, 0, 0, 0, 0, 1, 'Classroom · 50% · low data', 'Classroom · 60%'],
      ['System (data)', 'Ratios', 1, 0, 0, 0, 0, 1, 0, 'Not assessed', 'No data'],
      ['Each class', 'Slope', 2, 0, 1, 1, 0, 0, 0, 'Borderline · 15%', 'Student · 5%'],
    ]);
  });

  test('SPEC 6c: each verdict used is explained once, then the settings line', () => {
    const tab = renderDepartment(department(), SKIPPED);
    // rows 4 blank, 5 heading, 6–8 the three verdicts, 9 the settings
    expect(tab.values.slice(4, 10).map((r) => r.slice(0, 2))).toEqual([
      ['', ''],
      ['What the verdicts mean', ''],
      ['System', ADVICE.system],
      ['System (data)', ADVICE.data],
      ['Each class', ADVICE.classes],
      ['Same settings for every class: mastery cut 80%, band 10%–20%.', ''],
    ]);
  });

  test('SPEC 6c: the classes block gives tab, section, roster, coverage and what was folded in', () => {
    const tab = renderDepartment(department(), SKIPPED);
    expect(tab.values.slice(10, 14).map((r) => r.slice(0, 6))).toEqual([
      ['', '', '', '', '', ''],
      ['Class', 'Tab', 'Section', 'Roster', 'Data coverage', 'Same students, earlier'],
      ['A.csv · P1', 'A.csv', 'P1', 20, 0.75, ''],
      ['B.csv', 'B.csv', '', 25, 'No skills', 'Sep.csv, Oct.csv'],
    ]);
  });

  test('SPEC 6c: skills of one class only, then the tabs not read, each under its heading', () => {
    const tab = renderDepartment(department(), SKIPPED);
    // Ratios is assessed in the second class only (its first row is null)
    expect(tab.values.slice(14).map((r) => r.slice(0, 2))).toEqual([
      ['', ''],
      ['Assessed in only one class (named differently elsewhere?)', 'Class'],
      ['Ratios', 'B.csv'],
      ['', ''],
      ['Tabs not read as classes', 'Why'],
      ['Notes', 'no student names'],
    ]);
  });

  test('SPEC 6c: the headings are bold', () => {
    expect(renderDepartment(department(), SKIPPED).boldRows).toEqual([0, 5, 11, 15, 18]);
  });

  test('SPEC 6c: no earlier tabs, single skills or skipped tabs: no such column or block', () => {
    const tab = renderDepartment(plainDepartment());
    // rows: 0 header, 1 Slope, 2 blank, 3 heading, 4 verdict, 5 settings, 6 blank, 7 heading, 8 class
    expect(tab.values).toHaveLength(9);
    expect(tab.values[7].slice(0, 6)).toEqual(['Class', 'Tab', 'Section', 'Roster', 'Data coverage', '']);
    expect(tab.values[8].slice(0, 6)).toEqual(['A.csv', 'A.csv', '', 3, 1, '']);
  });

  test('SPEC 6c: verdict and tier cells are coloured, never a highlight colour', () => {
    const tab = renderDepartment(department(), SKIPPED);
    const bg = (r: number, c: number) => tab.backgrounds[r][c];
    // system: classroom purple; system-data: no-data blue; classes: none. Class cells by their tier.
    expect([bg(1, 0), bg(2, 0), bg(3, 0)]).toEqual(['#d9d2e9', '#cfe2f3', null]);
    expect([bg(1, 9), bg(1, 10), bg(2, 9), bg(2, 10), bg(3, 9), bg(3, 10)]).toEqual([
      '#d9d2e9',
      '#d9d2e9',
      null,
      '#cfe2f3',
      '#f9cb9c',
      '#d9ead3',
    ]);
    // 2 verdict cells + 5 class cells (the null row and the classes verdict have none)
    expect(tab.backgrounds.flat().filter((c) => c !== null)).toHaveLength(7);
  });

  test('SPEC 6c: data coverage is a percent; "No skills" is not', () => {
    const tab = renderDepartment(department(), SKIPPED);
    const formatted = tab.numberFormats
      .flatMap((r, i) => r.map((f, c) => (f ? `${i},${c},${f}` : '')))
      .filter(Boolean);
    expect(formatted).toEqual(['12,4,0.0%']);
  });

  test('SPEC 6c: chart block two columns past the widest row: classroom classes vs half with data', () => {
    const tab = renderDepartment(department(), SKIPPED);
    // widest row 11 cells → chart from 1-based column 13 (0-based 12); half of (classes − no data):
    // Fractions (2−0)/2 = 1, Ratios (1−1)/2 = 0, Slope (2−0)/2 = 1
    expect(tab.values.slice(0, 5).map((r) => r.slice(11))).toEqual([
      ['', 'Skill', 'Classes at classroom level', 'Half of the classes with data'],
      ['', 'Fractions', 2, 1],
      ['', 'Ratios', 0, 0],
      ['', 'Slope', 0, 1],
      ['', '', '', ''],
    ]);
    expect(tab.chart).toEqual({
      kind: 'combo',
      row: 1,
      column: 13,
      rows: 4,
      columns: 3,
      title: 'Classes at classroom level per skill',
      lineSeries: [1],
      axis: 'count',
    });
    expect(tab.kind).toBe('department');
  });
});

describe('SPEC 6c: the department text report', () => {
  test('SPEC 6c: the first lines count classes, gradebooks and skills, then the settings', () => {
    const lines = departmentTextReport(department(), SKIPPED).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Department check: 2 classes from 2 gradebooks, 3 skills.',
      'Same settings for every class: mastery cut 80%, band 10%–20%.',
      '',
    ]);
  });

  test('SPEC 6c: the verdict table, padded to its widest cell, then each verdict explained', () => {
    const lines = departmentTextReport(department(), SKIPPED).split('\n');
    // column widths: Verdict 13 ("System (data)"), Skill 9 ("Fractions"), then the headers' own
    expect(lines.slice(3, 12)).toEqual([
      'Verdict        Skill      Classes  Classroom  Borderline  Student  None  No data  Low data',
      'System         Fractions  2        2          0           0        0     0        1',
      'System (data)  Ratios     1        0          0           0        0     1        0',
      'Each class     Slope      2        0          1           1        0     0        0',
      '',
      `System: ${ADVICE.system}`,
      `System (data): ${ADVICE.data}`,
      `Each class: ${ADVICE.classes}`,
      '',
    ]);
  });

  test('SPEC 6c: each class in a column, tier · % struggling', () => {
    const lines = departmentTextReport(department(), SKIPPED).split('\n');
    // widths: Skill 9, A.csv · P1 26 ("Classroom · 50% · low data"), B.csv 15
    expect(lines.slice(12, 17)).toEqual([
      'Each class (tier · % struggling)',
      'Skill      A.csv · P1                  B.csv',
      'Fractions  Classroom · 50% · low data  Classroom · 60%',
      'Ratios     Not assessed                No data',
      'Slope      Borderline · 15%            Student · 5%',
    ]);
  });

  test('SPEC 6c: the rosters with coverage and earlier files, the single skills and the skipped tabs', () => {
    const lines = departmentTextReport(department(), SKIPPED).split('\n');
    // coverage 0.75 → 75%, null → –
    expect(lines.slice(17)).toEqual([
      '',
      'Classes',
      'Class       File   Section  Roster  Data coverage  Same students, earlier',
      'A.csv · P1  A.csv  P1       20      75%',
      'B.csv       B.csv           25      –              Sep.csv, Oct.csv',
      '',
      'Assessed in only one class (named differently elsewhere?)',
      '  Ratios: B.csv',
      '',
      'Tabs not read as classes',
      '  Notes: no student names',
    ]);
  });

  test('SPEC 6c: without earlier files, single skills or skipped tabs the report ends at the rosters', () => {
    const lines = departmentTextReport(plainDepartment()).split('\n');
    expect(lines.slice(-3)).toEqual([
      'Classes',
      'Class  File   Section  Roster  Data coverage',
      'A.csv  A.csv           3       100%',
    ]);
  });

  test('SPEC 6c: settings that differ are listed per gradebook', () => {
    const report = department();
    const other = { masteryCut: 0.7, band: { lower: 0.05, upper: 0.25 } };
    report.settings = {
      same: false,
      used: [
        { file: 'A.csv', settings: CUT },
        { file: 'B.csv', settings: other },
      ],
    };
    expect(settingsLine(report)).toBe(
      'Settings differ between gradebooks; each class was checked with its own: ' +
        'A.csv: mastery cut 80%, band 10%–20%; B.csv: mastery cut 70%, band 5%–25%.',
    );
  });

  test('SPEC 6c: a class cell: not assessed, no data, or tier · % (· low data)', () => {
    expect(cellWords(null)).toBe('Not assessed');
    expect(cellWords(row('no-data', null, true))).toBe('No data');
    expect(cellWords(row('none', 0.125))).toBe('None · 12.5%');
  });
});

const counts = (withData: number, struggling: number): Counts => ({ withData, struggling });

/**
 * Pre → Quiz. Whole roster: Fractions 2/4 → 1/5, Ratios no data → 1/4; P1: Fractions 1/4 → no data.
 * Step 1 (Fractions, Ratios): 4 grouped, 3 now master, 1 missing; step 2: none grouped, 2 missing.
 * Ann (P1): Fractions 40% → 100%, Ratios no data; Ben: Fractions – → 75%, Ratios 50% → 50%.
 */
function progress(): ProgressReport {
  return {
    assessments: ['Pre', 'Quiz'],
    skills: ['Fractions', 'Ratios'],
    progress: [
      { section: '(all)', skill: 'Fractions', counts: [counts(4, 2), counts(5, 1)] },
      { section: '(all)', skill: 'Ratios', counts: [counts(0, 0), counts(4, 1)] },
      { section: 'P1', skill: 'Fractions', counts: [counts(4, 1), counts(0, 0)] },
    ],
    students: [
      { name: 'Ann', section: 'P1', before: [0.4, null], after: [1, null] },
      { name: 'Ben', section: null, before: [null, 0.5], after: [0.75, 0.5] },
    ],
    effectiveness: [
      { section: '(all)', step: 1, skills: ['Fractions', 'Ratios'], grouped: 4, nowMastered: 3, missing: 1 },
      { section: '(all)', step: 2, skills: ['Ratios'], grouped: 0, nowMastered: 0, missing: 2 },
    ],
    unmatched: [
      { name: 'Cal', section: 'P2', assessment: 'Quiz' },
      { name: 'Dee', section: null, assessment: 'Pre' },
    ],
    warnings: ['Quiz: 2 students have no name.'],
  };
}

/** `n` assessments, no progress rows, no groups, `skills` skills and one student without data. */
function wide(n: number, skills: number): ProgressReport {
  const names = Array.from({ length: skills }, (_, k) => `S${k + 1}`);
  return {
    assessments: Array.from({ length: n }, (_, k) => `A${k + 1}`),
    skills: names,
    progress: [],
    students: [{ name: 'Ann', section: null, before: names.map(() => null), after: names.map(() => null) }],
    effectiveness: [],
    unmatched: [],
    warnings: [],
  };
}

describe('SPEC 6: the Progress tab', () => {
  test('SPEC 6: % struggling per section and skill in each assessment, and the change in points', () => {
    const tab = renderProgress(progress());
    // 2/4 = 0.5, 1/5 = 0.2: 20% − 50% = down 30 points; no data (0 with data) is blank, and so is its change
    expect(tab.values.slice(0, 4).map((r) => r.slice(0, 9))).toEqual([
      ['Section', 'Skill', 'Pre: with data', 'Pre: struggling', 'Pre: % struggling']
        .concat(['Quiz: with data', 'Quiz: struggling', 'Quiz: % struggling'])
        .concat(['Change in % struggling, first → latest']),
      ['(all)', 'Fractions', 4, 2, 0.5, 5, 1, 0.2, 'down 30 percentage points'],
      ['(all)', 'Ratios', 0, 0, '', 4, 1, 0.25, ''],
      ['P1', 'Fractions', 4, 1, 0.25, 0, 0, '', ''],
    ]);
  });

  test('SPEC 6: did the groups work: each step of the first assessment, checked in the latest', () => {
    const tab = renderProgress(progress());
    // step 1: 3 of 4 = 0.75; step 2: none grouped, so no share
    expect(tab.values.slice(4, 9).map((r) => r.slice(0, 7))).toEqual([
      ['', '', '', '', '', '', ''],
      ['Did the groups work? Students grouped at each step by Pre, checked in Quiz.', '', '', '', '', '', ''],
      ['Section', 'Step', 'Skills', 'Grouped (with data now)', 'Now master the step', '% now master'].concat([
        'Grouped, no data now',
      ]),
      ['(all)', 1, 'Fractions, Ratios', 4, 3, 0.75, 1],
      ['(all)', 2, 'Ratios', 0, 0, '', 2],
    ]);
  });

  test('SPEC 6: each student, skill by skill, first → latest and the change in points', () => {
    const tab = renderProgress(progress());
    // Ann 0.4 → 1: up 60 points; Ratios no data in both. Ben: no first score, so no change; 50% → 50%.
    expect(tab.values.slice(9, 14).map((r) => r.slice(0, 4))).toEqual([
      ['', '', '', ''],
      [
        'Each student, skill by skill: the skill score (% of its points), Pre → Quiz, ' +
          'and the change in percentage points.',
        '',
        '',
        '',
      ],
      ['Student', 'Section', 'Fractions', 'Ratios'],
      ['Ann', 'P1', '40% → 100% (up 60 percentage points)', 'No data'],
      ['Ben', '', '– → 75%', '50% → 50% (no change)'],
    ]);
  });

  test('SPEC 6: a student row ends at the last skill, like its header (no cell past it)', () => {
    const tab = renderProgress(progress());
    // 2 skills: Student, Section, Fractions, Ratios fill columns 0-3; the tab is 13 wide (blocks 9, a gap
    // of 1, the chart block's 3 from column 10), so columns 4-12 of the header and of Ann's and Ben's rows
    // are padding: 9 blanks each.
    expect(tab.values.slice(11, 14).map((r) => r.slice(4))).toEqual([1, 2, 3].map(() => Array(9).fill('')));
  });

  test('SPEC 6: students in one assessment only, then the warnings', () => {
    const tab = renderProgress(progress());
    expect(tab.values.slice(14).map((r) => r.slice(0, 3))).toEqual([
      ['', '', ''],
      ['In only one assessment (not linked)', 'Section', 'Only in'],
      ['Cal', 'P2', 'Quiz'],
      ['Dee', '', 'Pre'],
      ['', '', ''],
      ['Warnings', '', ''],
      ['Quiz: 2 students have no name.', '', ''],
    ]);
  });

  test('SPEC 6: the headings are bold', () => {
    expect(renderProgress(progress()).boldRows).toEqual([0, 5, 6, 10, 11, 15, 19]);
  });

  test('SPEC 6: the chart block holds the whole roster per assessment, two columns past the blocks', () => {
    const tab = renderProgress(progress());
    // the blocks are 9 wide → chart from 1-based column 11 (0-based 10); only the (all) rows
    expect(tab.values.slice(0, 4).map((r) => r.slice(9))).toEqual([
      ['', 'Assessment', 'Fractions', 'Ratios'],
      ['', 'Pre', 0.5, ''],
      ['', 'Quiz', 0.2, 0.25],
      ['', '', '', ''],
    ]);
    expect(tab.chart).toEqual({
      kind: 'line',
      row: 1,
      column: 11,
      rows: 3,
      columns: 3,
      title: 'Percent struggling per skill over time',
      lineSeries: [0, 1],
      position: { row: 5, column: 11 },
    });
    expect(tab.kind).toBe('progress');
  });

  test('SPEC 6: every share is a percent (the counts, steps and blanks are not)', () => {
    const tab = renderProgress(progress());
    const formatted = tab.numberFormats
      .flatMap((r, i) => r.map((f, c) => (f ? `${i},${c}` : '')))
      .filter(Boolean);
    // row 1: 0.5, 0.2, chart 0.5; row 2: 0.25, chart 0.2, 0.25; row 3: 0.25; row 7: 0.75
    expect(formatted).toEqual(['1,4', '1,7', '1,11', '2,7', '2,11', '2,12', '3,4', '7,5']);
  });

  test('SPEC 6: no groups and no whole-roster rows: one line says so, and there is no chart', () => {
    const tab = renderProgress(wide(2, 1));
    // rows: 0 header, 1 blank, 2–3 headings, 4 the line, 5 blank, 6 heading, 7 students' header, 8 Ann
    expect(tab.values[4].slice(0, 2)).toEqual([
      '',
      'No groups to follow up: the first assessment has no steps.',
    ]);
    expect(tab.values).toHaveLength(9);
    expect(tab.values[8].slice(0, 3)).toEqual(['Ann', '', 'No data']);
    expect(tab.chart).toBeUndefined();
  });

  test('SPEC 6: the chart block goes past a wider row it reaches (many assessments, many skills)', () => {
    const tab = renderProgress(wide(7, 25));
    // rows: 0 header, 1 blank, 2–3 headings, 4 no groups, 5 blank, 6 heading, 7 students' header.
    // Top blocks 3·7 + 3 = 24 wide; the chart's 8 rows reach row 7, 2 + 25 = 27 wide:
    // so the block starts at 1-based column 29 (0-based 28)
    expect(tab.values[7][0]).toBe('Student');
    expect(tab.values.slice(0, 8).map((r) => r[28])).toEqual([
      'Assessment',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
    ]);
  });

  test('SPEC 6: the chart block ignores a wider row below the rows it holds', () => {
    const tab = renderProgress(wide(6, 25));
    // top blocks 3·6 + 3 = 21 wide; the chart's 7 rows end at row 6, above the students' header
    // (row 7, 27 wide)
    expect(tab.values.slice(0, 7).map((r) => r[22])).toEqual([
      'Assessment',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
    ]);
  });

  test('SPEC 6: more assessments than rows: the chart block adds its own rows', () => {
    const tab = renderProgress(wide(9, 1));
    // 9 rows before the chart (0–8, Ann last); its 10 rows add row 9; top width 3·9 + 3 = 30 → column 32
    expect(tab.values).toHaveLength(10);
    expect(tab.values[9].slice(30)).toEqual(['', 'A9']);
  });

  test('SPEC 6: one student skill: no data, a missing first score, or first → latest (change)', () => {
    expect(changeText({ before: null, after: null, change: null })).toBe('No data');
    expect(changeText({ before: 0.5, after: null, change: null })).toBe('50% → –');
    expect(changeText({ before: 0.25, after: 0.5, change: 0.25 })).toBe(
      '25% → 50% (up 25 percentage points)',
    );
  });
});
