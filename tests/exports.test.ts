/**
 * Real exports (tests/fixtures/exports, README there) read as a teacher would read them (SPEC 3,
 * "Other exports teachers paste or upload"). Every expected number is worked by hand in the comment
 * above it: fraction = score ÷ points; struggling below the 80% cut; % = struggling ÷ with data.
 */
import path from 'node:path';
import { readCsvFile } from '../src/cli/csv';
import { checkGrid, type CheckResult } from '../src/core/engine';
import { detectLayout, type LayoutCorrection } from '../src/core/layout';
import { learningObjectives, oneRosterGradebooks } from '../src/core/oneRoster';
import { DEFAULT_SETTINGS } from '../src/core/types';

const FIXTURES = path.join(__dirname, 'fixtures', 'exports');
export const fixture = (name: string) => path.join(FIXTURES, name);

function check(name: string, correction: LayoutCorrection = {}): CheckResult {
  const file = readCsvFile(fixture(name));
  return checkGrid(file.grid, { settings: DEFAULT_SETTINGS, correction, decimalComma: file.decimalComma });
}

/** `struggling/withData` of each skill for a section, in the report's order. */
function shares({ analysis }: CheckResult, section = '(all)'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of analysis.classCheck)
    if (r.section === section) out[r.skill] = `${r.struggling}/${r.withData}`;
  return out;
}

describe('Canvas gradebook', () => {
  test('the three assignments are the items, out of the Points Possible row; summary columns are not', () => {
    const result = check('canvas-gradebook.csv');
    // Unit 1 /10: 9 7 10 6 8 10 → .9 .7 1 .6 .8 1: Ben, Dev below 80% → 2/6.
    // Unit 2 /20: 18 15 20 17 12 16 → .9 .75 1 .85 .6 .8: Ben, Eli → 2/6 (Fay's .8 is at the cut).
    // Homework /5: 5 4 5 5 3 5 → 1 .8 1 1 .6 1: Eli → 1/6.
    expect(shares(result)).toEqual({
      'Unit 1 Quiz (1201)': '2/6',
      'Unit 2 Quiz (1202)': '2/6',
      'Homework 3 (1203)': '1/6',
    });
    expect(result.analysis.items.map((i) => i.points)).toEqual([10, 20, 5]);
  });

  test('sections from the Section column: Period 2 is Dev, Eli, Fay', () => {
    // Homework in Period 2: Dev 1, Eli .6, Fay 1 → 1/3.
    expect(shares(check('canvas-gradebook.csv'), 'Period 2')['Homework 3 (1203)']).toBe('1/3');
  });

  test('the report names the 12 summary columns it left out, in one line; no (read only) warning', () => {
    const { book } = check('canvas-gradebook.csv');
    const leftOut = book.layout.leftOut!.filter(
      (l) => l.reason === 'totals and averages' || l.reason === 'grades',
    );
    expect(leftOut).toHaveLength(12);
    expect(book.layout.guesses.filter((g) => g.includes('Assignments Final Score'))).toHaveLength(1);
    expect(book.warnings.filter((w) => w.includes('read only'))).toEqual([]);
  });

  test('a correction includes a left-out column back as an item', () => {
    // Column I (8), Assignments Current Score; its points cell reads (read only): out of its highest, 100.
    const names = (correction: LayoutCorrection) =>
      check('canvas-gradebook.csv', correction).analysis.items.map((i) => i.item);
    expect(names({})).not.toContain('Assignments Current Score');
    expect(names({ columns: { 8: 'item' } })).toContain('Assignments Current Score');
  });

  test('an item column whose points cell reads (read only) is a summary column, whatever its header', () => {
    const grid = [
      ['Student', 'Quiz', 'Weighted'],
      ['Points Possible', '10', '(read only)'],
      ['Ana', '9', '88'],
    ];
    const layout = detectLayout(grid);
    expect(layout.columns).toEqual(['name', 'item', 'ignored']);
    expect(layout.leftOut).toEqual([
      { column: 2, header: 'Weighted', reason: 'summary columns marked (read only)' },
    ]);
  });
});

