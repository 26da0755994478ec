/** The department check's core (SPEC 6c): classes, tiers per skill, low data, verdicts; worked by hand. */
import { checkRow } from '../src/core/classCheck';
import {
  departmentCheck,
  DepartmentError,
  departmentInput,
  departmentJson,
  type DepartmentInput,
} from '../src/core/department';
import { checkGrid } from '../src/core/engine';
import { csv } from './helpers/examples';
import { ALL, type ClassCheckRow, DEFAULT_SETTINGS, type Settings } from '../src/core/types';

const band = DEFAULT_SETTINGS.band;
/** A class-check row of `roster` students, `withData` with data, `struggling` below the cut. */
const row = (
  skill: string,
  roster: number,
  withData: number,
  struggling: number,
  section = ALL,
): ClassCheckRow => checkRow(section, skill, roster, withData, struggling, band);
// Tiers at the default band (10%, 20%), by hand: 3/10 = 30% > 20% classroom; 2/10 = 20% (not over)
// borderline;
// 1/20 = 5% < 10% student; 0 struggling none; 0 with data no-data; 6 of 10 with data = 60% < 70% low data.
const CLASSROOM = (skill: string) => row(skill, 10, 10, 3);
const BORDERLINE = (skill: string) => row(skill, 10, 10, 2);
const STUDENT = (skill: string) => row(skill, 20, 20, 1);
const NONE = (skill: string) => row(skill, 10, 10, 0);
const NO_DATA = (skill: string) => row(skill, 10, 0, 0);
const LOW_DATA = (skill: string) => row(skill, 10, 6, 0); // none, with the low-data flag

const book = (
  name: string,
  rows: ClassCheckRow[],
  settings: Settings = DEFAULT_SETTINGS,
): DepartmentInput => ({
  name,
  source: name,
  settings,
  rows,
});
const skillOf = (inputs: DepartmentInput[], skill: string) =>
  departmentCheck(inputs).skills.find((s) => s.skill === skill)!;

describe('verdict', () => {
  test('3 of 5 classes classroom is more than half: system', () => {
    const tiers = [CLASSROOM, CLASSROOM, CLASSROOM, STUDENT, NONE];
    const s = skillOf(
      tiers.map((t, i) => book(`C${i}`, [t('Fractions')])),
      'Fractions',
    );
    expect(s).toMatchObject({
      classes: 5,
      classroom: 3,
      student: 1,
      none: 1,
      noData: 0,
      lowData: 0,
      verdict: 'system',
    });
  });

  test('exactly half classroom (2 of 4) is not more than half: classes', () => {
    const tiers = [CLASSROOM, CLASSROOM, BORDERLINE, STUDENT];
    const s = skillOf(
      tiers.map((t, i) => book(`C${i}`, [t('Fractions')])),
      'Fractions',
    );
    expect(s).toMatchObject({ classes: 4, classroom: 2, borderline: 1, student: 1, verdict: 'classes' });
  });

  test('a no-data class is not among the classes with data: 2 classroom of 3 with data is system', () => {
    // 4 classes, 1 without data: 2 of 3 > half. Over all 4 it would be exactly half.
    const tiers = [CLASSROOM, CLASSROOM, STUDENT, NO_DATA];
    const s = skillOf(
      tiers.map((t, i) => book(`C${i}`, [t('Ratios')])),
      'Ratios',
    );
    expect(s).toMatchObject({
      classes: 4,
      classroom: 2,
      student: 1,
      noData: 1,
      lowData: 1,
      verdict: 'system',
    });
  });

  test('3 of 4 classes with low data (one without any): system-data', () => {
    // lowData 3 (two flagged, one no-data row) > 4/2; classroom 0 of 3 with data.
    const tiers = [LOW_DATA, LOW_DATA, NO_DATA, NONE];
    const s = skillOf(
      tiers.map((t, i) => book(`C${i}`, [t('Ratios')])),
      'Ratios',
    );
    expect(s).toMatchObject({ classes: 4, none: 3, noData: 1, lowData: 3, verdict: 'system-data' });
  });

  test('exactly half with low data (2 of 4) is not more than half: classes', () => {
    const tiers = [LOW_DATA, NO_DATA, NONE, STUDENT];
    const s = skillOf(
      tiers.map((t, i) => book(`C${i}`, [t('Ratios')])),
      'Ratios',
    );
    expect(s).toMatchObject({ classes: 4, lowData: 2, verdict: 'classes' });
  });

  test('system wins over system-data when both hold', () => {
    // 1 classroom of 1 with data (> half); 2 of 3 low data (> half too): system comes first.
    const tiers = [CLASSROOM, NO_DATA, NO_DATA];
    expect(
      skillOf(
        tiers.map((t, i) => book(`C${i}`, [t('Ratios')])),
        'Ratios',
      ).verdict,
    ).toBe('system');
  });

  test('every class without data: system-data (no class with data to be classroom)', () => {
    const s = skillOf([book('A', [NO_DATA('Ratios')]), book('B', [NO_DATA('Ratios')])], 'Ratios');
    expect(s).toMatchObject({ classes: 2, noData: 2, lowData: 2, classroom: 0, verdict: 'system-data' });
  });
});

