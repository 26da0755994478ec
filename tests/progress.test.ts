/**
 * Progress and effectiveness (SPEC section 6, issue #7) on the pre-assessment and the weekly quiz,
 * checked against counts worked by hand from the two example files.
 */
import fc from 'fast-check';
import { runs } from './helpers/runs';
import { checkGrid } from '../src/core/engine';
import { linkStudents, nameKey } from '../src/core/link';
import { type Assessment, progressJson, progressReport } from '../src/core/progress';
import { makeSettings } from '../src/core/settings';
import type { CellValue, Grid, Student } from '../src/core/types';
import { csv, exampleGrid } from './helpers/examples';

const PRE = exampleGrid('jit-pre-assessment.csv');
const QUIZ = exampleGrid('weekly-quiz.csv');

function assessment(name: string, grid: Grid): Assessment {
  return { name, ...checkGrid(grid, { settings: makeSettings() }) };
}

function progressOf(...grids: Grid[]) {
  return progressJson(progressReport(grids.map((g, i) => assessment(`A${i + 1}`, g))));
}

/** The quiz as another teacher might keep it: students in another order, steps numbered 10, 20, ... */
function reorderedQuiz(): Grid {
  const [header, points, skills, steps, ...students] = QUIZ;
  const renumbered = steps.map((v, c) => (c < 2 ? v : Number(v) * 10));
  const shuffled = [...students].reverse();
  return [header, points, skills, renumbered, ...shuffled];
}

/** The quiz with `Last Name`, `First Name` columns instead of one name column. */
function lastFirstQuiz(): Grid {
  return QUIZ.map((row, r) => {
    if (r === 0) return ['Last Name', 'First Name', ...row.slice(1)];
    if (r < 4) return [row[0], '', ...row.slice(1)];
    const [first, last] = String(row[0]).split(' ');
    return [last.toUpperCase(), ` ${first} `, ...row.slice(1)];
  });
}

const without = (grid: Grid, name: string) => grid.filter((row) => row[0] !== name);
const student = (name: string, section: string | null = null, email: string | null = null): Student => ({
  row: 0,
  name,
  email,
  section,
});