describe('Canvas quiz student analysis', () => {
  test('each answer/score pair is one item named by its question, out of its score header', () => {
    const { analysis } = check('canvas-quiz-analysis.csv');
    expect(analysis.items.map((i) => [i.item, i.points])).toEqual([
      ['Solve 2x + 3 = 11', 1],
      ['Solve 3(x - 2) = 12', 1],
      ['Simplify 4x + 2x', 1],
      ['Solve x/4 = 3', 2],
    ]);
  });

  test("Ben Brooks's latest attempt is read, with one warning; section_id, attempt, counts not items", () => {
    const result = check('canvas-quiz-analysis.csv');
    // Kept rows: Ana 1 1 1 2; Ben (attempt 2) 1 0 1 2; Carla 0 1 0 2; Dev 0 1 1 1; Eli 1 1 1 2.
    // Q1: Carla, Dev → 2/5. Q2: Ben → 1/5. Q3: Carla → 1/5. Q4 /2: Dev 1/2 = .5 → 1/5.
    expect(shares(result)).toEqual({
      'Solve 2x + 3 = 11': '2/5',
      'Solve 3(x - 2) = 12': '1/5',
      'Simplify 4x + 2x': '1/5',
      'Solve x/4 = 3': '1/5',
    });
    expect(result.analysis.students.map((s) => s.name)).toEqual([
      'Ana Alvarez',
      'Carla Chen',
      'Ben Brooks',
      'Dev Das',
      'Eli Evans',
    ]);
    expect(result.book.warnings).toContain(
      '1 student has more than one attempt: the latest attempt of each is read ' +
        '(Ben Brooks: row 5 kept, row 3 left out).',
    );
  });
});

describe('exam sheet with the key above the header, students known by SID', () => {
  test('the labelled key row above the header is the answer key; the SIDs are the students', () => {
    const layout = detectLayout(readCsvFile(fixture('exam-answer-key.csv')).grid);
    expect(layout).toMatchObject({
      headerRow: 1,
      answerKeyRow: 0,
      columns: ['id', 'item', 'item', 'item', 'item', 'item'],
    });
    expect(layout.studentRows).toEqual([2, 3, 4, 5, 6]);
  });

  test('an unlabelled key row above the header is taken with --answer-key 1', () => {
    const grid = readCsvFile(fixture('exam-key-unlabelled.csv')).grid;
    expect(detectLayout(grid, { answerKey: '1' }).answerKeyRow).toBe(0);
  });

  test('students are named by their SID', () => {
    const { analysis } = check('exam-answer-key.csv');
    expect(analysis.students.map((s) => s.name)).toEqual(['10231', '10232', '10233', '10234', '10235']);
  });
});

describe('exam sheet: the numbers', () => {
  test('answers graded against the key; the choice E is an answer, not the no-data word e', () => {
    // Key B D A C E. 10232 Q2 wrong; 10233 Q1, Q4 wrong; 10234 Q5 blank (no data); 10235 Q3, Q5 wrong.
    // Q1–Q4 one wrong each → 1/5. Q5: 10231, 10232, 10233 answered E (right), 10235 D → 1/4.
    expect(shares(check('exam-answer-key.csv'))).toEqual({
      Q1: '1/5',
      Q2: '1/5',
      Q3: '1/5',
      Q4: '1/5',
      Q5: '1/4',
    });
  });

  test('the unlabelled key, chosen with --answer-key 1, gives the same numbers', () => {
    expect(shares(check('exam-key-unlabelled.csv', { answerKey: '1' }))).toEqual({
      Q1: '1/5',
      Q2: '1/5',
      Q3: '1/5',
      Q4: '1/5',
      Q5: '1/4',
    });
  });
});