describe('classes and skills', () => {
  test('a skill missing from some classes counts the classes that assess it; one-class skills listed', () => {
    // Slopes: classroom in A and B, absent from C -> 2 of 2 classroom, system. Graphs only in C: classroom
    // there, but one class is not a department, so its verdict is the class's own.
    const report = departmentCheck([
      book('A', [CLASSROOM('Slopes'), NONE('Ratios')]),
      book('B', [CLASSROOM('Slopes'), NONE('Ratios')]),
      book('C', [NONE('Ratios'), CLASSROOM('Graphs')]),
    ]);
    expect(report.skills.map((s) => [s.skill, s.classes, s.verdict])).toEqual([
      ['Slopes', 2, 'system'],
      ['Ratios', 3, 'classes'],
      ['Graphs', 1, 'classes'],
    ]);
    expect(report.single).toEqual(['Graphs']);
    expect(report.skills[0].rows.map((r) => r?.tier ?? null)).toEqual(['classroom', 'classroom', null]);
  });

  test('skills match with case and spacing ignored; the first spelling names them', () => {
    const report = departmentCheck([
      book('A', [STUDENT('Two-step equations')]),
      book('B', [STUDENT(' two-step  Equations ')]),
    ]);
    expect(report.skills.map((s) => [s.skill, s.classes])).toEqual([['Two-step equations', 2]]);
    expect(report.single).toEqual([]);
  });

  test('a gradebook with two sections is two classes, named "file · section", each with its roster', () => {
    const rows = [row('Ratios', 30, 30, 4), row('Ratios', 12, 12, 3, 'P1'), row('Ratios', 18, 18, 1, 'P2')];
    const report = departmentCheck([book('Algebra', rows)]);
    expect(departmentJson(report)).toEqual({
      classes: [
        { class: 'Algebra · P1', file: 'Algebra', section: 'P1', roster: 12 },
        { class: 'Algebra · P2', file: 'Algebra', section: 'P2', roster: 18 },
      ],
      // P1 3/12 = 25% classroom; P2 1/18 = 5.6% student: 1 of 2 classroom is not more than half.
      skills: [
        {
          skill: 'Ratios',
          classes: 2,
          classroom: 1,
          borderline: 0,
          student: 1,
          none: 0,
          lowData: 0,
          noData: 0,
          verdict: 'classes',
        },
      ],
    });
  });

  test('a class with no data on anything is still a class, with 0% coverage', () => {
    const report = departmentCheck([book('A', [NO_DATA('Ratios')]), book('B', [NONE('Ratios')])]);
    expect(report.classes.map((c) => [c.class, c.roster, c.coverage])).toEqual([
      ['A', 10, 0],
      ['B', 10, 1],
    ]);
  });

  test('two classes with the same name are told apart by their tab or file', () => {
    const a = { ...book('Algebra', [NONE('Ratios')]), source: 'period1/Algebra.csv' };
    const b = { ...book('Algebra', [NONE('Ratios')]), source: 'period2/Algebra.csv' };
    expect(departmentCheck([a, b]).classes.map((c) => c.class)).toEqual([
      'Algebra (period1/Algebra.csv)',
      'Algebra (period2/Algebra.csv)',
    ]);
  });

  test('no skill shared by two classes: one clear line', () => {
    const run = () => departmentCheck([book('A', [NONE('Ratios')]), book('B', [NONE('Slopes')])]);
    expect(run).toThrow(DepartmentError);
    expect(run).toThrow(
      'No skill is assessed in more than one class (2 skills in 2 classes): ' +
        'name each skill the same way in every gradebook (case and spacing do not matter).',
    );
  });

  test('one class alone is not a department', () => {
    expect(() => departmentCheck([book('A', [NONE('Ratios')])])).toThrow(
      'The department check needs two or more classes (found 1): one gradebook tab or file per class.',
    );
  });
});

