/**
 * The add-on as Apps Script receives it (SPEC 12, issue #13): exactly the files the real
 * `clasp status` says `clasp push` would send, every script file run together in one global scope
 * in push order, then each entry point called over the example gradebook in the in-memory
 * spreadsheet. Expected values are worked out by hand from jit-pre-assessment.csv:
 *   Q1 one-step (step 1) missed by Carla, Gus, Nia (Period 2) and Uma (Period 5): 4 of 28;
 *   Q2 two-step (step 2) missed by Carla, Gus, Ivan, Nia, Pia, Rosa, Vic, Bea: 8 of 28;
 *   Q3 distributive (step 3) blank for Femi, missed by Ana, Carla, Gus, Ivan, Marco, Nia, Pia,
 *   Rosa, Tariq, Uma, Vic, Wes, Yara, Bea: 14 of 27. Every item is worth 1 point, cut 80%.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FakeHtmlOutput, FakeServices, type FakeSheet, sheetValues } from '../src/fake/spreadsheet';
import { projectOver, runProject } from './helpers/appsScript';
import { type PushedFile, pushedFiles, ROOT } from './helpers/clasp';
import { customFunctionNames } from './helpers/customFunctions';
import { exampleGrid } from './helpers/examples';

const ONE = 'One-step equations';
const TWO = 'Two-step equations';
const DIST = 'Distributive property';

const files = pushedFiles();
const code = files.find((f) => f.name === 'Code')?.source ?? '';
const pre = () => sheetValues(exampleGrid('jit-pre-assessment.csv'));

/** The same class a week later: Carla, Gus and Nia now get Q1 right; nothing else changes. */
function retake(): unknown[][] {
  const grid = pre();
  for (const row of [6, 10, 17]) grid[row][2] = 1; // Carla Chen, Gus Garcia, Nia Nguyen
  return grid;
}

const teacherBook = () => projectOver(files, { Gradebook: pre() });
const twoAssessments = () => projectOver(files, { 'Pre-assessment': pre(), Retake: retake() });
const tab = (ss: { _sheets: FakeSheet[] }, name: string) =>
  ss._sheets.find((s) => s.getName() === name) as FakeSheet;
const valuesOf = (sheet: FakeSheet) => sheet._cells.map((row) => row.map((c) => c.value));
/** The tab a toast says was written: `... written to "NAME"`. */
const writtenTab = (toast: string) => /written to "([^"]+)"/.exec(toast)?.[1] ?? '';

/**
 * Cells of the example as Sheets passes a range to a custom function
 * (rows and columns 1-based, inclusive).
 */
function range(grid: unknown[][], rows: [number, number], cols: [number, number]): unknown[][] {
  return grid.slice(rows[0] - 1, rows[1]).map((row) => row.slice(cols[0] - 1, cols[1]).map((v) => v ?? ''));
}
const C = 3;
const E = 5;
const scores = range(pre(), [5, 32], [C, E]); // C5:E32, 28 students
const points = range(pre(), [2, 2], [C, E]); // C2:E2
const skills = range(pre(), [3, 3], [C, E]); // C3:E3
const steps = range(pre(), [4, 4], [C, E]); // C4:E4

