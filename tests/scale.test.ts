/**
 * Department scale and worst-case input (issue #14, SPEC 12): no call overflows the stack on a
 * large roster, Progress fits as a row per student, warnings are capped at 100 per kind, and
 * section and skill names are data. Sizes are the smallest that broke the old code.
 */
import { checkGrid } from '../src/core/engine';
import { type Assessment, progressJson, progressReport } from '../src/core/progress';
import { renderProgress } from '../src/core/renderProgress';
import { makeTab, namesInCells, renderGroups } from '../src/core/render';
import { TIER_WORD } from '../src/core/tierWords';
import { textReport } from '../src/core/report';
import { makeSettings } from '../src/core/settings';
import type { CellValue, Grid } from '../src/core/types';
import { capWarnings } from '../src/core/warnings';
import { PERCENT_STRUGGLING } from '../src/functions/customFunctions';
import { workbook } from './helpers/sheets';

const settings = makeSettings();
const check = (grid: Grid) => checkGrid(grid, { settings });
const assessment = (name: string, grid: Grid): Assessment => ({ name, ...check(grid) });

/**
 * Students × items, one skill per item (no skill row: each item is its own skill, named by its
 * header). Student s scores 1 on item i when (s + i) % 5 > 0, else 0: one in five misses each item.
 */
function plainBook(
  students: number,
  items: number,
  score = (s: number, i: number): CellValue => ((s + i) % 5 > 0 ? 1 : 0),
): CellValue[][] {
  const header: CellValue[] = ['Student'];
  const points: CellValue[] = ['Points possible'];
  for (let i = 0; i < items; i++) {
    header.push(`Q${i + 1}`);
    points.push(1);
  }
  const rows: CellValue[][] = [header, points];
  for (let s = 0; s < students; s++) {
    const row: CellValue[] = [`Student ${s + 1}`];
    for (let i = 0; i < items; i++) row.push(score(s, i));
    rows.push(row);
  }
  return rows;
}

describe('no unbounded spread into a call (each overflowed the stack before)', () => {
  test('the CLI text report on 20,000 items × 7 sections (160,000 class-check rows)', () => {
    const items = 20000;
    const header: CellValue[] = ['Student', 'Section'];
    const points: CellValue[] = ['Points possible', ''];
    for (let i = 0; i < items; i++) {
      header.push(`Q${i + 1}`);
      points.push(1);
    }
    const grid: CellValue[][] = [header, points];
    for (let s = 0; s < 7; s++)
      grid.push([`Student ${s + 1}`, `P${s + 1}`, ...Array<CellValue>(items).fill(1)]);
    const { analysis, book } = check(grid);
    // (all) + 7 sections, 20,000 skills each.
    expect(analysis.classCheck).toHaveLength(8 * items);
    const text = textReport(analysis, settings, book.layout);
    expect(text.split('\n').filter((line) => line.startsWith('P7 ')).length).toBe(items);
  });

  test('a custom function over 200,000 rows', () => {
    // 200,000 students, one item out of 1: every fourth scores 0, so 50,000 of 200,000 struggle.
    const scores = Array.from({ length: 200000 }, (_, s) => [s % 4 === 0 ? 0 : 1]);
    expect(PERCENT_STRUGGLING(scores, 1)).toBe(0.25);
  });

  test('a tab of 200,000 rows is padded to its widest row', () => {
    const rows = Array.from({ length: 200000 }, (_, r) => (r === 7 ? ['a', 'b', 'c'] : ['x']));
    const tab = makeTab('groups', rows);
    expect(tab.values[199999]).toEqual(['x', '', '']);
  });
});