describe('settings', () => {
  test('the same cut and band everywhere: said once', () => {
    const report = departmentCheck([book('A', [NONE('Ratios')]), book('B', [NONE('Ratios')])]);
    expect(report.settings).toEqual({ same: true, used: [{ file: 'A', settings: DEFAULT_SETTINGS }] });
  });

  test("a tab with its own cut: each tab's settings are listed", () => {
    const own = { masteryCut: 0.7, band };
    const report = departmentCheck([book('A', [NONE('Ratios')]), book('B', [NONE('Ratios')], own)]);
    expect(report.settings).toEqual({
      same: false,
      used: [
        { file: 'A', settings: DEFAULT_SETTINGS },
        { file: 'B', settings: own },
      ],
    });
  });
});

describe('departmentInput', () => {
  const grid = (cut: string) =>
    csv(
      `Student,Q1,Q2\nPoints possible,1,1\nSkill,Ratios,Ratios\nMastery cut,${cut},${cut}\n` +
        'Ana,1,0\nBen,1,1\n',
    );

  test('a tab whose Mastery cut row says 70% for every item was checked at 70%: its setting', () => {
    const input = departmentInput(
      'B',
      'B',
      checkGrid(grid('70%'), { settings: DEFAULT_SETTINGS }),
      DEFAULT_SETTINGS,
    );
    expect(input.settings).toEqual({ masteryCut: 0.7, band });
  });

  test('a tab at the shared cut keeps the shared settings', () => {
    const input = departmentInput(
      'A',
      'A',
      checkGrid(grid('80%'), { settings: DEFAULT_SETTINGS }),
      DEFAULT_SETTINGS,
    );
    expect(input.settings).toBe(DEFAULT_SETTINGS);
  });
});