describe('what clasp pushes', () => {
  test('clasp status lists exactly Code.js, Sidebar.html and appsscript.json', () => {
    expect(files.map((f) => f.localPath).sort()).toEqual([
      'dist/gas/Code.js',
      'dist/gas/Sidebar.html',
      'dist/gas/appsscript.json',
    ]);
  });

  test('no pushed script calls require: nothing built for Node reaches Apps Script', () => {
    const scripts = files.filter((f) => f.type === 'SERVER_JS');
    expect(scripts.map((f) => f.name)).toEqual(['Code']);
    expect(scripts.filter((f) => /\brequire\s*\(/.test(f.source))).toEqual([]);
  });

  test('the manifest asks for exactly the two scopes of SPEC 12', () => {
    const manifest = JSON.parse(files.find((f) => f.type === 'JSON')?.source ?? '{}');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  test('the manifest asks for the V8 runtime the script is built for', () => {
    expect(JSON.parse(files.find((f) => f.type === 'JSON')?.source ?? '{}').runtimeVersion).toBe('V8');
  });

  test('every HTML file the script opens by name is pushed', () => {
    const opened = [...code.matchAll(/createHtmlOutputFromFile\(\s*["']([^"']+)["']\s*\)/g)].map(
      ([, name]) => name,
    );
    expect(opened).toContain('Sidebar');
    const html = files.filter((f) => f.type === 'HTML').map((f) => f.name);
    expect(opened.filter((name) => !html.includes(name))).toEqual([]);
  });
});

describe('a Node bundle pushed beside Code.js (rootDir "dist", the layout before)', () => {
  // The old layout: the Apps Script files and the Node bundles side by side in one rootDir, no .claspignore.
  let project: string;
  let old: PushedFile[];
  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'jit-old-layout-'));
    writeFileSync(
      path.join(project, '.clasp.json'),
      JSON.stringify({ scriptId: 'old-layout', rootDir: 'dist' }),
    );
    mkdirSync(path.join(project, 'dist'));
    for (const folder of ['gas', 'node']) {
      for (const file of readdirSync(path.join(ROOT, 'dist', folder)))
        cpSync(path.join(ROOT, 'dist', folder, file), path.join(project, 'dist', file));
    }
    old = pushedFiles(project);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  test('clasp would push the Node bundles too', () => {
    expect(
      old
        .filter((f) => f.type === 'SERVER_JS')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['Code', 'bench', 'cli', 'preview']);
  });

  test('loading that set as Apps Script does stops before any function runs: require is not defined', () => {
    expect(() => runProject(old, new FakeServices().globals())).toThrow(
      expect.objectContaining({ name: 'ReferenceError', message: 'require is not defined' }),
    );
  });
});

describe('triggers and the menu', () => {
  test('onOpen adds the add-on menu of the README, each item a function of the pushed script', () => {
    const { gs, services } = teacherBook();
    gs.onOpen({ authMode: 'NONE' });
    const items = services.ui._menus[0].filter(([caption]) => caption !== '---');
    expect(items.map(([caption]) => caption)).toEqual([
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
    expect(items.filter(([, fn]) => typeof gs[fn] !== 'function')).toEqual([]);
  });

  test('onInstall adds the same menu, so a teacher can use the add-on right after installing it', () => {
    const opened = teacherBook();
    opened.gs.onOpen({ authMode: 'NONE' });
    const installed = teacherBook();
    installed.gs.onInstall({ authMode: 'FULL' });
    expect(installed.services.ui._menus).toEqual(opened.services.ui._menus);
  });
});

type Book = ReturnType<typeof teacherBook>;
/** What a teacher sees after each menu item on the example gradebook; each returns the book it used. */
const MENU_EXPECTATIONS: Record<string, () => Book> = {
  showSidebar: () => {
    const book = teacherBook();
    const { gs, services } = book;
    gs.showSidebar();
    const [sidebar] = services.ui._sidebars as FakeHtmlOutput[];
    expect(sidebar.content).toBe(files.find((f) => f.name === 'Sidebar')?.source);
    expect(sidebar.title).toBe('JIT Intervention');
    return book;
  },
  showHelp: () => {
    const book = teacherBook();
    const { gs, services } = book;
    gs.showHelp();
    expect(services.ui._dialogs).toHaveLength(1);
    expect((services.ui._dialogs[0] as FakeHtmlOutput).content).toMatch(
      /Class check[\s\S]*Write group tabs[\s\S]*Highlight gaps/,
    );
    return book;
  },
  menuHighlightGaps: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuHighlightGaps();
    expect(ss._toasts).toEqual([expect.stringMatching(/^Highlighted gaps on "Gradebook"/)]);
    // SPEC 7: below the cut, no data and invalid, each its own colour.
    const colours = new Set(
      tab(ss, 'Gradebook')._rules.map((r) => (r as unknown as { _background: string })._background),
    );
    expect(colours.size).toBe(3);
    return book;
  },
  menuClearHighlights: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuHighlightGaps();
    gs.menuClearHighlights();
    expect(ss._toasts[1]).toMatch(/^Removed the add-on's \d+ highlight rules from "Gradebook"\.$/);
    expect(tab(ss, 'Gradebook')._rules).toEqual([]);
    return book;
  },
  menuClassCheck: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuClassCheck();
    const rows = valuesOf(tab(ss, writtenTab(ss._toasts[0]))).map((r) => r.slice(0, 7));
    expect(rows.slice(0, 10)).toEqual([
      ['Section', 'Skill', 'Roster', 'With data', 'Struggling', '% struggling', 'Tier'],
      ['(all)', ONE, 28, 28, 4, 4 / 28, 'Borderline'], // 14% is between 10% and 20%
      ['(all)', TWO, 28, 28, 8, 8 / 28, 'Classroom'],
      ['(all)', DIST, 28, 27, 14, 14 / 27, 'Classroom'], // Femi's blank is no data
      ['Period 2', ONE, 14, 14, 3, 3 / 14, 'Classroom'],
      ['Period 2', TWO, 14, 14, 4, 4 / 14, 'Classroom'],
      ['Period 2', DIST, 14, 13, 6, 6 / 13, 'Classroom'],
      ['Period 5', ONE, 14, 14, 1, 1 / 14, 'Student'], // Uma alone: 7%
      ['Period 5', TWO, 14, 14, 4, 4 / 14, 'Classroom'],
      ['Period 5', DIST, 14, 14, 8, 8 / 14, 'Classroom'],
    ]);
    return book;
  },
  menuWriteGroupTabs: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuWriteGroupTabs();
    expect(ss._toasts).toEqual(['Groups written to "Groups" and "Student Gaps".']);
    const groups = valuesOf(tab(ss, 'Groups'));
    // Each step by number and by skill (SPEC 5): Q1 is step 1 (one-step), Q2 step 2 (two-step).
    const [S1, S2] = [`step 1 · ${ONE}`, `step 2 · ${TWO}`];
    // Period 2: 3 of 14 missed step 1, over 20%, so the whole class starts there.
    expect(groups.filter((r) => r[1] === 'Whole class').map((r) => r.slice(0, 4))).toEqual([
      ['Period 2', 'Whole class', S1, 'Everyone (whole class)'],
    ]);
    expect(groups.filter((r) => r[1] === 'Teacher table').map((r) => r.slice(0, 4))).toEqual([
      ['Period 2', 'Teacher table', S1, 'Carla Chen'],
      ['Period 2', 'Teacher table', S1, 'Gus Garcia'],
      ['Period 2', 'Teacher table', S1, 'Nia Nguyen'],
      ['Period 2', 'Teacher table', S2, 'Ivan Ito'],
      ['Period 5', 'Teacher table', S1, 'Uma Usman'],
      ['Period 5', 'Teacher table', S2, 'Pia Patel'],
      ['Period 5', 'Teacher table', S2, 'Rosa Reyes'],
      ['Period 5', 'Teacher table', S2, 'Vic Vega'],
      ['Period 5', 'Teacher table', S2, 'Bea Baker'],
    ]);
    // Entry step 3, the last step: peer coached.
    expect(groups.filter((r) => r[1] === 'Peer coaching').map((r) => r[3])).toEqual([
      'Ana Alvarez',
      'Marco Martin',
      'Tariq Tran',
      'Wes Wong',
      'Yara Young',
    ]);
    const ivan = valuesOf(tab(ss, 'Student Gaps')).find((r) => r[0] === 'Ivan Ito');
    expect(ivan?.slice(0, 4)).toEqual(['Ivan Ito', 'Period 2', S2, `${TWO}, ${DIST}`]);
    return book;
  },
  menuProgress: () => {
    const book = twoAssessments();
    const { gs, ss } = book;
    gs.menuProgress();
    const progressToast = /^Progress over 2 tabs \(Pre-assessment → Retake\) written to "[^"]+"\.$/;
    expect(ss._toasts[0]).toMatch(progressToast);
    const rows = valuesOf(tab(ss, writtenTab(ss._toasts[0])));
    const row = (skill: string) => rows.find((r) => r[0] === '(all)' && r[1] === skill)?.slice(2, 8);
    // With data, struggling and % struggling in each tab. One-step: 4 of 28 before, only Uma after.
    expect(row(ONE)).toEqual([28, 4, 4 / 28, 28, 1, 1 / 28]);
    expect(row(TWO)).toEqual([28, 8, 8 / 28, 28, 8, 8 / 28]);
    return book;
  },
  menuDepartmentCheck: () => {
    const book = twoAssessments();
    const { gs, ss } = book;
    gs.menuDepartmentCheck();
    // The retake is the same students: two classes (Period 2 and Period 5), each counted once from
    // the Retake tab (SPEC 6c, issue #16). One-step: Retake P2 none (Carla, Gus, Nia fixed), P5 Uma
    // 1/14 student: 0 of 2 classroom, classes. Two-step 4/14 in each period and distributive 6/13 (P2)
    // and 8/14 (P5): classroom in both, system.
    expect(ss._toasts).toEqual([
      'Department check of 2 classes written to "Department Check". ' +
        `System level (most classes at classroom level): ${TWO}, ${DIST}. ` +
        'Same students on two tabs, counted once from the latest: ' +
        'Pre-assessment · Period 2 → Retake · Period 2; Pre-assessment · Period 5 → Retake · Period 5.',
    ]);
    const rows = valuesOf(tab(ss, 'Department Check'));
    expect(rows.slice(1, 4).map((r) => r.slice(0, 4))).toEqual([
      ['Each class', ONE, 2, 0],
      ['System', TWO, 2, 2],
      ['System', DIST, 2, 2],
    ]);
    expect(rows[0].slice(9, 12)).toEqual(['Retake · Period 2', 'Retake · Period 5', '']);
    return book;
  },
  menuItemAnalysis: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuItemAnalysis();
    expect(ss._toasts).toEqual(['Item analysis written to "Item Analysis".']);
    const sheet = tab(ss, 'Item Analysis');
    const isFigure = (r: unknown[]) => typeof r[1] === 'number' && String(r[0]).startsWith('Q');
    const figures = valuesOf(sheet)
      .filter(isFigure)
      .map((r) => r.slice(0, 4));
    // Difficulty = share right (0/1 items): 24/28, 20/28, 13/27 (the class check's struggling counts).
    // Discrimination, g = ⌈0.27·28⌉ = 8 (⌈0.27·27⌉ = 8 for Q3). Q1: upper Ben…Lena (rest 1)
    // all right; lower the rest-0 students Carla, Gus, Ivan, Nia, Pia, Rosa, Vic, Bea, 5 right: 1 - 5/8.
    // Q2: upper 8/8; lower Carla, Gus, Nia, Uma (rest 0), Ana, Ivan, Marco, Pia (.5), 3 right: 5/8.
    // Q3: upper Ana…Lena 7/8, lower 0/8.
    expect(figures).toEqual([
      ['Q1: x + 5 = 14', 28, 24 / 28, 3 / 8],
      ['Q2: 2x - 10 = -18', 28, 20 / 28, 5 / 8],
      ['Q3: 5(x - 7) = 21', 27, 13 / 27, 7 / 8],
    ]);
    expect(sheet._charts.map((c) => c._options.type)).toEqual(['combo']);
    return book;
  },
  menuInsertTemplate: () => {
    const book = teacherBook();
    const { gs, ss } = book;
    gs.menuInsertTemplate();
    expect(ss._toasts[0]).toMatch(/^Template inserted: .*Skill Map/);
    expect(tab(ss, 'Skill Map')).toBeDefined();
    expect(valuesOf(tab(ss, 'Gradebook'))).toEqual(pre()); // the teacher's tab is untouched
    return book;
  },
};

