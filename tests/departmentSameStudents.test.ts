/**
 * SPEC 6c counts classes: one class assessed on two tabs (a pre-assessment and a weekly quiz of the
 * same students) is one class, from its latest tab, not two (the teacher trial of issue #16 saw
 * four classes in a spreadsheet of two periods). Worked by hand.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkRow } from '../src/core/classCheck';
import { departmentCheck, departmentInput, type DepartmentInput, sameClass } from '../src/core/department';
import { checkGrid } from '../src/core/engine';
import { ALL, DEFAULT_SETTINGS, type Section } from '../src/core/types';
import { csv, exampleGrid, examplePath } from './helpers/examples';
import { sheetValues, workbook } from './helpers/sheets';

/** A whole-roster class-check row: `struggling` of 10 students, all with data. */
const row = (skill: string, struggling: number) =>
  checkRow(ALL, skill, 10, 10, struggling, DEFAULT_SETTINGS.band);
const book = (name: string, students: string[], rows: ReturnType<typeof row>[]): DepartmentInput => ({
  name,
  source: name,
  settings: DEFAULT_SETTINGS,
  rows,
  students: students.map((key) => ({ key, section: null })),
});
const TEN = 'abcdefghij'.split('');
const OTHERS = 'klmnopqrst'.split('');

describe('sameClass: more than half of the smaller roster in the other', () => {
  test('3 of 5 shared is the same class (3 × 2 = 6 > 5)', () => {
    expect(sameClass(new Set(['a', 'b', 'c', 'd', 'e']), new Set(['a', 'b', 'c', 'x', 'y', 'z']))).toBe(true);
  });
  test('2 of 4 shared is not (2 × 2 = 4, not more than 4)', () => {
    expect(sameClass(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'x', 'y']))).toBe(false);
  });
});

describe('two tabs of the same students are one class', () => {
  // Pre (earlier) and Quiz (latest) hold the same ten students; Other holds ten others.
  // Ratios: Pre 3/10 = 30% classroom, Quiz 0/10 none, Other 3/10 classroom.
  // Slopes: only Pre assesses it among the two: 1/10 = 10% (not under 10%) borderline; Other classroom.
  const inputs = [
    book('Pre', TEN, [row('Ratios', 3), row('Slopes', 1)]),
    book('Quiz', TEN, [row('Ratios', 0)]),
    book('Other', OTHERS, [row('Ratios', 3), row('Slopes', 3)]),
  ];
  // Checked inside each test, not at describe time: code run while the file loads is outside every test
  // (Stryker counts a mutant it reaches as static, and one that throws there as a runtime error).
  const check = () => departmentCheck(inputs);

  test('the class is named after its latest tab and lists the earlier one', () => {
    expect(check().classes.map((c) => [c.class, c.earlier])).toEqual([
      ['Quiz', ['Pre']],
      ['Other', []],
    ]);
  });

  test('a skill both tabs assess counts once, from the latest: Ratios is 1 of 2 classes, not 2 of 3', () => {
    // Quiz none + Other classroom: 1 of 2 classroom is not more than half, so each class's tier
    // stands (counting Pre too would make it 2 of 3: a system verdict from one class counted twice).
    const ratios = check().skills.find((s) => s.skill === 'Ratios')!;
    expect(ratios).toMatchObject({ classes: 2, classroom: 1, none: 1, verdict: 'classes' });
  });

  test('a skill only the earlier tab assessed comes from it', () => {
    const slopes = check().skills.find((s) => s.skill === 'Slopes')!;
    expect(slopes).toMatchObject({ classes: 2, classroom: 1, borderline: 1, verdict: 'classes' });
    expect(slopes.rows[0]).toMatchObject({ withData: 10, struggling: 1, tier: 'borderline' });
  });
});

