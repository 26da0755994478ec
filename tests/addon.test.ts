/** The add-on inside Sheets: dist/gas/Code.js in a vm with the in-memory spreadsheet as its services. */
import { parseMarker } from '../src/core/highlights';
import type { FakeSheet } from '../src/fake/spreadsheet';
import { csv, exampleGrid } from './helpers/examples';
import { sheetValues, snapshot, workbook } from './helpers/sheets';

const ACTIONS = [
  'menuClassCheck',
  'menuWriteGroupTabs',
  'menuItemAnalysis',
  'menuProgress',
  'menuHighlightGaps',
  'menuClearHighlights',
  'menuInsertTemplate',
];
ACTIONS.push('menuDepartmentCheck');
const teacherRule = { getBooleanCondition: () => ({ getCriteriaValues: () => ['=B2>100'] }) };

function teacherBook(grid = exampleGrid('jit-pre-assessment.csv')) {
  const book = workbook({
    Gradebook: sheetValues(grid),
    Groups: [['My own groups'], ['Ana', 'Table 1']],
    Notes: [['Parent calls']],
  });
  const gradebook = book.ss._sheets[0];
  gradebook._rules = [teacherRule];
  gradebook._cell(1, 1, true).background = '#00ff00';
  return { ...book, gradebook };
}