const menuFunctions = (() => {
  const { gs, services } = teacherBook();
  gs.onOpen({ authMode: 'NONE' });
  return services.ui._menus[0].map(([, fn]) => fn).filter((fn) => fn !== '');
})();

describe('every menu item on the example gradebook', () => {
  test.each(menuFunctions)('%s', (fn) => {
    const expectation = MENU_EXPECTATIONS[fn];
    expect(expectation).toBeDefined(); // a new menu item needs its hand-worked expectation here
    const book = expectation();
    expect(book.ss._toasts.filter((t) => t.startsWith('Could not finish'))).toEqual([]);
  });
});

describe("the sidebar's server functions", () => {
  test('sidebarState reads the example: 28 students, 3 items, the class check', () => {
    const state = teacherBook().gs.sidebarState();
    expect([state.gradebook, state.students, state.items]).toEqual(['Gradebook', 28, 3]);
    expect(
      state.classCheck
        .filter((r: { section: string }) => r.section === '(all)')
        .map((r: Record<string, unknown>) => [r.skill, r.struggling, r.withData, r.tier]),
    ).toEqual([
      [ONE, 4, 28, 'borderline'],
      [TWO, 8, 28, 'classroom'],
      [DIST, 14, 27, 'classroom'],
    ]);
  });

  test('runSidebarAction writes the groups and returns the message with the fresh state', () => {
    const { gs, ss } = teacherBook();
    const { message, state } = gs.runSidebarAction('groups');
    expect(message).toBe('Groups written to "Groups" and "Student Gaps".');
    expect(state.students).toBe(28);
    expect(ss._sheets.map((s) => s.getName())).toEqual(['Gradebook', 'Groups', 'Student Gaps']);
  });

  test('saveSidebarSettings keeps an upper limit of 30%: two-step (29%) is then borderline', () => {
    const { gs } = teacherBook();
    const { message, state } = gs.saveSidebarSettings({ upper: 0.3 });
    expect(message).toBe('Settings saved with this spreadsheet.');
    expect(
      state.classCheck.find(
        (r: { section: string; skill: string }) => r.section === '(all)' && r.skill === TWO,
      ).tier,
    ).toBe('borderline');
    expect(gs.sidebarState().settings.upper).toBe(0.3); // read back from the spreadsheet
  });

  test('runSidebarProgress over the ticked tabs: one-step struggling falls from 4 to 1', () => {
    const { gs } = twoAssessments();
    const { progress } = gs.runSidebarProgress(['Pre-assessment', 'Retake']);
    expect(progress.assessments).toEqual(['Pre-assessment', 'Retake']);
    const oneStep = progress.progress.find(
      (r: { section: string; skill: string }) => r.section === '(all)' && r.skill === ONE,
    );
    expect(oneStep.counts).toEqual([
      { withData: 28, struggling: 4 },
      { withData: 28, struggling: 1 },
    ]);
  });
});

