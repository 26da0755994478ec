/**
 * Issue #13: what real Sheets does that the add-on must survive, each through the built bundle on
 * the faithful in-memory spreadsheet. Every test here failed on the adapters before the fix.
 */
import { SETTINGS_KEY } from '../src/sheets/metadata';
import type { FakeSheet } from '../src/fake/spreadsheet';
import { exampleGrid } from './helpers/examples';
import { sheetValues, workbook } from './helpers/sheets';

const YEAR = 2026;
const valuesOf = (sheet: FakeSheet) => sheet._cells.map((row) => row.map((c) => c.value));
const named = (ss: ReturnType<typeof workbook>['ss'], name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;

/** Student rows for a plain gradebook: one point per item, skills named per column. */
function gradebook(students: number, skills: string[]): unknown[][] {
  return [
    ['Student', ...skills.map((_, i) => `Q${i + 1}`)],
    ['Points possible', ...skills.map(() => 1)],
    ['Skill', ...skills],
    ...Array.from({ length: students }, (_, s) => [
      `Student ${s + 1}`,
      ...skills.map((_, i) => ((s + i) % 3 === 0 ? 0 : 1)),
    ]),
  ];
}

describe('a new tab is 1,000 rows × 26 columns: outputs larger than that grow it first', () => {
  test('Student Gaps for 1,100 students reaches the last student', () => {
    const { gs, ss } = workbook({ Gradebook: gradebook(1100, ['A']) });
    gs.menuWriteGroupTabs();
    expect(ss._toasts.at(-1)).toMatch(/^Groups written/);
    const gaps = named(ss, 'Student Gaps');
    expect(gaps.getMaxRows()).toBeGreaterThanOrEqual(1101);
    expect(gaps._cells[1100][0].value).toBe('Student 1100');
  });

  test('Student Gaps with 30 skills writes past column Z', () => {
    const skills = Array.from({ length: 30 }, (_, i) => `Skill ${i + 1}`);
    const { gs, ss } = workbook({ Gradebook: gradebook(3, skills) });
    gs.menuWriteGroupTabs();
    const header = valuesOf(named(ss, 'Student Gaps'))[0];
    // Student, Section, Entry step, Gaps, then 30 skills: 34 columns, AH.
    expect(header).toHaveLength(34);
    expect(header[33]).toBe('Skill 30');
  });

  test('a rerun grows a tab the first run left small', () => {
    const book = workbook({ Gradebook: gradebook(5, ['A']) });
    book.gs.menuWriteGroupTabs();
    book.ss._sheets[0]._cells.length = 0;
    gradebook(1200, ['A']).forEach((row, r) =>
      row.forEach((v, c) => {
        book.ss._sheets[0]._cell(r + 1, c + 1, true).value = v as string;
      }),
    );
    book.ss._sheets[0]._maxRows = 1300;
    book.gs.menuWriteGroupTabs();
    expect(named(book.ss, 'Student Gaps')._cells[1200][0].value).toBe('Student 1200');
  });
});

describe("insertSheet activates the new tab: the teacher's tab is given back", () => {
  test('after Class check the gradebook is active again and the next action reads it', () => {
    const { gs, ss } = workbook({
      Notes: [['Parent calls']],
      Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')),
    });
    ss._active = 1;
    gs.menuClassCheck();
    expect(ss.getActiveSheet().getName()).toBe('Gradebook');
    expect(gs.sidebarState().gradebook).toBe('Gradebook');
  });

  test('Insert template from the sidebar leaves the gradebook analysed, not the how-to tab', () => {
    const { gs } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    const { state } = gs.runSidebarAction('template');
    expect(state.gradebook).toBe('Gradebook');
    expect(state.students).toBe(28);
  });

  test('the template inserted twice adds nothing the second time', () => {
    const { gs, ss } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    gs.menuInsertTemplate();
    gs.menuInsertTemplate();
    expect(ss._sheets.map((s) => s.getName())).toEqual([
      'Gradebook',
      'JIT Gradebook',
      'Skill Map',
      'How to (JIT)',
    ]);
    expect(ss._toasts.at(-1)).toBe('The template is already in this spreadsheet.');
  });
});

test('tab names are unique regardless of case: a teacher\'s "groups" tab is left alone', () => {
  const { gs, ss } = workbook({
    Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')),
    groups: [['my groups']],
  });
  gs.menuWriteGroupTabs();
  expect(ss._sheets.map((s) => s.getName())).toEqual(['Gradebook', 'groups', 'Groups (JIT)', 'Student Gaps']);
  expect(valuesOf(named(ss, 'groups'))).toEqual([['my groups']]);
});

describe('typed 4/5 becomes a date in an en_US sheet', () => {
  const typedBook = () => {
    const { gs, ss, services } = workbook({});
    ss._year = YEAR;
    services.ss._typeSheet('Gradebook', [
      ['Student', 'Exit ticket', 'Quiz'],
      ['Points possible', '', '10'],
      ['Ana', '4/5', '8'],
      ['Ben', '3/5', '10'],
      ['Cy', '5/5', '7'],
    ]);
    return { gs, ss };
  };

  test('they are read as typed (4/5 = 80%), with one warning for the column', () => {
    const { gs } = typedBook();
    const state = gs.sidebarState();
    // Ana 4/5 = 0.8 (mastered), Ben 3/5 = 0.6, Cy 5/5 = 1: one of three below 80%.
    const exit = state.classCheck.find(
      (r: { skill: string; section: string }) => r.skill === 'Exit ticket' && r.section === '(all)',
    );
    expect(exit).toMatchObject({ withData: 3, struggling: 1 });
    const dated = state.warnings.filter((w: string) => w.includes('into dates'));
    expect(dated).toEqual([
      expect.stringContaining(
        '"Exit ticket" (column B): Sheets turned 3 typed scores into dates (B3, B4, B5)',
      ),
    ]);
    expect(state.warnings.some((w: string) => w.startsWith('Invalid score'))).toBe(false);
  });
});

test('every string the add-on writes stays the exact text (setValues parses strings)', () => {
  const names = ['TRUE', '007', '1/2', '50%', '9/12', '=HYPERLINK("http://x","y")', "'quoted", '+1-555'];
  const { gs, ss } = workbook({
    Gradebook: [['Student', 'Q1'], ['Points possible', 1], ['Skill', '1/2'], ...names.map((n) => [n, 0])],
  });
  gs.menuWriteGroupTabs();
  const gaps = named(ss, 'Student Gaps');
  const column = gaps._cells.slice(1).map((row) => row[0]);
  expect(column.map((c) => c.value)).toEqual(names);
  expect(column.every((c) => c.formula === undefined)).toBe(true);
  expect(gaps._cells[0][4].value).toBe('1/2'); // the skill's column header
  expect(gaps._cells[1][3].value).toBe('1/2'); // the gaps column
});

describe('read-modify-write under the document lock', () => {
  test('settings saved while Progress waits for the lock are kept', () => {
    const { gs, ss, services } = workbook({
      'Pre-assessment': sheetValues(exampleGrid('jit-pre-assessment.csv')),
      'Weekly quiz': sheetValues(exampleGrid('weekly-quiz.csv')),
    });
    services.beforeLock = () => gs.saveSidebarSettings({ masteryCut: 0.7 });
    gs.runSidebarProgress(['Pre-assessment', 'Weekly quiz']);
    const saved = JSON.parse(ss._metadata.find((m) => m.getKey() === SETTINGS_KEY)!.getValue());
    expect(saved).toEqual({ masteryCut: 0.7, assessments: ['Pre-assessment', 'Weekly quiz'] });
  });

  test('two first Class checks at once make one Class Check tab', () => {
    const { gs, ss, services } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    services.beforeLock = () => gs.menuClassCheck();
    gs.menuClassCheck();
    expect(ss._sheets.map((s) => s.getName())).toEqual(['Gradebook', 'Class Check']);
  });

  test('no action reads the document outside the lock', () => {
    const { gs, services } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    for (const action of [
      'menuClassCheck',
      'menuWriteGroupTabs',
      'menuHighlightGaps',
      'menuClearHighlights',
      'sidebarState',
    ])
      gs[action]();
    gs.saveSidebarSettings({ masteryCut: 0.75 });
    expect(services.unlockedReads).toEqual([]);
  });
});

describe('merged cells: Sheets gives the value to the top-left cell only', () => {
  test('a header merged across three columns names each of them', () => {
    const { gs, ss } = workbook({
      Gradebook: [
        ['Student', 'Unit quiz', '', ''],
        ['Points possible', 1, 1, 1],
        ['Ana', 1, 1, 0],
        ['Ben', 1, 1, 1],
      ],
    });
    ss._sheets[0]._merge('B1:D1');
    const state = gs.sidebarState();
    expect(state.items).toBe(3);
    // One skill named by the header, pooled over three items: Ana 2/3 < 80%, Ben 3/3.
    expect(state.classCheck[0]).toMatchObject({ skill: 'Unit quiz', withData: 2, struggling: 1 });
  });

  test('a section merged down the rows belongs to each row', () => {
    const { gs, ss } = workbook({
      Gradebook: [
        ['Student', 'Period', 'Q1'],
        ['Points possible', '', 1],
        ['Ana', 'P1', 1],
        ['Ben', '', 0],
        ['Cy', 'P2', 1],
        ['Di', '', 1],
      ],
    });
    ss._sheets[0]._merge('B3:B4');
    ss._sheets[0]._merge('B5:B6');
    const sections = gs
      .sidebarState()
      .classCheck.map((r: { section: string; roster: number }) => [r.section, r.roster]);
    expect(sections).toEqual([
      ['(all)', 4],
      ['P1', 2],
      ['P2', 2],
    ]);
  });
});

describe('settings changed outside the add-on', () => {
  test.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a field of the wrong shape', '{"masteryCut":"abc","correction":null,"upper":0.3}'],
  ])('%s: ignored with one warning, never a TypeError', (_, value) => {
    const { gs, ss } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    ss.addDeveloperMetadata(SETTINGS_KEY, value);
    const state = gs.sidebarState();
    expect(state.warnings.filter((w: string) => w.startsWith('The saved settings'))).toHaveLength(1);
    expect(state.settings.masteryCut).toBe(0.8);
  });

  test('the fields that are right are kept', () => {
    const { gs, ss } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
    ss.addDeveloperMetadata(SETTINGS_KEY, '{"masteryCut":"abc","upper":0.3}');
    expect(gs.sidebarState().settings).toEqual({ masteryCut: 0.8, lower: 0.1, upper: 0.3 });
  });
});