describe('SPEC 6c: which classes are the same students (the edges the mutation run found untested)', () => {
  const band = DEFAULT_SETTINGS.band;
  /** A gradebook of sections: each student as `key` in its section, rows given as they are. */
  const sectioned = (
    name: string,
    students: [string, Section][],
    rows: ReturnType<typeof row>[],
  ): DepartmentInput => ({
    name,
    source: name,
    settings: DEFAULT_SETTINGS,
    rows,
    students: students.map(([key, section]) => ({ key, section })),
  });
  const ratios = (section: Section, roster: number) => checkRow(section, 'Ratios', roster, roster, 0, band);

  test('SPEC 6c: a section is the same class as a later tab of only its students', () => {
    // Pre holds P1 (a, b, c) and P2 (d, e, f); Quiz holds d, e, f, all in P2 (one section: a whole
    // class). 3 of 3 shared with P2, 0 with P1: Quiz stands for Pre · P2, Pre · P1 stays its own.
    const pre = sectioned(
      'Pre',
      [
        ['a', 'P1'],
        ['b', 'P1'],
        ['c', 'P1'],
        ['d', 'P2'],
        ['e', 'P2'],
        ['f', 'P2'],
      ],
      [ratios(ALL, 6), ratios('P1', 3), ratios('P2', 3)],
    );
    const quiz = sectioned(
      'Quiz',
      [
        ['d', 'P2'],
        ['e', 'P2'],
        ['f', 'P2'],
      ],
      [ratios(ALL, 3)],
    );
    expect(departmentCheck([pre, quiz]).classes.map((c) => [c.class, c.earlier])).toEqual([
      ['Pre · P1', []],
      ['Quiz', ['Pre · P2']],
    ]);
  });

  test('SPEC 6c: two sections of one gradebook are two classes, even when their names overlap', () => {
    // Two periods of one tab with students of the same names (no emails): P1 a, b, c and P2 a, b, d
    // share 2 of 3 (2 × 2 = 4 > 3), which would make two tabs one class; one tab's sections never are.
    const algebra = sectioned(
      'Algebra',
      [
        ['a', 'P1'],
        ['b', 'P1'],
        ['c', 'P1'],
        ['a', 'P2'],
        ['b', 'P2'],
        ['d', 'P2'],
      ],
      [ratios(ALL, 6), ratios('P1', 3), ratios('P2', 3)],
    );
    expect(departmentCheck([algebra]).classes.map((c) => [c.class, c.earlier])).toEqual([
      ['Algebra · P1', []],
      ['Algebra · P2', []],
    ]);
  });

  test('SPEC 6c: a gradebook given without its students is never merged, before or after others', () => {
    // Other and Extra come without students; Pre and Quiz hold the same ten. Only Quiz folds, into Pre.
    const inputs = [
      { ...book('Other', [], [row('Ratios', 0)]), students: undefined },
      book('Pre', TEN, [row('Ratios', 3)]),
      { ...book('Extra', [], [row('Ratios', 1)]), students: undefined },
      book('Quiz', TEN, [row('Ratios', 0)]),
    ];
    expect(departmentCheck(inputs).classes.map((c) => [c.class, c.earlier])).toEqual([
      ['Other', []],
      ['Quiz', ['Pre']],
      ['Extra', []],
    ]);
  });

  test("SPEC 6c: a folded class's data coverage counts each skill once, from the tab that gives it", () => {
    // Pre: Ratios 4 of 10 with data, Slopes 10 of 10; Quiz (same students): Ratios 10 of 10. The class
    // is Quiz's Ratios and Pre's Slopes: (10 + 10) / (10 + 10) = 100%, not (10 + 10 + 4) / 30 = 80%.
    const report = departmentCheck([
      book('Pre', TEN, [checkRow(ALL, 'Ratios', 10, 4, 0, band), row('Slopes', 1)]),
      book('Quiz', TEN, [row('Ratios', 0)]),
      book('Other', OTHERS, [row('Ratios', 3)]),
    ]);
    expect(report.classes.map((c) => [c.class, c.coverage])).toEqual([
      ['Quiz', 1],
      ['Other', 1],
    ]);
  });

  test('SPEC 6c: the same email in another case is the same student (departmentInput)', () => {
    // A and B hold Ana and Ben, B's emails typed in lower case; C holds two others. A and B are one
    // class (2 of 2 shared), named after B; C stays its own.
    const grid = (rows: string) =>
      checkGrid(csv(`Student,Email,Q1\nPoints possible,,1\nSkill,,Ratios\n${rows}`), {
        settings: DEFAULT_SETTINGS,
      });
    const inputs = [
      ['A', 'Ana,Ana@School.org,1\nBen,Ben@School.org,0\n'],
      ['B', 'Ana,ana@school.org,1\nBen,ben@school.org,1\n'],
      ['C', 'Cy,cy@school.org,0\nDi,di@school.org,1\n'],
    ].map(([name, rows]) => departmentInput(name, name, grid(rows), DEFAULT_SETTINGS));
    expect(departmentCheck(inputs).classes.map((c) => [c.class, c.earlier])).toEqual([
      ['B', ['A']],
      ['C', []],
    ]);
  });
});

describe('the example pre-assessment and weekly quiz: two periods, two classes', () => {
  const BIN = path.join(__dirname, '..', 'bin', 'jit-intervention.js');
  const pre = examplePath('jit-pre-assessment.csv');
  const quiz = examplePath('weekly-quiz.csv');

  test('department --json counts Period 2 and Period 5 once each, from the weekly quiz', () => {
    const r = spawnSync(process.execPath, [BIN, 'department', pre, quiz, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.classes.map((c: { class: string; roster: number }) => [c.class, c.roster])).toEqual([
      ['weekly-quiz · Period 2', 14],
      ['weekly-quiz · Period 5', 14],
    ]);
    // From weekly-quiz.csv: Two-step (Q2, Q3) P2 4/14 = 28.6%, P5 5/14 = 35.7%, both classroom: system.
    // Variables on both sides (Q5) 10/14 = 71.4% in each: system. One-step P2 1/14 student, P5 none.
    const verdicts = Object.fromEntries(
      json.skills.map((s: { skill: string; verdict: string }) => [s.skill, s.verdict]),
    );
    expect(verdicts).toEqual({
      'One-step equations': 'classes',
      'Two-step equations': 'system',
      'Distributive property': 'classes',
      'Variables on both sides': 'system',
    });
  });

  test('the text report names the earlier tab each class stands for', () => {
    const r = spawnSync(process.execPath, [BIN, 'department', pre, quiz], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/weekly-quiz · Period 2 .* jit-pre-assessment · Period 2\n/);
  });

  test('in Sheets: the message and the sidebar say which tabs were counted as one class', () => {
    const { gs } = workbook({
      Pre: sheetValues(exampleGrid('jit-pre-assessment.csv')),
      Quiz: sheetValues(exampleGrid('weekly-quiz.csv')),
    });
    const { message, department } = gs.runSidebarDepartment();
    expect(message).toContain(
      'Same students on two tabs, counted once from the latest: ' +
        'Pre · Period 2 → Quiz · Period 2; Pre · Period 5 → Quiz · Period 5.',
    );
    expect(department.classes.map((c: { class: string; earlier: string[] }) => [c.class, c.earlier])).toEqual(
      [
        ['Quiz · Period 2', ['Pre · Period 2']],
        ['Quiz · Period 5', ['Pre · Period 5']],
      ],
    );
  });
});