describe('Progress at scale: one row per student, a column per skill', () => {
  // 1,500 students × 100 skills: the old long layout had 150,000 student rows and overflowed.
  const students = 1500;
  const skills = 100;
  // Built once, inside the first test that needs it (a throw fails those tests, not the file).
  let built: ReturnType<typeof renderProgress> | undefined;
  const progressTab = () =>
    (built ??= renderProgress(
      progressReport([
        assessment('Pre', plainBook(students, skills)),
        assessment(
          'Post',
          plainBook(students, skills, () => 1),
        ),
      ]),
    ));

  test('a row per student; the tab is about students + skills rows, skills + a few columns', () => {
    const tab = progressTab();
    const header = tab.values.findIndex((row) => row[0] === 'Student' && row[1] === 'Section');
    const blankAfter = tab.values.findIndex((row, r) => r > header && row[0] === '');
    expect(blankAfter - header - 1).toBe(students);
    // Rows: class rows (1 heading + 100 skills), 1 blank, effectiveness (2 headings + 1 line), 1 blank,
    // 2 headings, 1,500 students, 1 blank, the Warnings heading and its line ("Pre" has no steps) = 1,611.
    expect(tab.values).toHaveLength(1 + 100 + 1 + 3 + 1 + 2 + 1500 + 1 + 2);
    // Columns: class rows are 9 wide (Section, Skill, 3 per assessment, change); the chart's data starts
    // 2 further (column 11, 0-based 10) and is 1 + 100 wide: 10 + 101 = 111.
    expect(tab.values[0]).toHaveLength(111);
  });

  test('each student cell says first → latest (change)', () => {
    // Student 1 (s = 0) on Q1 (i = 0): (0 + 0) % 5 = 0 scores 0 in Pre, 1 in Post; on Q2 1 → 1.
    const row = progressTab().values.find((r) => r[0] === 'Student 1')!;
    expect(row.slice(0, 4)).toEqual([
      'Student 1',
      '',
      '0% → 100% (up 100 percentage points)',
      '100% → 100% (no change)',
    ]);
  });
});

describe('warnings: at most 100 per kind, then one line', () => {
  test('250 invalid cells make one line with the count and the first three (SPEC 3, SPEC 12)', () => {
    // Q1 holds "B+" for the first 250 of 300 students; students start on sheet row 3 (header, points).
    const { analysis } = check(plainBook(300, 2, (s, i) => (i === 0 && s < 250 ? 'B+' : 1)));
    const invalid = analysis.warnings.filter(
      (w) => w.includes('invalid score') || w.startsWith('Invalid score'),
    );
    expect(invalid).toEqual([
      '250 invalid scores, counted as no data: "B+" at B3 (Q1), "B+" at B4 (Q1), "B+" at B5 (Q1) ' +
        'and 247 more.',
    ]);
  });

  test('the invalid cells found again for the report are the ones the read counted, column by column', () => {
    // Q1 (10 points): "B+" (row 3), 16 (row 4: 1.6 of the points, past the 1.5 extra-credit limit),
    // -2 (row 5: no score is negative), blank (row 6: no data). Q2 (10 points): "3+" (row 3: a scale
    // score outside a 4-point column), "absent" (row 4: no data), 15 (row 5: exactly 1.5, allowed),
    // "B+" (row 6). Invalid, column by column: B3, B4, B5, C3, C6.
    const grid: CellValue[][] = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 10, 10],
      ['Ann', 'B+', '3+'],
      ['Ben', 16, 'absent'],
      ['Cy', -2, 15],
      ['Dee', '', 'B+'],
    ];
    const { book } = check(grid);
    expect(book.invalid.map((c) => `${c.address} ${c.raw}`)).toEqual([
      'B3 B+',
      'B4 16',
      'B5 -2',
      'C3 3+',
      'C6 B+',
    ]);
  });

  test('a column of "3+" on 100 points still reads as a scale against the wrong points', () => {
    // Every Q1 score is "3+": invalid outside a scale's column (no data in Q1), yet 3 of 100 points
    // is at most a tenth, so the proficiency-scale warning names the column.
    const { analysis } = check(
      plainBook(5, 2, (s, i) => (i === 0 ? '3+' : 1)).map((row, r) =>
        r === 1 ? ['Points possible', 100, 1] : row,
      ),
    );
    expect(analysis.warnings.some((w) => w.includes('proficiency scale') && w.includes('"Q1"'))).toBe(true);
  });

  test('150 repeated names make 100 lines and "…and 50 more"', () => {
    const grid = plainBook(300, 1).map((row, r) =>
      r >= 2 ? [`Twin ${(r - 2) % 150}`, ...row.slice(1)] : row,
    );
    const { analysis } = check(grid);
    expect(analysis.warnings.filter((w) => w.includes('appears more than once'))).toHaveLength(100);
    expect(analysis.warnings).toContain(
      '…and 50 more: each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
    );
  });

  test('kinds are capped apart, each "and N more" after its own last line', () => {
    const lines = [
      ...Array.from(
        { length: 102 },
        (_, i) => `"Q${i}" has no points possible: read as out of ${i + 2}, its highest score.`,
      ),
      'Only one: ignored.',
    ];
    const out = capWarnings(lines);
    expect(out).toHaveLength(102);
    // The ending holds a number (`out of 103`): the rest points at the line above, with no holes.
    expect(out[100]).toBe('…and 2 more like the line above.');
    expect(out[101]).toBe('Only one: ignored.');
  });

  test('the sidebar state of a tab with 5,000 invalid cells carries one line for them', () => {
    const { gs } = workbook({ Gradebook: plainBook(5000, 1, () => 'B+') });
    const state = gs.sidebarState() as { warnings: string[] };
    const invalid = state.warnings.filter(
      (w) => w.includes('invalid score') || w.startsWith('Invalid score'),
    );
    expect(invalid).toEqual([
      expect.stringMatching(/^5000 invalid scores, counted as no data: .* and 4997 more\.$/),
    ]);
  });
});