describe('standards-based report (1–4, 3+, 2-, e against points 100)', () => {
  const HEADERS = ['NBT.1 Place value', 'NBT.2 Rounding', 'NF.1 Equivalent fractions'];

  test('one warning says the columns look like a proficiency scale against the wrong points', () => {
    const { book } = check('standards-report.csv');
    const scale = book.warnings.filter((w) => w.includes('proficiency scale'));
    expect(scale).toHaveLength(1);
    expect(scale[0]).toContain('3 columns look like a proficiency scale read against the wrong points');
    expect(scale[0]).toContain('"NBT.1 Place value": highest 4 of 100');
  });

  test('3+ and 2- against 100 points are invalid, in one warning; e and missing are no data', () => {
    const { book } = check('standards-report.csv');
    // C4 2-, C6 3-, D3 3+, E6 3+: four invalid; Ben's e (E4) and Eli's missing (D7) are no data.
    expect(book.invalid.map((c) => c.address)).toEqual(['C4', 'C6', 'D3', 'E6']);
    expect(book.warnings.filter((w) => w.includes('invalid'))).toHaveLength(1);
  });

  test('out of 4 (Skill Map) at a 75% cut: 3+ is 3.25, 2- is 1.75, as the teacher reads the scale', () => {
    const file = readCsvFile(fixture('standards-report.csv'));
    const { analysis, book } = checkGrid(file.grid, {
      settings: { ...DEFAULT_SETTINGS, masteryCut: 0.75 },
      skillMap: HEADERS.map((item) => ({ item, points: 4 })),
    });
    // NBT.1: 4 2- 3 3- 1 → 1, 1.75/4 = .4375, .75, 2.75/4 = .6875, .25: Ben, Dev, Eli → 3/5
    // (Carla's .75 is at the cut).
    // NBT.2: 3+ 3 2 4 missing → 3.25/4 = .8125, .75, .5, 1, no data: Carla → 1/4.
    // NF.1: 3 e 4 3+ 2 → .75, no data, 1, .8125, .5: Eli → 1/4.
    expect(shares({ analysis, book })).toEqual({
      'NBT.1 Place value': '3/5',
      'NBT.2 Rounding': '1/4',
      'NF.1 Equivalent fractions': '1/4',
    });
    expect(book.invalid).toEqual([]);
    expect(book.warnings.filter((w) => w.includes('proficiency scale'))).toEqual([]);
  });
});

describe('Forms quiz asking for a name', () => {
  // Key (Ms. Rivera, the first 3 / 3): 0.75, 5, "2, 3".
  // Ana .75 5 "3, 2": all right (.75 = 0.75, sets). Ben 0.7: Q1 wrong. Carla 10, "2": Q2 and Q3 wrong.
  // Dev 3/4 = 0.75 right, "2, 3, 9" wrong. Q1 1/4, Q2 1/4, Q3 2/4.
  const expected = {
    'What is 3/4 as a decimal?': '1/4',
    'Solve 2x = 10': '1/4',
    'Which of these are prime?': '2/4',
  };
  test('Full name', () => {
    const result = check('forms-full-name.csv');
    expect(result.book.layout.kind).toBe('forms');
    expect(shares(result)).toEqual(expected);
  });

  test('Name', () => {
    expect(shares(check('forms-name.csv'))).toEqual(expected);
  });
});

describe('Moodle grade export', () => {
  test('ID number, Institution, Department, Course total and the download time are not items', () => {
    const result = check('moodle-grades.csv');
    expect(result.analysis.items.map((i) => i.item)).toEqual([
      'Quiz: Linear equations (Real)',
      'Assignment: Graphing lines (Real)',
      'Quiz: Slope (Real)',
    ]);
    // No points row: each out of its highest score, 10. LE 8 10 6 9.5 10: Carla .6 → 1/5.
    // GL 9.5 7 10 - 10: Ben .7; "-" no data → 1/4. Slope - 10 10 7.5 4: Dev .75, Eli .4 → 2/4.
    expect(Object.values(shares(result))).toEqual(['1/5', '1/4', '2/4']);
  });
});

describe('TIMSS-style item file', () => {
  test('idbook, girl and other identifiers and demographics are not items; idstud names the students', () => {
    const result = check('timss-items.csv');
    // M01 1 1 0 1 1 → 1/5; M02 1 0 0 1 1 → 2/5; M03 all 1 → 0/5; M04 0 1 1 1 1 → 1/5.
    expect(shares(result)).toEqual({ M041001: '1/5', M041002: '2/5', M041003: '0/5', M041004: '1/5' });
    expect(result.analysis.students[0].name).toBe('120101');
  });
});

describe('Google Classroom as downloaded', () => {
  test('class name alone in A1, Average not an item, the ungraded-points assignment out of 1', () => {
    const result = check('classroom-download.csv');
    expect(result.book.layout.headerRow).toBe(1);
    // LE /20: 18 15 20 12 16 → .9 .75 1 .6 .8: Ben, Dev → 2/5. Slope /10: 8 9 10 6 blank → Dev → 1/4.
    // Exit ticket, no points, values 0–1 → out of 1: 1 0 1 1 0 → Ben, Eli → 2/5.
    expect(shares(result)).toEqual({
      'Linear equations quiz': '2/5',
      'Slope worksheet': '1/4',
      'Graphing exit ticket': '2/5',
    });
  });
});

