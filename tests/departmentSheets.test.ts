/** The department check inside Sheets: the built bundle over the in-memory spreadsheet. */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/cli/csv';
import type { FakeSheet } from '../src/fake/spreadsheet';
import { EXPECTED_SKILLS, FIXTURES, fixturePath } from './helpers/department';
import { snapshot, workbook } from './helpers/sheets';

const typed = (name: string) =>
  parseCsv(readFileSync(fixturePath(name), 'utf8'), name).grid.map((row) => row.map((v) => String(v ?? '')));

/** The four class fixtures as tabs, imported as Sheets imports a CSV (typed), and a notes tab. */
function department(extra: Record<string, unknown[][]> = {}) {
  const book = workbook(extra);
  for (const name of FIXTURES) book.ss._typeSheet(name, typed(name));
  book.ss._addSheet('Notes', [['Parent calls'], ['Tuesday', '3pm']]);
  return book;
}
const tab = (ss: { _sheets: FakeSheet[] }, name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;
const valuesOf = (sheet: FakeSheet) => sheet._cells.map((row) => row.map((c) => c.value));
const WORD = { system: 'System', 'system-data': 'System (data)', classes: 'Each class' } as const;

test("the menu writes a Department Check tab: hand-worked verdicts first, each class's cell after", () => {
  const { gs, ss } = department();
  gs.menuDepartmentCheck();
  expect(ss._toasts).toEqual([
    'Department check of 5 classes written to "Department Check". ' +
      'System level (most classes at classroom level): One-step equations. ' +
      'Too little data in most classes: Two-step equations. 1 tab not read as classes is listed there.',
  ]);
  const values = valuesOf(tab(ss, 'Department Check'));
  expect(values[0].slice(0, 14)).toEqual([
    'Verdict',
    'Skill',
    'Classes',
    'Classroom',
    'Borderline',
    'Student',
    'None',
    'No data',
    'Low data',
    'alg1-hill',
    'alg1-ortiz · P2',
    'alg1-ortiz · P4',
    'alg1-nguyen',
    'alg1-baker',
  ]);
  // The same verdicts and counts as the CLI's (tests/helpers/department.ts, worked by hand).
  expect(values.slice(1, 5).map((r) => r.slice(0, 9))).toEqual(
    EXPECTED_SKILLS.map((s) => [
      WORD[s.verdict as keyof typeof WORD],
      s.skill,
      s.classes,
      s.classroom,
      s.borderline,
      s.student,
      s.none,
      s.noData,
      s.lowData,
    ]),
  );
  // Two-step in ortiz P2: all blank; in baker: 5 of 10 with data, none struggling.
  expect(values[2].slice(9, 14)).toEqual([
    'None · 0%',
    'No data',
    'None · 0% · low data',
    'None · 0%',
    'None · 0% · low data',
  ]);
  expect(values[3][12]).toBe('Not assessed'); // nguyen has no Slope
});

test('the tab lists rosters, data coverage, the one-class skill and the skipped tab with its reason', () => {
  const { gs, ss } = department();
  gs.menuDepartmentCheck();
  const sheet = tab(ss, 'Department Check');
  const values = valuesOf(sheet);
  const at = values.findIndex((r) => r[0] === 'Class' && r[1] === 'Tab');
  // Coverage over skills × students: ortiz P2 has Q1 and Q3 for all 6, Q2 for none: 12 of 18.
  expect(values.slice(at + 1, at + 6).map((r) => r.slice(0, 5))).toEqual([
    ['alg1-hill', 'alg1-hill', '', 10, 1],
    ['alg1-ortiz · P2', 'alg1-ortiz', 'P2', 6, 12 / 18],
    ['alg1-ortiz · P4', 'alg1-ortiz', 'P4', 6, 15 / 18],
    ['alg1-nguyen', 'alg1-nguyen', '', 10, 1],
    ['alg1-baker', 'alg1-baker', '', 10, 20 / 30],
  ]);
  expect(sheet._cells[at + 2][4].numberFormat).toBe('0.0%');
  expect(values).toContainEqual(expect.arrayContaining(['Exponents', 'alg1-nguyen']));
  const skipped = values.findIndex((r) => r[0] === 'Tabs not read as classes');
  expect(values[skipped + 1].slice(0, 2)).toEqual(['Notes', expect.stringContaining('No student column')]);
  expect(values).toContainEqual(
    expect.arrayContaining(['Same settings for every class: mastery cut 80%, band 10%–20%.']),
  );
});

test('a chart of classroom-level classes per skill against half the classes with data', () => {
  const { gs, ss } = department();
  gs.menuDepartmentCheck();
  const sheet = tab(ss, 'Department Check');
  expect(sheet._charts).toHaveLength(1);
  const chart = sheet._charts[0];
  expect(chart._options.title).toBe('Classes at classroom level per skill');
  expect(chart._options.vAxis).toEqual({ format: '0', minValue: 0 });
  expect(chart._options.series).toEqual({ 1: { type: 'line' } });
  const values = valuesOf(sheet);
  const column = values[0].indexOf('Classes at classroom level');
  // One-step: 3 classroom, 5 with data (half 2.5); two-step 0 of 4 with data; slope 1 of 4; exponents 1 of 1.
  expect(values.slice(1, 5).map((r) => r.slice(column - 1, column + 2))).toEqual([
    ['One-step equations', 3, 2.5],
    ['Two-step equations', 0, 2],
    ['Slope', 1, 2],
    ['Exponents', 1, 0.5],
  ]);
});

test("tier colours with words; the teacher's tabs untouched, their tab active again", () => {
  const { gs, ss, services } = department();
  ss.setActiveSheet(tab(ss, 'alg1-nguyen'));
  const before = ss._sheets.map(snapshot);
  gs.menuDepartmentCheck();
  gs.menuDepartmentCheck(); // a rerun rewrites its own tab, which is never a class
  expect(ss._sheets.slice(0, 5).map(snapshot)).toEqual(before);
  expect(ss._sheets.map((s) => s.getName())).toEqual([...FIXTURES, 'Notes', 'Department Check']);
  expect(ss.getActiveSheet().getName()).toBe('alg1-nguyen');
  expect(ss._toasts[1]).toBe(ss._toasts[0]);
  expect(services.unlockedWrites).toEqual([]);
  const cells = tab(ss, 'Department Check')._cells;
  // The classroom tier's purple, never the highlights' pink for "below the cut" (SPEC 7).
  expect([cells[1][0].value, cells[1][0].background]).toEqual(['System', '#d9d2e9']);
  expect([cells[1][9].value, cells[1][9].background]).toEqual(['Classroom · 30%', '#d9d2e9']);
});

test("the template's tabs are never classes; its empty gradebook is skipped with the reason", () => {
  const { gs, ss } = department();
  gs.menuInsertTemplate();
  gs.menuDepartmentCheck();
  const values = valuesOf(tab(ss, 'Department Check'));
  const skipped = values.findIndex((r) => r[0] === 'Tabs not read as classes');
  expect(values.slice(skipped + 1).map((r) => r.slice(0, 2))).toEqual([
    ['Notes', expect.stringContaining('No student column')],
    ['JIT Gradebook', 'No students yet: a class needs a row per student.'],
  ]);
  expect(values[0]).not.toContain('Skill Map');
});

test('two classes of the same name are told apart by their tab', () => {
  const rows = (section: string, names: [string, string]) => [
    ['Student', 'Period', 'Q1'],
    ['Points possible', '', 1],
    ['Skill', '', 'Ratios'],
    [names[0], section, 1],
    [names[1], section === 'P1' ? 'P2' : section, 0],
  ];
  // Tab "Algebra" has sections P1 and P2: classes "Algebra · P1" and "Algebra · P2"; a tab named
  // "Algebra · P1" (one section, other students) is a class of that same name.
  const { gs, ss } = workbook({
    Algebra: rows('P1', ['Ana', 'Ben']),
    'Algebra · P1': rows('P3', ['Cy', 'Dee']),
  });
  const { department: d } = gs.runSidebarDepartment();
  expect(d.classes.map((c: { class: string }) => c.class)).toEqual([
    'Algebra · P1 (Algebra)',
    'Algebra · P2',
    'Algebra · P1 (Algebra · P1)',
  ]);
  expect(ss._toasts).toEqual([]);
});

test('no skill shared by two classes: one plain line, nothing written', () => {
  const one = (skill: string, student: string) => [
    ['Student', 'Q1'],
    ['Points possible', 1],
    ['Skill', skill],
    [student, 1],
  ];
  const { gs, ss } = workbook({ A: one('Ratios', 'Ana'), B: one('Slopes', 'Ben') });
  gs.menuDepartmentCheck();
  expect(ss._toasts).toEqual([
    'Could not finish: No skill is assessed in more than one class (2 skills in 2 classes): ' +
      'name each skill the same way in every gradebook (case and spacing do not matter).',
  ]);
  expect(ss._sheets.map((s) => s.getName())).toEqual(['A', 'B']);
});

test("the sidebar gets the verdicts as plain data, the same as the tab's", () => {
  const { gs } = department();
  const { message, department: d } = gs.runSidebarDepartment();
  expect(message).toMatch(/^Department check of 5 classes written to "Department Check"\./);
  expect(d.skills.map((s: { skill: string; verdict: string }) => [s.skill, s.verdict])).toEqual(
    EXPECTED_SKILLS.map((s) => [s.skill, s.verdict]),
  );
  expect(d.single).toEqual(['Exponents']);
  expect(d.skipped).toEqual([{ tab: 'Notes', reason: expect.stringContaining('No student column') }]);
});

describe('service calls: a fixed number per tab, never per student', () => {
  function roster(n: number, skill: string): unknown[][] {
    const rows: unknown[][] = [
      ['Student', 'Period', 'Q1', 'Q2'],
      ['Points possible', '', 1, 1],
      ['Skill', '', skill, 'Ratios'],
    ];
    for (let i = 0; i < n; i++) rows.push([`Student ${i}`, `P${i % 3}`, i % 2, (i >> 1) % 2]);
    return rows;
  }
  /** Document calls of a first run and a rerun over `tabs` class tabs of `n` students each. */
  function calls(tabs: number, n: number): [number, number] {
    const grid: Record<string, unknown[][]> = {};
    for (let t = 0; t < tabs; t++) grid[`Class ${t}`] = roster(n, `Skill ${t % 2}`);
    const { gs, services, ss } = workbook(grid);
    const out: number[] = [];
    for (let run = 0; run < 2; run++) {
      services.counter.reset();
      gs.menuDepartmentCheck();
      out.push(services.counter.document);
    }
    expect(ss._toasts.filter((t) => t.startsWith('Could not finish'))).toEqual([]);
    return [out[0], out[1]];
  }

  test('30 and 3,000 students per tab make the same calls, first run and rerun', () => {
    expect(calls(3, 3000)).toEqual(calls(3, 30));
  });

  test('each further tab adds the same number of calls', () => {
    const [two, three, four] = [2, 3, 4].map((t) => calls(t, 30));
    expect(four[0] - three[0]).toBe(three[0] - two[0]);
    expect(four[1] - three[1]).toBe(three[1] - two[1]);
    // Per tab: getValues, getDisplayValues and getMergedRanges of its data range.
    expect(three[0] - two[0]).toBe(3);
  });
});

test('a tab whose Mastery cut row says 70% is checked at 70%, and the tab says the settings differ', () => {
  const rows = (cut: string | null, names: [string, string]) => {
    const grid: unknown[][] = [
      ['Student', 'Q1'],
      ['Points possible', 4],
      ['Skill', 'Ratios'],
    ];
    if (cut) grid.push(['Mastery cut', cut]);
    // 3 of 4 = 75%: struggling at 80%, mastered at 70%.
    grid.push([names[0], 3], [names[1], 4]);
    return grid;
  };
  const { gs, ss } = workbook({ A: rows(null, ['Ana', 'Ben']), B: rows('70%', ['Cy', 'Dee']) });
  gs.menuDepartmentCheck();
  const values = valuesOf(tab(ss, 'Department Check'));
  // A: 1 of 2 struggling = 50% classroom; B: none.
  expect(values[1].slice(9, 11)).toEqual(['Classroom · 50%', 'None · 0%']);
  expect(values).toContainEqual(
    expect.arrayContaining([
      'Settings differ between gradebooks; each class was checked with its own: ' +
        'A: mastery cut 80%, band 10%–20%; B: mastery cut 70%, band 10%–20%.',
    ]),
  );
});