describe('Groups without steps: a row per group, its students in one cell (SPEC 12)', () => {
  test("a group's students are listed in one cell, as the report lists them", () => {
    // 20 students, points 1, no steps. Skill A (Q1): S1 and S2 score 0, 2 of 20 = 10%, borderline
    // (not below the 10% limit). Skill B (Q2): S3 scores 0, 1 of 20 = 5%, student tier.
    const rows: CellValue[][] = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', 'A', 'B'],
    ];
    for (let s = 1; s <= 20; s++) rows.push([`S${s}`, s <= 2 ? 0 : 1, s === 3 ? 0 : 1]);
    const { values } = renderGroups(check(rows).analysis);
    expect(values.slice(1)).toEqual([
      ['(all)', `Small group (${TIER_WORD.borderline})`, 'A', 'S1, S2', ''],
      ['(all)', `Small group (${TIER_WORD.student})`, 'B', 'S3', ''],
    ]);
  });

  test("names past a cell's limit go on in the next cell, never split", () => {
    // Limit 8: "Ann, Ben" is 8 characters; ", Cy" would make 12, so Cy starts the next cell.
    expect(namesInCells(['Ann', 'Ben', 'Cy', 'Dee'], 8)).toEqual(['Ann, Ben', 'Cy, Dee']);
    expect(namesInCells(['A very long name'], 8)).toEqual(['A very long name']);
  });
});