describe('duplicate headers', () => {
  test('two Quiz columns are two items, the second named Quiz (2), with one warning', () => {
    const result = check('duplicate-headers.csv');
    // Quiz /10: 9 8 10 5 → Dev → 1/4. Quiz (2) /10: 6 9 10 8 → Ana → 1/4.
    // Homework /5: 5 3 5 4 → Ben → 1/4.
    expect(shares(result)).toEqual({ Quiz: '1/4', 'Quiz (2)': '1/4', Homework: '1/4' });
    expect(result.book.warnings).toEqual([
      '1 column repeats a header: each is its own item, named by its place (C "Quiz (2)").',
    ]);
  });
});

describe('one warning for a repeated condition', () => {
  test('more than three rows without a student are one line with the count and the first three', () => {
    // An exam sheet read with a header the teacher did not mean: five answer rows, no student cell.
    const grid = [
      ['Student', 'Q1'],
      ['', 'A'],
      ['', 'B'],
      ['', 'C'],
      ['', 'D'],
      ['', 'E'],
      ['Ana', 'A'],
    ];
    expect(detectLayout(grid).guesses.filter((g) => g.includes('no student'))).toEqual([
      '5 rows have values but no student: ignored (rows 2, 3, 4 and 2 more).',
    ]);
  });

  test('more than three invalid cells are one line with the count and the first three', () => {
    const grid = [
      ['Student', 'Q1'],
      ['Points', '4'],
      ['A', 'B+'],
      ['B', 'x'],
      ['C', '#N/A'],
      ['D', 'B-'],
      ['E', '4'],
    ];
    const { book } = checkGrid(grid, { settings: DEFAULT_SETTINGS });
    expect(book.warnings).toEqual([
      '4 invalid scores, counted as no data: "B+" at B3 (Q1), "x" at B4 (Q1), "#N/A" at B5 (Q1) and 1 more.',
    ]);
  });
});

describe('OneRoster learningObjectiveSet', () => {
  test('a JSON list of sets (1.2) and a plain list both give the ids', () => {
    expect(learningObjectives('[{"source":"CASE","learningObjectiveIds":["7.NS.1","7.NS.2"]}]')).toEqual([
      '7.NS.1',
      '7.NS.2',
    ]);
    expect(learningObjectives('7.NS.1; 7.NS.2')).toEqual(['7.NS.1', '7.NS.2']);
  });

  test('SPEC 3 (OneRoster): a set without learningObjectiveIds, or a JSON null, gives no ids', () => {
    expect(learningObjectives('{"source":"CASE"}')).toEqual([]);
    expect(learningObjectives('null')).toEqual([]);
    expect(learningObjectives('')).toEqual([]);
  });

  test('SPEC 3 (OneRoster): one set on its own, not in a list, gives its ids', () => {
    expect(learningObjectives('{"source":"CASE","learningObjectiveIds":["7.NS.1"]}')).toEqual(['7.NS.1']);
  });

  test('SPEC 3 (OneRoster): ids split at , or ; with or without spaces, a trailing one adds none', () => {
    expect(learningObjectives('7.NS.1;7.NS.2,')).toEqual(['7.NS.1', '7.NS.2']);
  });
});