const tab = (ss: ReturnType<typeof teacherBook>['ss'], name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;

describe('menu and triggers', () => {
  test('onOpen in AuthMode.NONE builds the menu and touches nothing else', () => {
    const { gs, services } = teacherBook();
    gs.onOpen({ authMode: 'NONE' });
    expect(services.ui._menus[0].filter(([c]) => c !== '---').map(([c]) => c)).toEqual([
      'Open sidebar',
      'Highlight gaps',
      'Clear highlights',
      'Class check',
      'Write group tabs',
      'Item analysis',
      'Progress over assessment tabs',
      'Department check',
      'Insert department template',
      'Help',
    ]);
    expect(
      [...services.counter.byMethod.keys()].every((k) =>
        /^(Object\.getUi|Ui\.createAddonMenu|Menu\.)/.test(k),
      ),
    ).toBe(true);
    for (const [, fn] of services.ui._menus[0]) if (fn) expect(typeof gs[fn]).toBe('function');
  });

  test('onInstall adds the same menu; the sidebar and help open', () => {
    const { gs, services } = teacherBook();
    gs.onInstall({ authMode: 'FULL' });
    gs.showSidebar();
    gs.showHelp();
    expect(services.ui._menus).toHaveLength(1);
    expect(services.ui._sidebars).toHaveLength(1);
    expect(services.ui._dialogs).toHaveLength(1);
  });
});

describe("every action on every example leaves the teacher's tabs exactly as they were", () => {
  // 'Later' holds the same students, so the department check counts one class per section (SPEC 6c,
  // issue #16): a gradebook without sections is one class, and the check says so in plain words.
  const ONE_CLASS =
    'Could not finish: The department check needs two or more classes (found 1): ' +
    'one gradebook tab or file per class.';
  test.each([
    ['jit-pre-assessment.csv', []],
    ['weekly-quiz.csv', []],
    ['classroom-export.csv', [ONE_CLASS, ONE_CLASS]],
    ['messy-gradebook.csv', []],
    ['forms-quiz-responses.csv', [ONE_CLASS, ONE_CLASS]],
  ])('%s', (file, refused) => {
    const { gs, ss, services } = teacherBook(exampleGrid(file));
    ss._addSheet('Later', sheetValues(exampleGrid(file))); // a second assessment, so Progress has two
    const before = ss._sheets.map(snapshot);
    for (const action of [...ACTIONS, ...ACTIONS]) gs[action]();
    expect(ss._sheets.slice(0, 4).map(snapshot)).toEqual(before);
    expect(ss._toasts.filter((t) => t.startsWith('Could not finish'))).toEqual(refused);
    expect(services.unlockedWrites).toEqual([]);
    expect(ss._toasts).toHaveLength(ACTIONS.length * 2);
  });
});

describe('tabs', () => {
  test('Class Check, Groups and Student Gaps; a rerun rewrites only its own tabs', () => {
    const { gs, ss } = teacherBook();
    gs.menuClassCheck();
    gs.menuWriteGroupTabs();
    const names = ss._sheets.map((s) => s.getName());
    expect(names).toEqual(['Gradebook', 'Groups', 'Notes', 'Class Check', 'Groups (JIT)', 'Student Gaps']);
    gs.menuClassCheck();
    gs.menuWriteGroupTabs();
    expect(ss._sheets.map((s) => s.getName())).toEqual(names);
    expect(tab(ss, 'Groups')._cells[0][0].value).toBe('My own groups');

    const check = tab(ss, 'Class Check');
    const values = check._cells.map((row) => row.map((c) => c.value));
    expect(values[0].slice(0, 7)).toEqual([
      'Section',
      'Skill',
      'Roster',
      'With data',
      'Struggling',
      '% struggling',
      'Tier',
    ]);
    expect(values[4].slice(0, 7)).toEqual(['Period 2', 'One-step equations', 14, 14, 3, 3 / 14, 'Classroom']);
    expect(check._cells[4][5].numberFormat).toBe('0.0%');
    expect(values.some((r) => r[0] === 'Below the mastery cut')).toBe(true); // legend in words
    expect(check._charts).toHaveLength(1);
    expect(check._charts[0]._options.series).toEqual({ 1: { type: 'line' }, 2: { type: 'line' } });

    const groups = tab(ss, 'Groups (JIT)')._cells.map((row) => row.map((c) => c.value));
    expect(groups).toContainEqual([
      'Period 2',
      'Whole class',
      'step 1 · One-step equations',
      'Everyone (whole class)',
      // Carla, Gus and Nia missed Q1: 3 of 14 = 21.4%, over 20% (SPEC 5 wants the numbers said).
      '3 of 14 (21%) missed step 1, over the 20% limit: ' +
        'start the whole class at step 1 · One-step equations.',
    ]);
    // Every station line names its step by number and by skill (SPEC 5); Q1 is step 1, One-step equations.
    expect(groups).toContainEqual([
      'Period 2',
      'Teacher table',
      'step 1 · One-step equations',
      'Carla Chen',
      '',
    ]);
    // Peer coaching is on the last step: Q3, step 3, Distributive property.
    expect(groups).toContainEqual([
      'Period 5',
      'Peer coaching',
      'step 3 · Distributive property',
      'Tariq Tran',
      'Aiden Abbott',
    ]);
  });

  test('student names that look like formulas stay literal text', () => {
    const grid = csv(`
Student,Q1
Points,1
"=HYPERLINK(""http://x"",""y"")",1
+1-555,0
@mention,1
'quoted,0
`);
    const { gs, ss } = workbook({ Gradebook: sheetValues(grid) });
    gs.menuWriteGroupTabs();
    const names = tab(ss, 'Student Gaps')
      ._cells.slice(1)
      .map((row) => row[0]);
    expect(names.map((c) => c.value)).toEqual([
      '=HYPERLINK("http://x","y")',
      '+1-555',
      '@mention',
      "'quoted",
    ]);
    expect(names.every((c) => c.formula === undefined)).toBe(true);
  });
});

describe('progress over assessment tabs', () => {
  function quizBook() {
    const book = workbook({
      'Pre-assessment': sheetValues(exampleGrid('jit-pre-assessment.csv')),
      Notes: [['Parent calls'], ['Ana', 'Tuesday']],
      'Weekly quiz': sheetValues(exampleGrid('weekly-quiz.csv')),
      Progress: [['My own progress notes']],
    });
    return book;
  }
  const valuesOf = (sheet: FakeSheet) => sheet._cells.map((row) => row.map((c) => c.value));

  test('finds assessment tabs in tab order, writes Progress and a line chart; teacher tabs untouched', () => {
    const { gs, ss, services } = quizBook();
    const before = ss._sheets.map(snapshot);
    gs.menuProgress();
    expect(ss._toasts[0]).toBe(
      'Progress over 2 tabs (Pre-assessment → Weekly quiz) written to "Progress (JIT)".',
    );
    expect(ss._sheets.slice(0, 4).map(snapshot)).toEqual(before);
    expect(services.unlockedWrites).toEqual([]);
    const sheet = tab(ss, 'Progress (JIT)');
    const values = valuesOf(sheet);
    expect(values[0].slice(0, 9)).toEqual([
      'Section',
      'Skill',
      'Pre-assessment: with data',
      'Pre-assessment: struggling',
      'Pre-assessment: % struggling',
      'Weekly quiz: with data',
      'Weekly quiz: struggling',
      'Weekly quiz: % struggling',
      'Change in % struggling, first → latest',
    ]);
    expect(values[1].slice(0, 9)).toEqual([
      '(all)',
      'One-step equations',
      28,
      4,
      4 / 28,
      28,
      1,
      1 / 28,
      // 14.3% → 3.6%: -3/28 = -10.714…%, in percentage points, not "-10.7%" (a share of the first).
      'down 10.7 percentage points',
    ]);
    expect(sheet._cells[1][4].numberFormat).toBe('0.0%');
    expect(values).toContainEqual(
      expect.arrayContaining(['Period 5', 2, 'Two-step equations', 4, 1, 0.25, 0]),
    );
    // One row per student, a column per skill (SPEC 12). Carla Chen, pre Q1-Q3 = 0,0,0;
    // quiz Q1-Q5 = 1,1,1,0,0: one-step 0 → 1; two-step Q2 0 → (Q2 + Q3) 2/2; distributive Q3 0 → Q4 0;
    // both sides only in the quiz (Q5 0).
    const header = values.findIndex((row) => row[0] === 'Student' && row[1] === 'Section');
    expect(values[header].slice(0, 6)).toEqual([
      'Student',
      'Section',
      'One-step equations',
      'Two-step equations',
      'Distributive property',
      'Variables on both sides',
    ]);
    expect(values.find((row) => row[0] === 'Carla Chen')!.slice(0, 6)).toEqual([
      'Carla Chen',
      'Period 2',
      '0% → 100% (up 100 percentage points)',
      '0% → 100% (up 100 percentage points)',
      '0% → 0% (no change)',
      '– → 0%',
    ]);
    // Ana Alvarez: two-step Q2 1 → (Q2 1 + Q3 0) / 2 = 50%.
    expect(values.find((row) => row[0] === 'Ana Alvarez')![3]).toBe('100% → 50% (down 50 percentage points)');
    // The chart: one line per skill over the two assessments, percent axis.
    expect(sheet._charts).toHaveLength(1);
    const chart = sheet._charts[0];
    expect(chart._options).toMatchObject({
      seriesType: 'line',
      title: 'Percent struggling per skill over time',
    });
    const [range] = chart._ranges;
    const chartHeader = values[0].slice(values[0].indexOf('Assessment'));
    expect(chartHeader).toEqual([
      'Assessment',
      'One-step equations',
      'Two-step equations',
      'Distributive property',
      'Variables on both sides',
    ]);
    expect(values[2].slice(values[0].indexOf('Assessment'))).toEqual([
      'Weekly quiz',
      1 / 28,
      9 / 28,
      3 / 28,
      20 / 28,
    ]);
    expect(range).toMatch(/^[A-Z]+1:[A-Z]+3$/);

    gs.menuProgress(); // a rerun rewrites the same tab, one chart
    expect(ss._sheets.map((s) => s.getName())).toEqual([
      'Pre-assessment',
      'Notes',
      'Weekly quiz',
      'Progress',
      'Progress (JIT)',
    ]);
    expect(tab(ss, 'Progress (JIT)')._charts).toHaveLength(1);
    expect(tab(ss, 'Progress')._cells[0][0].value).toBe('My own progress notes');
  });

  test('one assessment tab: a plain message, nothing written', () => {
    const { gs, ss } = workbook({
      Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')),
      Notes: [['Parent calls']],
    });
    gs.menuProgress();
    expect(ss._toasts).toEqual([
      'Could not finish: Progress needs two or more assessment tabs (found 1): ' +
        'add the later quiz as its own tab, same students, skills named the same.',
    ]);
    expect(ss._sheets).toHaveLength(2);
  });

  test('the sidebar lists the tabs; the chosen ones are saved and used, first to latest in tab order', () => {
    const { gs, ss } = quizBook();
    ss._addSheet(
      'Old quiz',
      sheetValues(exampleGrid('weekly-quiz.csv')).map((row, r) =>
        r < 4 ? row : [row[0], row[1], 0, 0, 0, 0, 0],
      ),
    );
    expect(gs.sidebarState().tabs).toEqual([
      'Pre-assessment',
      'Notes',
      'Weekly quiz',
      'Progress',
      'Old quiz',
    ]);
    const result = gs.runSidebarProgress(['Old quiz', 'Pre-assessment']);
    expect(result.message).toContain('(Pre-assessment → Old quiz)');
    expect(result.state.saved.assessments).toEqual(['Old quiz', 'Pre-assessment']);
    expect(result.progress.assessments).toEqual(['Pre-assessment', 'Old quiz']);
    expect(result.progress.progress[0]).toMatchObject({
      section: '(all)',
      skill: 'One-step equations',
      counts: [
        { withData: 28, struggling: 4 },
        { withData: 28, struggling: 28 },
      ],
    });
    expect(result.progress.effectiveness[0]).toMatchObject({
      section: 'Period 2',
      step: 1,
      grouped: 3,
      nowMastered: 0,
    });
    gs.menuProgress(); // the menu uses the saved choice
    expect(ss._toasts.at(-1)).toContain('(Pre-assessment → Old quiz)');
    expect(() => gs.runSidebarProgress(['Pre-assessment'])).toThrow('Choose two or more assessment tabs');
    expect(() => gs.runSidebarProgress(['Pre-assessment', 'Gone'])).toThrow('No tab named "Gone"');
    // a failed choice is not saved
    expect(gs.sidebarState().saved.assessments).toEqual(['Old quiz', 'Pre-assessment']);
  });

  test('SPEC 6: ticked tabs of another class are warned about, on the tab and to the sidebar', () => {
    const { gs, ss } = quizBook();
    // Another class's quiz: the weekly quiz's first two students, then 26 students renamed.
    ss._addSheet(
      'Other class',
      sheetValues(exampleGrid('weekly-quiz.csv')).map((row, r) =>
        r < 6 ? row : [`Other ${r}`, ...row.slice(1)],
      ),
    );
    const result = gs.runSidebarProgress(['Pre-assessment', 'Other class']);
    // 2 of the pre-assessment's 28 students (Ana Alvarez, Ben Brooks) are in the other class's tab.
    const warning =
      'Only 2 of 28 students in "Pre-assessment" are also in "Other class": are these the same class?';
    expect(result.progress.warnings[0]).toBe(warning);
    expect(valuesOf(tab(ss, 'Progress (JIT)')).map((row) => row[0])).toContain(warning);
  });
});

describe('highlights', () => {
  test("rules are the add-on's own, on the score cells; clear removes exactly those", () => {
    const { gs, gradebook } = teacherBook();
    gs.menuHighlightGaps();
    const rules = gradebook._rules as unknown as {
      _formula: string;
      _ranges: string[];
      _background: string;
    }[];
    expect(rules[0]).toBe(teacherRule);
    const own = rules.slice(1);
    expect(own.map((r) => parseMarker(r._formula)?.kind)).toEqual(['below', 'noData', 'invalid']);
    expect(own[0]._ranges).toEqual(['C5:C32', 'D5:D32', 'E5:E32']);
    // Written for the first range's top-left cell, C5, in items of 1 point.
    expect(own[0]._formula).toContain('ISNUMBER(C5)');
    expect(own[0]._formula).toContain('C5/1<0.79999999999');
    gs.menuHighlightGaps();
    expect(gradebook._rules).toHaveLength(4);
    gs.menuClearHighlights();
    expect(gradebook._rules).toEqual([teacherRule]);
  });
});

describe('settings and template', () => {
  test('settings are stored in the spreadsheet and change the analysis', () => {
    const { gs, ss } = teacherBook();
    gs.saveSidebarSettings({ masteryCut: 0.8, lower: 0.05, upper: 0.25 });
    expect(ss._metadata.map((m) => m._key)).toEqual(['jit-intervention.settings']);
    const state = gs.sidebarState();
    expect(state.settings).toEqual({ masteryCut: 0.8, lower: 0.05, upper: 0.25 });
    // 3 of 14 = 21.4% < 25%
    expect(state.classCheck[3]).toMatchObject({ section: 'Period 2', tier: 'borderline' });
    expect(() => gs.saveSidebarSettings({ masteryCut: 3 })).toThrow('Mastery cut must be a fraction');
  });

  test('the template adds its tabs and touches no existing one', () => {
    const { gs, ss } = teacherBook();
    const before = ss._sheets.map(snapshot);
    gs.menuInsertTemplate();
    expect(ss._sheets.map((s) => s.getName())).toEqual([
      'Gradebook',
      'Groups',
      'Notes',
      'JIT Gradebook',
      'Skill Map',
      'How to (JIT)',
    ]);
    expect(ss._sheets.slice(0, 3).map(snapshot)).toEqual(before);
    expect(tab(ss, 'Skill Map')._cells[0].map((c) => c.value)).toEqual([
      'Item',
      'Skill',
      'Step',
      'Points',
      'Mastery cut',
    ]);
  });
});

describe('service calls do not grow with the roster', () => {
  function roster(n: number): unknown[][] {
    return [
      ['Student', 'Period', 'Q1', 'Q2', 'Q3'],
      ['Points possible', '', 1, 1, 1],
      ['Skill', '', 'A', 'B', 'C'],
      ['Step', '', 1, 2, 3],
      ...Array.from({ length: n }, (_, i) => [
        `Student ${i}`,
        `P${i % 3}`,
        i % 2,
        (i >> 1) % 2,
        i % 5 ? 1 : 0,
      ]),
    ];
  }
  function calls(n: number): Record<string, [number, number]> {
    const { gs, services } = workbook({ Gradebook: roster(n), Later: roster(n) });
    const out: Record<string, [number, number]> = {};
    // Twice each: the first run creates the tabs, the rerun rewrites them.
    for (const action of [
      'menuClassCheck',
      'menuWriteGroupTabs',
      'menuHighlightGaps',
      'menuClearHighlights',
      'sidebarState',
      'menuProgress',
      'menuClassCheck',
      'menuWriteGroupTabs',
      'menuProgress',
      'menuItemAnalysis',
      'menuItemAnalysis',
    ]) {
      services.counter.reset();
      gs[action]();
      out[action] = [services.counter.document, services.counter.total];
    }
    expect(services.ss._toasts.filter((t) => t.startsWith('Could not finish'))).toEqual([]);
    return out;
  }
  test('30 and 3,000 students make the same calls, few round trips each', () => {
    const small = calls(30);
    expect(calls(3000)).toEqual(small);
    for (const [document] of Object.values(small)) expect(document).toBeLessThanOrEqual(25);
  });
});