describe('names are data', () => {
  /** Two students in a section literally named "(all)", two in "P2"; one item out of 1. */
  const grid: Grid = [
    ['Student', 'Section', 'Q1'],
    ['Points possible', '', 1],
    ['Ana', '(all)', 1],
    ['Ben', '(all)', 0],
    ['Cy', 'P2', 0],
    ['Di', 'P2', 0],
  ];

  test('a section named "(all)" is its own row, marked "(section)"; the whole roster is (all) once', () => {
    const { analysis } = check(grid);
    // Whole roster: 3 of 4 scored 0. "(all)" section: Ben of Ana, Ben. P2: both.
    expect(analysis.classCheck.map((r) => [r.section, r.roster, r.struggling])).toEqual([
      ['(all)', 4, 3],
      ['(all) (section)', 2, 1],
      ['P2', 2, 2],
    ]);
    expect(analysis.students[0].section).toBe('(all) (section)');
  });

  test('Progress keeps the whole roster and the "(all)" section apart', () => {
    const later = grid.map((row, r) => (r >= 2 ? [row[0], row[1], 1] : row));
    const json = progressJson(progressReport([assessment('A', grid), assessment('B', later)]));
    // Whole roster 3 of 4 → 0 of 4; the "(all)" section 1 of 2 → 0 of 2.
    expect(json.progress.map((r) => [r.section, r.before.struggling, r.after.struggling])).toEqual([
      ['(all)', 3, 0],
      ['(all) (section)', 1, 0],
      ['P2', 2, 0],
    ]);
  });

  test('a section named "(no section)" stays apart from the students without one', () => {
    const mixed: Grid = [
      ['Student', 'Section', 'Q1'],
      ['Points possible', '', 1],
      ['Ana', '(no section)', 1],
      ['Ben', '', 0],
    ];
    const { analysis } = check(mixed);
    expect(analysis.classCheck.map((r) => [r.section, r.roster])).toEqual([
      ['(all)', 2],
      ['(no section) (section)', 1],
      ['(no section)', 1],
    ]);
  });

  test('skills named __proto__ and constructor keep their Progress data', () => {
    const book = (q1: number, q2: number): Grid => [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', '__proto__', 'constructor'],
      ['Ana', q1, q2],
    ];
    const report = progressReport([assessment('A', book(0, 1)), assessment('B', book(1, 1))]);
    const json = JSON.parse(JSON.stringify(progressJson(report)));
    expect(Object.keys(json.students[0].skills)).toEqual(['__proto__', 'constructor']);
    expect(json.students[0].skills.__proto__).toEqual({ before: 0, after: 1, change: 1 });
    expect(json.students[0].skills.constructor).toEqual({ before: 1, after: 1, change: 0 });
    const row = renderProgress(report).values.find((r) => r[0] === 'Ana')!;
    expect(row.slice(2, 4)).toEqual(['0% → 100% (up 100 percentage points)', '100% → 100% (no change)']);
  });
});

describe('through the bundle: every action and Progress on two 700 × 200 tabs', () => {
  // 700 students × 200 skills = 140,000 student-skill pairs: past where the old Progress overflowed.
  test('no action fails, and Progress is a row per student', () => {
    const { gs, ss } = workbook({ Pre: plainBook(700, 200), Post: plainBook(700, 200, () => 1) });
    for (const action of [
      'menuClassCheck',
      'menuWriteGroupTabs',
      'menuHighlightGaps',
      'menuClearHighlights',
      'menuProgress',
      'sidebarState',
    ]) {
      gs[action]();
    }
    expect(ss._toasts.filter((t) => t.startsWith('Could not'))).toEqual([]);
    const progress = ss._sheets.find((s) => s.getName() === 'Progress')!;
    // 1 heading + 200 skills, blank, 3 effectiveness rows, blank, 2 headings, 700 students, blank,
    // Warnings + 1 line = 911.
    expect(progress._maxRows).toBe(1000); // a new tab's 1,000 rows hold it: no growth needed
    expect(progress._cells.length).toBe(911);
  });
});

describe('first runs: one list of tabs per action', () => {
  const book = () => {
    const rows = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', 'A', 'B'],
      ['Step', 1, 2],
    ];
    for (let s = 0; s < 30; s++) rows.push([`S${s}`, s % 2, 1]);
    return workbook({ Gradebook: rows, Quiz: rows.map((r) => r.slice()) });
  };

  test('Class check, first run: 15 document calls', () => {
    const { gs, services } = book();
    gs.menuClassCheck();
    // find (own tabs), getActiveSheet, getValues, getDisplayValues, getMergedRanges,
    // getSheets (Skill Map and a free name, once), insertSheet, addDeveloperMetadata, setValues,
    // setNumberFormats, setFontWeights, setBackgrounds, setFrozenRows, insertChart, setActiveSheet = 15
    // (16 before: getSheetByName and getSheets both).
    expect(services.counter.document).toBe(15);
    expect(services.counter.byMethod.get('Spreadsheet.getSheets')).toBe(1);
  });

  test('Groups and Student Gaps, first run: one getSheets for both inserts', () => {
    const { gs, services } = book();
    gs.menuWriteGroupTabs();
    expect(services.counter.byMethod.get('Spreadsheet.getSheets')).toBe(1);
    expect(services.counter.byMethod.get('Spreadsheet.getSheetByName')).toBeUndefined();
  });

  test('the department template, first run: one getSheets for the Skill Map check and the free names', () => {
    const { gs, services } = book();
    gs.menuInsertTemplate();
    expect(services.counter.byMethod.get('Spreadsheet.getSheets')).toBe(1);
  });

  test('Progress, first run: one getSheets for the candidate tabs, the Skill Map and the free name', () => {
    const { gs, services } = book();
    gs.menuProgress();
    expect(services.counter.byMethod.get('Spreadsheet.getSheets')).toBe(1);
  });
});