describe('SPEC 3 (OneRoster): one gradebook grid per class, from src', () => {
  // Math 7 (c1): Ben is enrolled, so he comes first; Ana and u9 (no users row: the id stands) have
  // results only. Tia, a teacher, is scored there but is no student; t9 is enrolled as a teacher.
  // Ben's 0 on Quiz 1 is exempt: no score. Ana's Quiz 2 row is marked tobedeleted: no score. Quiz 3
  // has no result. Class c2 has no title: its class code names it; u4 there has no name, and its
  // results row is short. c3 has no line item: no gradebook; c4 has neither title nor code.
  const tables = {
    users: [
      ['sourcedId', 'givenName', 'familyName', 'email', 'role'],
      ['u1', 'Ana', 'Diaz', 'ana@x.org', 'student'],
      ['u2', 'Ben', 'Ng', '', 'student'],
      ['t1', 'Tia', 'Teach', '', 'teacher'],
      ['u4', '', '', '', ''],
    ],
    classes: [
      ['sourcedId', 'title', 'classCode'],
      ['c1', 'Math 7', ''],
      ['c2', '', 'M8'],
      ['c3', 'Empty', ''],
      ['c4', '', ''],
    ],
    lineItems: [
      ['sourcedId', 'title', 'classSourcedId', 'resultValueMax', 'learningObjectiveSet'],
      ['l1', 'Quiz 1', 'c1', '10', '7.NS.1; 7.NS.2'],
      ['l2', 'Quiz 2', 'c1', '5', ''],
      ['l4', 'Quiz 3', 'c1', '4', ''],
      ['l3', 'Test', 'c2', '20', ''],
      ['l5', 'Warm-up', 'c4', '1', ''],
    ],
    results: [
      ['lineItemSourcedId', 'studentSourcedId', ' Score ', 'scoreStatus', 'status'],
      ['l1', 'u1', ' 8 ', 'fully graded', ''],
      ['l1', 'u2', '0', 'exempt', ''],
      ['l2', 'u2', '4', '', ''],
      ['l2', 'u1', '3', '', 'tobedeleted'],
      ['l1', 't1', '9', '', ''],
      ['l2', 'u9', '5', '', ''],
      ['l3', 'u4', '15'],
    ],
    enrollments: [
      ['classSourcedId', 'userSourcedId', 'role'],
      ['c1', 't1', 'teacher'],
      ['c1', 't9', 'teacher'],
      ['c1', 'u2', 'student'],
    ],
  };

  test('SPEC 3 (OneRoster): the class with skills: points and skill rows, enrolled students first', () => {
    expect(oneRosterGradebooks(tables)[0]).toEqual({
      title: 'Math 7',
      grid: [
        ['Student', 'Email', 'Section', 'Quiz 1', 'Quiz 2', 'Quiz 3'],
        ['Points possible', '', '', '10', '5', '4'],
        ['Skill', '', '', '7.NS.1, 7.NS.2', '', ''],
        ['Ben Ng', '', 'Math 7', '', '4', ''],
        ['Ana Diaz', 'ana@x.org', 'Math 7', '8', '', ''],
        ['u9', '', 'Math 7', '', '5', ''],
      ],
    });
  });

  test('SPEC 3 (OneRoster): a class named by its code, or by its id; a student without a name', () => {
    const books = oneRosterGradebooks(tables);
    expect(books.map((b) => b.title)).toEqual(['Math 7', 'M8', 'c4']);
    expect(books[1].grid).toEqual([
      ['Student', 'Email', 'Section', 'Test'],
      ['Points possible', '', '', '20'],
      ['u4', '', 'M8', '15'],
    ]);
  });

  test('SPEC 3 (OneRoster): the required columns only (and a short row), without enrollments', () => {
    const minimal = {
      users: [
        ['sourcedId', 'givenName', 'familyName', 'email'],
        ['u1', 'Ana', 'Diaz'], // a short row: no email
      ],
      classes: [
        ['sourcedId', 'title'],
        ['c1', 'Math 7'],
      ],
      lineItems: [
        ['sourcedId', 'title', 'classSourcedId'],
        ['l1', 'Quiz 1', 'c1'],
      ],
      results: [
        ['lineItemSourcedId', 'studentSourcedId', 'score'],
        ['l1', 'u1', '1'],
      ],
    };
    expect(oneRosterGradebooks(minimal)).toEqual([
      {
        title: 'Math 7',
        grid: [
          ['Student', 'Email', 'Section', 'Quiz 1'],
          ['Points possible', '', '', ''],
          ['Ana Diaz', '', 'Math 7', '1'],
        ],
      },
    ]);
  });

  test('SPEC 3 (OneRoster): an empty file, a missing column, or no line items is one clear line', () => {
    const without = (table: (string | number)[][], column: string) => [table[0].filter((h) => h !== column)];
    expect(() => oneRosterGradebooks({ ...tables, users: [] })).toThrow('users.csv is empty.');
    expect(() => oneRosterGradebooks({ ...tables, users: without(tables.users, 'sourcedId') })).toThrow(
      'users.csv has no sourcedId column.',
    );
    expect(() => oneRosterGradebooks({ ...tables, classes: [['sourcedId']] })).toThrow(
      'classes.csv has no title column.',
    );
    expect(() =>
      oneRosterGradebooks({ ...tables, lineItems: without(tables.lineItems, 'classSourcedId') }),
    ).toThrow('lineItems.csv has no classSourcedId column.');
    expect(() => oneRosterGradebooks({ ...tables, results: without(tables.results, ' Score ') })).toThrow(
      'results.csv has no score column.',
    );
    expect(() =>
      oneRosterGradebooks({ ...tables, enrollments: without(tables.enrollments, 'userSourcedId') }),
    ).toThrow('enrollments.csv has no userSourcedId column.');
    expect(() => oneRosterGradebooks({ ...tables, lineItems: [tables.lineItems[0]] })).toThrow(
      'no class has line items.',
    );
  });
});