describe('linking students across assessments', () => {
  test('names match across case, spacing, accents and "Last, First"', () => {
    expect(nameKey('Alvarez, Ana')).toBe('ana alvarez');
    expect(nameKey('  ANA   Alvarez ')).toBe('ana alvarez');
    expect(nameKey('José Núñez')).toBe(nameKey('Jose Nunez'));
    expect(nameKey('Ana Alvarez')).not.toBe(nameKey('Ana Alvares'));
  });

  test('email wins when both rows have one; a name match never crosses two different emails', () => {
    const { students } = linkStudents([
      {
        name: 'A',
        students: [
          student('Sam Lee', null, 'sam1@school.org'),
          student('Sam Lee', null, 'sam2@school.org'),
          student('Robin Ray', null, 'robin@school.org'),
        ],
      },
      {
        name: 'B',
        students: [
          student('Sam Lee', null, 'SAM2@school.org'),
          student('Samuel Lee', null, 'sam1@school.org'),
          student('Robin Ray', null, null),
        ],
      },
    ]);
    expect(students.map((s) => [s.name, s.rows])).toEqual([
      ['Sam Lee', [0, 1]],
      ['Sam Lee', [1, 0]],
      ['Robin Ray', [2, 2]],
    ]);
  });

  test('names link within a section when both have one; one name in two sections stays two students', () => {
    const { students, warnings } = linkStudents([
      {
        name: 'A',
        students: [student('Kim Park', 'Period 1'), student('Kim Park', 'Period 3'), student('Lee Ho', null)],
      },
      {
        name: 'B',
        students: [
          student('Kim Park', 'period 3'),
          student('Lee Ho', 'Period 1'),
          student('Kim Park', 'Period 1'),
        ],
      },
    ]);
    expect(students.map((s) => s.rows)).toEqual([
      [0, 2],
      [1, 0],
      [2, 1],
    ]);
    expect(students[2].section).toBe('Period 1');
    expect(warnings).toEqual([]);
  });

  test('two students with one name in one section are linked in row order, with a warning', () => {
    const { students, warnings } = linkStudents([
      { name: 'A', students: [student('Jo Diaz'), student('Jo Diaz')] },
      { name: 'B', students: [student('Jo Diaz'), student('Jo Diaz')] },
    ]);
    expect(students.map((s) => s.rows)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(warnings.join(' ')).toMatch(/A: two students named "Jo Diaz".*B: two students named "Jo Diaz"/);
  });
});

describe('progress on the pre-assessment and the weekly quiz', () => {
  // Worked out inside each test, not once here: a mutation tester counts describe-time work as
  // covered by every test (a "static" mutant), which costs the whole suite per mutant.
  const preThenQuiz = () => progressOf(PRE, QUIZ);

  test("per section and skill: each assessment's own with-data and struggling counts", () => {
    const json = preThenQuiz();
    const row = (section: string, skill: string) =>
      json.progress.find((r) => r.section === section && r.skill === skill);
    // One-step: Carla, Gus, Nia, Uma missed Q1 before; only Gus missed it on the quiz.
    expect(row('(all)', 'One-step equations')).toEqual({
      section: '(all)',
      skill: 'One-step equations',
      before: { withData: 28, struggling: 4 },
      after: { withData: 28, struggling: 1 },
    });
    // Distributive: Femi left Q3 blank before (27 with data); on the quiz Carla, Nia and Rosa missed Q4.
    expect(row('(all)', 'Distributive property')).toMatchObject({
      before: { withData: 27, struggling: 14 },
      after: { withData: 28, struggling: 3 },
    });
    expect(row('Period 2', 'One-step equations')).toMatchObject({
      before: { withData: 14, struggling: 3 },
      after: { withData: 14, struggling: 1 },
    });
    // A skill only the quiz measures: nothing before.
    expect(row('Period 5', 'Variables on both sides')).toMatchObject({
      before: { withData: 0, struggling: 0 },
      after: { withData: 14, struggling: 10 },
    });
    expect(json.progress.map((r) => r.section)).toEqual([
      ...Array(4).fill('(all)'),
      ...Array(4).fill('Period 2'),
      ...Array(4).fill('Period 5'),
    ]);
  });

  test('effectiveness: students grouped at each step by the pre-assessment, how many master it now', () => {
    const json = preThenQuiz();
    expect(json.effectiveness).toEqual([
      // Carla, Gus, Nia at step 1: Carla and Nia got Q1 on the quiz, Gus did not.
      { section: 'Period 2', step: 1, grouped: 3, nowMastered: 2 },
      // Ivan at step 2 missed both two-step questions.
      { section: 'Period 2', step: 2, grouped: 1, nowMastered: 0 },
      // Ana and Marco (peer coached) both got the distributive question.
      { section: 'Period 2', step: 3, grouped: 2, nowMastered: 2 },
      { section: 'Period 5', step: 1, grouped: 1, nowMastered: 1 },
      // Pia, Rosa, Vic, Bea at step 2: only Vic got Q2 and Q3 both.
      { section: 'Period 5', step: 2, grouped: 4, nowMastered: 1 },
      { section: 'Period 5', step: 3, grouped: 3, nowMastered: 3 },
    ]);
  });

  test('per student and skill: first, latest, change', () => {
    const json = preThenQuiz();
    const carla = json.students.find((s) => s.name === 'Carla Chen')!;
    expect(carla.section).toBe('Period 2');
    expect(carla.skills['One-step equations']).toEqual({ before: 0, after: 1, change: 1 });
    expect(carla.skills['Two-step equations']).toEqual({ before: 0, after: 1, change: 1 });
    expect(carla.skills['Variables on both sides']).toEqual({ before: null, after: 0, change: null });
    const ana = json.students.find((s) => s.name === 'Ana Alvarez')!;
    expect(ana.skills['Two-step equations']).toEqual({ before: 1, after: 0.5, change: -0.5 });
    const femi = json.students.find((s) => s.name === 'Femi Fofana')!;
    expect(femi.skills['Distributive property']).toEqual({ before: null, after: 1, change: null });
    expect(json.students).toHaveLength(28);
    expect(json.unmatched).toEqual([]);
  });

  test('students reordered and steps renumbered in the quiz change nothing', () => {
    const json = preThenQuiz();
    expect(progressOf(PRE, reorderedQuiz())).toEqual(json);
  });

  test('"Last, First" columns, upper case and stray spaces still link every student', () => {
    const json = preThenQuiz();
    const linked = progressOf(PRE, lastFirstQuiz());
    expect(linked.unmatched).toEqual([]);
    expect(linked.effectiveness).toEqual(json.effectiveness);
    expect(linked.progress).toEqual(json.progress);
  });

  test('a student in only one file is listed, not dropped; the groups count only who was linked', () => {
    const quiz = [...without(QUIZ, 'Carla Chen'), ['Zed Zero', 'Period 2', 1, 1, 1, 1, 1]];
    const report = progressReport([assessment('pre.csv', PRE), assessment('quiz.csv', quiz)]);
    expect(report.unmatched).toEqual([
      { name: 'Carla Chen', section: 'Period 2', assessment: 'pre.csv' },
      { name: 'Zed Zero', section: 'Period 2', assessment: 'quiz.csv' },
    ]);
    const out = progressJson(report);
    expect(out.unmatched).toEqual(['Carla Chen', 'Zed Zero']);
    expect(out.students.map((s) => s.name)).not.toContain('Carla Chen');
    expect(out.students.map((s) => s.name)).not.toContain('Zed Zero');
    expect(out.effectiveness[0]).toEqual({ section: 'Period 2', step: 1, grouped: 2, nowMastered: 1 });
    expect(report.effectiveness[0].missing).toBe(1);
  });

  test('with three assessments, before is the first and after the latest', () => {
    const middle = QUIZ.map((row, r) => (r < 4 ? row : [row[0], row[1], 0, 0, 0, 0, 0]));
    const three = progressReport([assessment('a', PRE), assessment('b', middle), assessment('c', QUIZ)]);
    const two = progressJson(progressReport([assessment('a', PRE), assessment('c', QUIZ)]));
    expect(progressJson(three)).toEqual(two);
    expect(three.assessments).toEqual(['a', 'b', 'c']);
    expect(three.progress[0].counts.map((c) => c.struggling)).toEqual([4, 28, 1]);
  });

  test('a first assessment without steps has no effectiveness rows, and says why', () => {
    const noSteps = PRE.filter((row) => row[0] !== 'Step');
    const report = progressReport([assessment('pre', noSteps), assessment('quiz', QUIZ)]);
    expect(report.effectiveness).toEqual([]);
    expect(report.warnings).toEqual([
      '"pre" has no steps, so there are no groups to follow up: effectiveness needs a ladder check first.',
    ]);
  });

  test('fewer than two assessments is refused', () => {
    expect(() => progressReport([assessment('a', PRE)])).toThrow('two or more');
  });

  test("property: any order of the later file's students gives the same report", () => {
    const json = preThenQuiz();
    const [header, points, skills, steps, ...rows] = QUIZ;
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(progressOf(PRE, [header, points, skills, steps, ...(shuffled as CellValue[][])])).toEqual(
          json,
        );
      }),
      { numRuns: runs(30) },
    );
  });

  test('a plain text gradebook with emails links by email even when names are spelled differently', () => {
    const before = csv(`
Student,Email,Q1
Points,,1
Skill,,Fractions
Step,,1
Bob Stone,bob@x.org,0
Amy Wu,amy@x.org,1
`);
    const after = csv(`
Student,Email,Q1
Points,,1
Skill,,Fractions
Robert Stone,BOB@x.org,1
Amy Wu,amy@x.org,1
`);
    const out = progressOf(before, after);
    expect(out.unmatched).toEqual([]);
    expect(out.students[0]).toEqual({
      name: 'Bob Stone',
      section: null,
      skills: { Fractions: { before: 0, after: 1, change: 1 } },
    });
    expect(out.effectiveness).toEqual([{ section: '(all)', step: 1, grouped: 1, nowMastered: 1 }]);
  });
});