/** Each custom function typed over the example's ranges, and what the cell shows. */
const FUNCTION_EXPECTATIONS: Record<string, (gs: Record<string, (...args: unknown[]) => unknown>) => void> = {
  // =ITEM_STATS(C5:E32, C2:E2): the figures of menuItemAnalysis above (worked there);
  // 28 and 27 students: hints.
  ITEM_STATS: (gs) => {
    const [difficulty, discrimination, , flags] = gs.ITEM_STATS(scores, points) as unknown[][];
    const hint = (n: number) => `hint: only ${n} students`;
    expect([difficulty, discrimination, flags]).toEqual([
      [24 / 28, 20 / 28, 13 / 27],
      [3 / 8, 5 / 8, 7 / 8],
      [hint(28), hint(28), hint(27)],
    ]);
  },
  // =MISCONCEPTION(C1, …) over the header "Q1: x + 5 = 14" (x = 9): 19 moved the 5 without changing
  // its sign, -9 has the wrong sign, 10 matches no slip, a blank stays blank.
  MISCONCEPTION: (gs) => {
    const answers = [[19], ['x = 9'], ['-9'], [10], ['']];
    expect(gs.MISCONCEPTION(range(pre(), [1, 1], [C, C]), answers)).toEqual([
      ['moved the constant without changing its sign'],
      ['Correct'],
      ['got the right size with the wrong sign'],
      [''],
      [''],
    ]);
  },
  // =INTERVENTION_TIER(C5:C32, C2): 4 of 28 (14%) is between the limits.
  INTERVENTION_TIER: (gs) =>
    expect(gs.INTERVENTION_TIER(range(pre(), [5, 32], [C, C]), range(pre(), [2, 2], [C, C]))).toBe(
      'Borderline',
    ),
  // =PERCENT_STRUGGLING(E5:E32, E2): 14 of the 27 with data.
  PERCENT_STRUGGLING: (gs) =>
    expect(gs.PERCENT_STRUGGLING(range(pre(), [5, 32], [E, E]), range(pre(), [2, 2], [E, E]))).toBeCloseTo(
      14 / 27,
      12,
    ),
  CLASS_CHECK: (gs) =>
    expect(gs.CLASS_CHECK(scores, skills, points)).toEqual([
      ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
      [ONE, 28, 4, 4 / 28, 'Borderline'],
      [TWO, 28, 8, 8 / 28, 'Classroom'],
      [DIST, 28, 14, 14 / 27, 'Classroom'],
    ]),
  SKILL_GAPS: (gs) => {
    const all = `${ONE}, ${TWO}, ${DIST}`;
    const twoDist = `${TWO}, ${DIST}`;
    expect(gs.SKILL_GAPS(scores, skills)).toEqual(
      [
        DIST,
        '',
        all,
        '',
        '',
        '',
        all,
        '',
        twoDist,
        '',
        '',
        '',
        DIST,
        all, // Period 2: Ana … Nia
        '',
        twoDist,
        '',
        twoDist,
        '',
        DIST,
        `${ONE}, ${DIST}`,
        twoDist,
        DIST,
        '',
        DIST,
        '',
        '',
        twoDist, // Period 5: Omar … Bea
      ].map((gaps) => [gaps]),
    );
  },
  JIT_GROUP: (gs) => {
    const R = 'Ready';
    expect(gs.JIT_GROUP(scores, steps)).toEqual(
      [
        3,
        R,
        1,
        R,
        R,
        R,
        1,
        R,
        2,
        R,
        R,
        R,
        3,
        1, // Femi's blank step 3 is skipped: Ready
        R,
        2,
        R,
        2,
        R,
        3,
        1,
        2,
        3,
        R,
        3,
        R,
        R,
        2,
      ].map((step) => [step]),
    );
  },
  // =MASTERY(C10:E10, C2:E2): Femi got Q1 and Q2, Q3 is blank (no data).
  MASTERY: (gs) => expect(gs.MASTERY(range(pre(), [10, 10], [C, E]), points)).toEqual([[true, true, '']]),
  // =SCORE_CHANGE(C5:E7, Retake!C5:E7, C2:E2): Ana 2/3 → 2/3, Ben 3/3 → 3/3, Carla 0/3 → 1/3.
  SCORE_CHANGE: (gs) => {
    const change = gs.SCORE_CHANGE(
      range(pre(), [5, 7], [C, E]),
      range(retake(), [5, 7], [C, E]),
      points,
    ) as number[][];
    expect(change.map(([v]) => v)).toEqual([0, 0, expect.closeTo(1 / 3, 12)]);
  },
};

describe('every custom function (from @customfunction in the pushed Code.js) on the example', () => {
  test.each(customFunctionNames(code))('=%s', (name) => {
    const expectation = FUNCTION_EXPECTATIONS[name];
    expect(expectation).toBeDefined(); // a new custom function needs its hand-worked expectation here
    // Custom functions run without authorization: no service is given.
    expectation(runProject(files, {}));
  });
});