test('a gradebook typed into Sheets reads as its CSV does (the messy example)', () => {
  const grid = exampleGrid('messy-gradebook.csv');
  const fromCsv = workbook({ Gradebook: sheetValues(grid) }).gs.sidebarState();
  const typed = workbook({});
  typed.ss._year = YEAR;
  typed.ss._evaluate = (formula) => (formula.startsWith('=HYPERLINK') ? 'click' : '#NAME?');
  typed.ss._typeSheet(
    'Gradebook',
    grid.map((row) => row.map((v) => String(v ?? ''))),
  );
  const state = typed.gs.sidebarState();
  // `4/4` (F4) became a date, read back as typed; `80%` etc. became percents, read back as shown.
  expect(state.classCheck).toEqual(fromCsv.classCheck);
  expect(state.warnings.filter((w: string) => w.includes('into dates'))).toEqual([
    expect.stringContaining('"Exit ticket" (column F): Sheets turned 1 typed score into dates (F4)'),
  ]);
});

test('output numbers show as numbers: only percent cells get a number format', () => {
  const { gs, ss } = workbook({ Gradebook: sheetValues(exampleGrid('jit-pre-assessment.csv')) });
  gs.menuClassCheck();
  const check = named(ss, 'Class Check');
  const shown = check.getRange(5, 1, 1, 6).getDisplayValues()[0];
  // Period 2, One-step equations: 14 on the roster, 14 with data, 3 struggling = 21.4%.
  expect(shown).toEqual(['Period 2', 'One-step equations', '14', '14', '3', '21.4%']);
});