describe('SPEC 6c: the edges the mutation run found untested', () => {
  test('SPEC 6c: a section with two skills is one class assessing both', () => {
    // P1 and P2 each have Ratios and Slopes: both skills are in 2 classes.
    const rows = [
      row('Ratios', 20, 20, 2),
      row('Slopes', 20, 20, 2),
      row('Ratios', 10, 10, 1, 'P1'),
      row('Slopes', 10, 10, 1, 'P1'),
      row('Ratios', 10, 10, 1, 'P2'),
      row('Slopes', 10, 10, 1, 'P2'),
    ];
    expect(departmentCheck([book('Algebra', rows)]).skills.map((s) => [s.skill, s.classes])).toEqual([
      ['Ratios', 2],
      ['Slopes', 2],
    ]);
  });

  test('SPEC 6c: three classes of one name and one source are numbered from the second', () => {
    // The same name three times, the same source: "A (s)", then "A (s 2)" and "A (s 3)".
    const same = () => ({ ...book('Algebra', [NONE('Ratios')]), source: 'Algebra.csv' });
    expect(departmentCheck([same(), same(), same()]).classes.map((c) => c.class)).toEqual([
      'Algebra (Algebra.csv)',
      'Algebra (Algebra.csv 2)',
      'Algebra (Algebra.csv 3)',
    ]);
  });

  test("SPEC 6c: a tab with its own lower band edge: each tab's settings are listed", () => {
    const own = { masteryCut: DEFAULT_SETTINGS.masteryCut, band: { lower: 0.05, upper: band.upper } };
    const report = departmentCheck([book('A', [NONE('Ratios')]), book('B', [NONE('Ratios')], own)]);
    expect(report.settings.same).toBe(false);
  });

  test("SPEC 6c: a tab with its own upper band edge: each tab's settings are listed", () => {
    const own = { masteryCut: DEFAULT_SETTINGS.masteryCut, band: { lower: band.lower, upper: 0.3 } };
    const report = departmentCheck([book('A', [NONE('Ratios')]), book('B', [NONE('Ratios')], own)]);
    expect(report.settings.same).toBe(false);
  });

  test('SPEC 6c: a skill spelt twice in one gradebook counts once in that class, from its first row', () => {
    // A: "Ratios" classroom, then "ratios " none (hand-made rows: reading a gradebook joins such
    // spellings, skillKey.ts, but the check takes any rows); B: Ratios none.
    // Ratios: 2 classes, 1 classroom (A's first row), 1 none (B); 1 of 2 is not more than half.
    const s = skillOf(
      [book('A', [CLASSROOM('Ratios'), NONE('ratios ')]), book('B', [NONE('Ratios')])],
      'Ratios',
    );
    expect(s).toMatchObject({ classes: 2, classroom: 1, none: 1, verdict: 'classes' });
    expect(s.rows[0]).toMatchObject({ skill: 'Ratios', tier: 'classroom' });
  });

  test('SPEC 6c: a class with no students has no data, which counts as low data', () => {
    // A gradebook without student rows: roster 0, so no-data and no low-data flag (0 of 0 is no share).
    const empty = row('Ratios', 0, 0, 0);
    expect(empty).toMatchObject({ tier: 'no-data', flags: [] });
    const s = skillOf([book('A', [NONE('Ratios')]), book('B', [empty])], 'Ratios');
    expect(s).toMatchObject({ classes: 2, none: 1, noData: 1, lowData: 1 });
  });

  test('SPEC 6c: a gradebook with no skills is a class of roster 0 and no coverage', () => {
    // A file with no item columns gives no class-check rows (the CLI takes it; Sheets skips the tab).
    const report = departmentCheck([
      book('Empty', []),
      book('A', [NONE('Ratios')]),
      book('B', [NONE('Ratios')]),
    ]);
    expect(report.classes.map((c) => [c.class, c.roster, c.coverage])).toEqual([
      ['Empty', 0, null],
      ['A', 10, 1],
      ['B', 10, 1],
    ]);
  });

  test('SPEC 6c: a tab whose items carry different cuts (70%, 90%) keeps the shared settings', () => {
    const grid = csv(
      'Student,Q1,Q2\nPoints possible,1,1\nSkill,Ratios,Ratios\nMastery cut,70%,90%\nAna,1,0\nBen,1,1\n',
    );
    const input = departmentInput(
      'A',
      'A',
      checkGrid(grid, { settings: DEFAULT_SETTINGS }),
      DEFAULT_SETTINGS,
    );
    expect(input.settings).toBe(DEFAULT_SETTINGS);
  });

  test('SPEC 6c: a tab with no items keeps the shared settings', () => {
    const result = checkGrid(csv('Student\nAna\n'), { settings: DEFAULT_SETTINGS });
    expect(result.book.items).toEqual([]);
    expect(departmentInput('A', 'A', result, DEFAULT_SETTINGS).settings).toBe(DEFAULT_SETTINGS);
  });
});