describe('reruns: the tab size is asked only when the output does not fit', () => {
  const rows = (n: number) => {
    const out: unknown[][] = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', 'A', 'B'],
      ['Step', 1, 2],
    ];
    for (let s = 0; s < n; s++) out.push([`S${s}`, s % 2, 1]);
    return out;
  };

  test('Class check, rerun: 13 document calls', () => {
    const { gs, services } = workbook({ Gradebook: rows(30) });
    gs.menuClassCheck();
    services.counter.reset();
    gs.menuClassCheck();
    // find, getActiveSheet, getValues, getDisplayValues, getMergedRanges, getSheets, clear, getCharts,
    // setValues, setNumberFormats, setFontWeights, setBackgrounds, updateChart = 13
    // (16 with getMaxRows and getMaxColumns; 14 with removeChart + insertChart in place of updateChart).
    expect(services.counter.document).toBe(13);
    expect(services.counter.byMethod.get('Sheet.getMaxRows')).toBeUndefined();
  });

  test('Progress, rerun: 15 document calls at 30 and at 1,200 students', () => {
    const counts = [30, 1200].map((n) => {
      const { gs, services } = workbook({ Gradebook: rows(n), Quiz: rows(n) });
      gs.menuProgress();
      services.counter.reset();
      gs.menuProgress();
      return services.counter.document;
    });
    // find, getActiveSheet, 2 tabs × (getValues, getDisplayValues, getMergedRanges), getSheets, clear,
    // getCharts, setValues, setNumberFormats, setFontWeights, updateChart = 15
    // (16 with removeChart + insertChart).
    expect(counts).toEqual([15, 15]);
  });

  test("a rerun's chart is the last run's, updated: the same chart, its range over this run's block", () => {
    const { gs, ss } = workbook({ Gradebook: rows(30), Quiz: rows(30) });
    gs.menuProgress();
    const progress = ss._sheets.find((s) => s.getName() === 'Progress')!;
    const [first] = progress._charts;
    const gradebook = ss.getSheetByName('Gradebook')!;
    gradebook.getRange(1, 2, 1, 2).setValues([['Q1', 'Q3']]);
    gradebook.getRange(3, 2, 1, 2).setValues([['A', 'C']]);
    ss.getSheetByName('Quiz')!
      .getRange(3, 2, 1, 2)
      .setValues([['A', 'C']]);
    gs.menuProgress();
    expect(progress._charts).toHaveLength(1);
    expect(progress._charts[0].getChartId()).toBe(first.getChartId());
    expect(progress._charts[0]._ranges).toHaveLength(1);
  });

  test('students added past the tab grid: the rerun grows Student Gaps and writes every student', () => {
    const { gs, ss } = workbook({ Gradebook: rows(30) });
    gs.menuWriteGroupTabs();
    const gradebook = ss.getSheetByName('Gradebook')!;
    const more = rows(1500);
    gradebook.insertRowsAfter(gradebook.getMaxRows(), more.length - gradebook.getMaxRows());
    gradebook.getRange(1, 1, more.length, 3).setValues(more);
    gs.menuWriteGroupTabs();
    const gaps = ss._sheets.find((s) => s.getName() === 'Student Gaps')!;
    // A header row and 1,500 students: 1,501 rows, past the 1,000 the first run left.
    expect(gaps._maxRows).toBe(1501);
    expect(gaps._cells[1500][0].value).toBe('S1499');
  });
});