describe('audit follow-ups', () => {
  test('a teacher\'s "skill map" tab (any case) is the Skill Map, read and not inserted again', () => {
    const { gs, ss } = workbook({
      Gradebook: [
        ['Student', 'Q1', 'Q2'],
        ['Points possible', 1, 1],
        ['Ana', 1, 0],
        ['Ben', 1, 1],
      ],
      'skill map': [
        ['Item', 'Skill'],
        ['Q1', 'Fractions'],
        ['Q2', 'Fractions'],
      ],
    });
    // Q1 and Q2 pool into one skill: Ana 1/2 < 80%, Ben 2/2.
    expect(gs.sidebarState().classCheck).toEqual([
      expect.objectContaining({ skill: 'Fractions', withData: 2, struggling: 1 }),
    ]);
    gs.menuInsertTemplate();
    expect(ss._sheets.map((s) => s.getName())).toEqual([
      'Gradebook',
      'skill map',
      'JIT Gradebook',
      'How to (JIT)',
    ]);
  });

  test('a section merged down past the last student still holds for each student row', () => {
    const { gs, ss } = workbook({
      Gradebook: [
        ['Student', 'Period', 'Q1'],
        ['Points possible', '', 1],
        ['Ana', 'P1', 1],
        ['Ben', '', 0],
      ],
    });
    ss._sheets[0]._merge('B3:B12'); // merged over blank rows below the data
    const sections = gs
      .sidebarState()
      .classCheck.map((r: { section: string; roster: number }) => [r.section, r.roster]);
    expect(sections).toEqual([['(all)', 2]]); // one section, P1, holds both: no per-section rows
    expect(gs.sidebarState().stations).toEqual([]);
    gs.menuWriteGroupTabs();
    expect(
      valuesOf(named(ss, 'Student Gaps'))
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['P1', 'P1']);
  });

  test('the Class Check chart is anchored on the grid however long the tab', () => {
    const items = 1100; // one skill each: 1,100 class-check rows, past a new tab's 1,000
    const { gs, ss } = workbook({
      Gradebook: [
        ['Student', ...Array.from({ length: items }, (_, i) => `Q${i + 1}`)],
        ['Points possible', ...Array(items).fill(1)],
        ['Ana', ...Array(items).fill(1)],
      ],
    });
    gs.menuClassCheck();
    const check = named(ss, 'Class Check');
    const [row] = check._charts[0]._options.position as [number, number];
    expect(row).toBeGreaterThan(1100);
    expect(row).toBeLessThanOrEqual(check.getMaxRows());
  });
});