describe('SPEC 6: a skill is the same across assessments by name, case and spacing ignored', () => {
  /** The weekly quiz with its Skill row saying `one-step  equations` for Q1 (column 2). */
  const respelt = (): Grid =>
    QUIZ.map((row) => (row[0] === 'Skill' ? row.map((v, c) => (c === 2 ? 'one-step  equations' : v)) : row));

  test('`One-step equations` then `one-step  equations` is one skill, first to latest', () => {
    const report = progressReport([assessment('pre', PRE), assessment('quiz', respelt())]);
    // Four skills, not five: the quiz's spelling is the pre-assessment's skill.
    expect(report.skills).toEqual([
      'One-step equations',
      'Two-step equations',
      'Distributive property',
      'Variables on both sides',
    ]);
    const json = progressJson(report);
    // Carla, Gus, Nia, Uma missed Q1 before (4 of 28); on the quiz only Gus did (1 of 28).
    expect(json.progress[0]).toEqual({
      section: '(all)',
      skill: 'One-step equations',
      before: { withData: 28, struggling: 4 },
      after: { withData: 28, struggling: 1 },
    });
    // Carla: Q1 0 before, 1 on the quiz: 0 → 1, change +1. Gus: 0 → 0, change 0.
    const skillOf = (name: string) =>
      json.students.find((s) => s.name === name)!.skills['One-step equations'];
    expect(skillOf('Carla Chen')).toEqual({ before: 0, after: 1, change: 1 });
    expect(skillOf('Gus Garcia')).toEqual({ before: 0, after: 0, change: 0 });
    // Carla, Gus, Nia grouped at step 1 (one-step) before: Carla and Nia got Q1 on the quiz.
    expect(json.effectiveness[0]).toEqual({ section: 'Period 2', step: 1, grouped: 3, nowMastered: 2 });
  });

  test('each skill keeps the spelling of the first assessment that has it', () => {
    const a = csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,1
Ben,0
`);
    const b = csv(`
Student,Q1,Q2
Points,1,2
Skill,RATIOS,Unit  rates
Ana,1,1
Ben,1,2
`);
    const c = csv(`
Student,Q1,Q2
Points,2,1
Skill,unit rates,ratios
Ana,2,0
Ben,1,1
`);
    const report = progressReport([assessment('a', a), assessment('b', b), assessment('c', c)]);
    // Ratios first in a; unit rates first in b, with its two spaces.
    expect(report.skills).toEqual(['Ratios', 'Unit  rates']);
    // Ratios struggling: a Ben (0/1); b nobody; c Ana (0/1). Unit rates: a not assessed; b Ana (1/2);
    // c Ben (1/2).
    expect(report.progress.map((r) => [r.skill, r.counts.map((k) => [k.withData, k.struggling])])).toEqual([
      [
        'Ratios',
        [
          [2, 1],
          [2, 0],
          [2, 1],
        ],
      ],
      [
        'Unit  rates',
        [
          [0, 0],
          [2, 1],
          [2, 1],
        ],
      ],
    ]);
    // First is a, latest is c: Ana ratios 1 → 0 (−1), unit rates – → 2/2;
    // Ben ratios 0 → 1 (+1), unit rates – → 1/2.
    expect(progressJson(report).students.map((s) => [s.name, s.skills])).toEqual([
      [
        'Ana',
        {
          Ratios: { before: 1, after: 0, change: -1 },
          'Unit  rates': { before: null, after: 1, change: null },
        },
      ],
      [
        'Ben',
        {
          Ratios: { before: 0, after: 1, change: 1 },
          'Unit  rates': { before: null, after: 0.5, change: null },
        },
      ],
    ]);
  });
});

describe('SPEC 6: one skill spelt twice in one assessment', () => {
  test('its spellings are one skill, under the first spelling, as in the department check', () => {
    const a = csv(`
Student,Q1,Q2
Points,1,1
Skill,Fractions,fractions
Ana,1,0
`);
    const b = csv(`
Student,Q1
Points,1
Skill,FRACTIONS
Ana,0
`);
    const report = progressReport([assessment('a', a), assessment('b', b)]);
    expect(report.skills).toEqual(['Fractions']);
    // Ana: Fractions is Q1 and Q2 in a, (1 + 0) / 2 = 0.5; 0/1 in b: 0.5 → 0, change −0.5.
    expect(progressJson(report).students[0].skills).toEqual({
      Fractions: { before: 0.5, after: 0, change: -0.5 },
    });
    // Under the 80% cut both times: 1 struggling of 1 in a and in b.
    expect(report.progress[0].counts).toEqual([
      { withData: 1, struggling: 1 },
      { withData: 1, struggling: 1 },
    ]);
  });
});

describe('SPEC 6: tabs of unrelated classes are warned about', () => {
  // The threshold: fewer than half of the first assessment's students also in the latest. The
  // pre-assessment has 28 students; the quiz keeps its first n (all 28 are the same students).
  const quizOfFirst = (n: number): Grid => QUIZ.slice(0, 4 + n);
  const unrelated = (n: number) =>
    progressReport([assessment('Pre-assessment', PRE), assessment('Quiz 1', quizOfFirst(n))]).warnings;

  test('14 of 28 linked (exactly half): no warning', () => {
    expect(unrelated(14)).toEqual([]);
  });

  test('13 of 28 linked (under half): one warning naming both tabs and the numbers, first', () => {
    expect(unrelated(13)[0]).toBe(
      'Only 13 of 28 students in "Pre-assessment" are also in "Quiz 1": are these the same class?',
    );
  });

  test('SPEC 6: students only in the latest are not counted as linked', () => {
    // 13 of the 28 plus two new students: 15 in the quiz, but still 13 of 28 in both (under half).
    const quiz = [
      ...quizOfFirst(13),
      ['Zed Zero', 'Period 2', 1, 1, 1, 1, 1],
      ['Yan Yu', 'Period 5', 1, 1, 1, 1, 1],
    ];
    const report = progressReport([assessment('Pre-assessment', PRE), assessment('Quiz 1', quiz)]);
    expect(report.warnings[0]).toBe(
      'Only 13 of 28 students in "Pre-assessment" are also in "Quiz 1": are these the same class?',
    );
  });

  test('one linked student: "is"; the latest of three is compared with the first', () => {
    const middle = QUIZ; // every student: the middle assessment does not count
    const report = progressReport([
      assessment('Pre-assessment', PRE),
      assessment('Middle', middle),
      assessment('Quiz 1', quizOfFirst(1)),
    ]);
    expect(report.warnings[0]).toBe(
      'Only 1 of 28 students in "Pre-assessment" is also in "Quiz 1": are these the same class?',
    );
  });
});

describe('SPEC 6: linking, the cases the mutation run found untested', () => {
  const rowsOf = (linking: ReturnType<typeof linkStudents>) => linking.students.map((s) => s.rows);

  test("SPEC 6: the twin warning names the twins' section (if any) and says how they are linked", () => {
    const { warnings } = linkStudents([
      { name: 'A', students: [student('Jo Diaz', 'Period 1'), student('Jo Diaz', 'Period 1')] },
      { name: 'B', students: [student('Al Fox'), student('Al Fox')] },
    ]);
    // A's twins share Period 1, so it is named; B's have no section: nothing between name and ';'.
    expect(warnings).toEqual([
      'A: two students named "Jo Diaz" in Period 1; they are linked in row order.',
      'B: two students named "Al Fox"; they are linked in row order.',
    ]);
  });

  test('SPEC 6: names and sections are data: "Jo|X" alone and "Jo" in section "x|" are no twins', () => {
    // Joined as `name|section`, both made the key "jo|x|" and a false twin warning.
    const { warnings } = linkStudents([{ name: 'A', students: [student('Jo|X'), student('Jo', 'x|')] }]);
    expect(warnings).toEqual([]);
  });

  test('SPEC 6: dots in a name read as spaces, and the spaces left collapse', () => {
    // "A.J. Smith": "a j  smith" (dots to spaces) → "a j smith"; "A. J. Smith": "a  j  smith" → "a j smith".
    expect(nameKey('A.J. Smith')).toBe('a j smith');
    expect(nameKey('A. J. Smith')).toBe('a j smith');
  });

  test('SPEC 6: an email first met on a name match links the next assessment by that email', () => {
    // A has no email: B links to A by name and brings bob@x.org; C's "Robert Stone" has only the email.
    const linking = linkStudents([
      { name: 'A', students: [student('Bob Stone')] },
      { name: 'B', students: [student('Bob Stone', null, 'bob@x.org')] },
      { name: 'C', students: [student('Robert Stone', null, 'bob@x.org')] },
    ]);
    expect(rowsOf(linking)).toEqual([[0, 0, 0]]);
  });

  test('SPEC 6: an email first met on a name match keeps another email from linking by name later', () => {
    // A-B link by name (B brings sam1@); C's Sam Lee has sam2@, a different student: a new one.
    const linking = linkStudents([
      { name: 'A', students: [student('Sam Lee')] },
      { name: 'B', students: [student('Sam Lee', null, 'sam1@x.org')] },
      { name: 'C', students: [student('Sam Lee', null, 'sam2@x.org')] },
    ]);
    expect(rowsOf(linking)).toEqual([
      [0, 0, null],
      [null, null, 0],
    ]);
  });

  test('SPEC 6: a section first met on a name match keeps another section from linking by name later', () => {
    // A-B link by name (B brings Period 1); C's Kim Park is in Period 3: another student.
    const linking = linkStudents([
      { name: 'A', students: [student('Kim Park')] },
      { name: 'B', students: [student('Kim Park', 'Period 1')] },
      { name: 'C', students: [student('Kim Park', 'Period 3')] },
    ]);
    expect(rowsOf(linking)).toEqual([
      [0, 0, null],
      [null, null, 0],
    ]);
    expect(linking.students.map((s) => s.section)).toEqual(['Period 1', 'Period 3']);
  });

  test('SPEC 6: a section spelt with a run of spaces is the same section', () => {
    // "Period  1" and "period 1" both read "period 1": one Kim Park.
    const linking = linkStudents([
      { name: 'A', students: [student('Kim Park', 'Period  1')] },
      { name: 'B', students: [student('Kim Park', 'period 1')] },
    ]);
    expect(rowsOf(linking)).toEqual([[0, 0]]);
  });

  test('SPEC 6: the words of a section stay apart: "Math 8 1" is not "Math 81"', () => {
    // "math 8 1" vs "math 81": two sections, so the two Kim Parks are two students.
    const linking = linkStudents([
      { name: 'A', students: [student('Kim Park', 'Math 8 1')] },
      { name: 'B', students: [student('Kim Park', 'Math 81')] },
    ]);
    expect(rowsOf(linking)).toEqual([
      [0, null],
      [null, 0],
    ]);
  });

  test('SPEC 6: emails match by lower case: "straße@" is not "STRASSE@"', () => {
    // Lower case: "straße@schule.de" and "strasse@schule.de" differ (upper case would make both
    // "STRASSE@SCHULE.DE"); the names differ too, so two students.
    const linking = linkStudents([
      { name: 'A', students: [student('Jan Roth', null, 'straße@schule.de')] },
      { name: 'B', students: [student('Jana Roth', null, 'STRASSE@schule.de')] },
    ]);
    expect(rowsOf(linking)).toEqual([
      [0, null],
      [null, 0],
    ]);
  });
});

describe('SPEC 6: progress, the cases the mutation run found untested', () => {
  /** Ratios is step 1, Fractions step 2: Ana masters both, Ben misses step 1, Cy step 2. */
  const twoSteps = () =>
    csv(`
Student,Q1,Q2
Points,1,1
Skill,Ratios,Fractions
Step,1,2
Ana,1,1
Ben,0,1
Cy,1,0
`);
  /** Only Ratios, mastered by all three. */
  const ratiosOnly = () =>
    csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,1
Ben,1
Cy,1
`);

  test('SPEC 6: a step whose skills the latest does not measure keeps its group, none with data', () => {
    const report = progressReport([assessment('a', twoSteps()), assessment('b', ratiosOnly())]);
    // Step 1 (Ratios): Ben, 1/1 on the latest's Q1: mastered. Step 2 (Fractions): Cy, no Fractions
    // item in b: no data, so missing.
    expect(report.effectiveness).toEqual([
      { section: '(all)', step: 1, skills: ['Ratios'], grouped: 1, nowMastered: 1, missing: 0 },
      { section: '(all)', step: 2, skills: ['Fractions'], grouped: 0, nowMastered: 0, missing: 1 },
    ]);
  });

  test('SPEC 6: a skill the latest assessment does not measure has a first score and no change', () => {
    const json = progressJson(progressReport([assessment('a', twoSteps()), assessment('b', ratiosOnly())]));
    // Fractions (Q2) in a: Ana 1, Ben 1, Cy 0; not in b: after null, so no change.
    expect(json.students.map((s) => s.skills.Fractions)).toEqual([
      { before: 1, after: null, change: null },
      { before: 1, after: null, change: null },
      { before: 0, after: null, change: null },
    ]);
  });

  test('SPEC 6: a student absent from the latest of three has no latest score', () => {
    const ab = () =>
      csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,0
Ben,1
`);
    const c = csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,1
`);
    const json = progressJson(
      progressReport([assessment('a', ab()), assessment('b', ab()), assessment('c', c)]),
    );
    // Ana: 0 → 1. Ben is in a and b (so listed) but not c: 1 → nothing.
    expect(json.students.map((s) => [s.name, s.skills.Ratios])).toEqual([
      ['Ana', { before: 0, after: 1, change: 1 }],
      ['Ben', { before: 1, after: null, change: null }],
    ]);
  });

  test('SPEC 6: a section and skill no assessment has together is no progress row', () => {
    const a = csv(`
Student,Q1
Points,1
Skill,Fractions
Ana,1
Ben,0
`);
    const b = csv(`
Student,Period,Q1
Points,,1
Skill,,Ratios
Ana,P1,1
Ben,P2,0
`);
    const report = progressReport([assessment('a', a), assessment('b', b)]);
    // a has no sections: Fractions only in (all) (Ben struggles). b: Ratios in (all), P1 (Ana, 1/1)
    // and P2 (Ben, 0/1). No P1 or P2 row for Fractions.
    expect(
      report.progress.map((r) => [r.section, r.skill, r.counts.map((k) => [k.withData, k.struggling])]),
    ).toEqual([
      [
        '(all)',
        'Fractions',
        [
          [2, 1],
          [0, 0],
        ],
      ],
      [
        '(all)',
        'Ratios',
        [
          [0, 0],
          [2, 1],
        ],
      ],
      [
        'P1',
        'Ratios',
        [
          [0, 0],
          [1, 0],
        ],
      ],
      [
        'P2',
        'Ratios',
        [
          [0, 0],
          [1, 1],
        ],
      ],
    ]);
  });

  test('SPEC 6: a section with nobody grouped at a step has no effectiveness row for it', () => {
    const a = csv(`
Student,Period,Q1,Q2
Points,,1,1
Skill,,Ratios,Fractions
Step,,1,2
Ana,P1,0,0
Ben,P1,1,0
Cy,P2,0,1
Dee,P2,0,0
`);
    const b = csv(`
Student,Period,Q1,Q2
Points,,1,1
Skill,,Ratios,Fractions
Ana,P1,1,1
Ben,P1,1,1
Cy,P2,1,1
Dee,P2,1,1
`);
    // P1: Ana at step 1, Ben at step 2. P2: Cy and Dee at step 1, nobody at step 2. All master it now.
    expect(progressOf(a, b).effectiveness).toEqual([
      { section: 'P1', step: 1, grouped: 1, nowMastered: 1 },
      { section: 'P1', step: 2, grouped: 1, nowMastered: 1 },
      { section: 'P2', step: 1, grouped: 2, nowMastered: 2 },
    ]);
  });

  test('SPEC 6: a latest item with two skills counts for a step of either', () => {
    const a = csv(`
Student,Q1
Points,1
Skill,Ratios
Step,1
Ana,0
Ben,1
`);
    const b = csv(`
Student,Q1
Points,1
Skill,"Ratios, Unit rates"
Ana,1
Ben,1
`);
    // Ana at step 1 (Ratios); b's Q1 measures Ratios (and Unit rates): 1/1, mastered.
    expect(progressOf(a, b).effectiveness).toEqual([
      { section: '(all)', step: 1, grouped: 1, nowMastered: 1 },
    ]);
  });

  test('SPEC 11: progress --json: each skill is a plain data property, as in an object literal', () => {
    const a = csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,0
`);
    const b = csv(`
Student,Q1
Points,1
Skill,Ratios
Ana,1
`);
    const { skills } = progressOf(a, b).students[0];
    // Ana: 0 → 1, change 1; writable and configurable, like { Ratios: … } written out.
    expect(Object.getOwnPropertyDescriptor(skills, 'Ratios')).toEqual({
      value: { before: 0, after: 1, change: 1 },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });
});
