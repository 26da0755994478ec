/** Layout detection (SPEC section 3) on the examples and on the variants teachers produce. */
import fc from 'fast-check';
import { runs } from './helpers/runs';
import { parseCsv } from '../src/cli/csv';
import { LayoutError, detectLayout } from '../src/core/layout';
import type { CellValue, Grid } from '../src/core/types';
import { analyseGrid } from './helpers/engine';
import { csv, exampleGrid } from './helpers/examples';

describe('the examples', () => {
  test('plain with labelled rows and periods', () => {
    const layout = detectLayout(exampleGrid('jit-pre-assessment.csv'));
    expect(layout).toMatchObject({
      kind: 'plain',
      headerRow: 0,
      columns: ['name', 'section', 'item', 'item', 'item'],
      rows: { 1: 'points', 2: 'skills', 3: 'step' },
    });
    expect(layout.studentRows).toHaveLength(28);
    expect(layout.studentRows[0]).toBe(4);
  });

  test('Google Classroom export: no labels, due dates and points rows above the students', () => {
    const layout = detectLayout(exampleGrid('classroom-export.csv'));
    expect(layout).toMatchObject({
      kind: 'classroom',
      columns: ['last', 'first', 'email', ...Array(8).fill('item')],
      rows: { 1: 'ignored', 2: 'points' },
    });
    expect(layout.studentRows).toHaveLength(24);
    expect(layout.guesses).toEqual([
      'Row 2 read as due dates: ignored.',
      'Row 3 read as points possible (numbers above the first student).',
    ]);
  });

  test('Google Forms: Timestamp and Score are not items; the teacher response is guessed as the key', () => {
    const grid = exampleGrid('forms-quiz-responses.csv');
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('forms');
    expect(layout.columns).toEqual(['ignored', 'email', 'ignored', 'item', 'item', 'item', 'item']);
    expect(layout.answerKeyRow).toBe(1);
    expect(layout.studentRows).not.toContain(1);
    expect(layout.guesses.some((g) => g.startsWith('Answer key: row 2'))).toBe(true);
    const a = analyseGrid(grid);
    // Checkbox sets, 11.2 = 11.20, -4 = -4.0, "9 " trimmed, a blank answer is no data.
    const student = (email: string) => a.students.find((s) => s.name === email)!;
    expect(student('carla.chen@students.example.org').gaps).toEqual([]);
    expect(student('ivan.ito@students.example.org').gaps).toEqual([]);
    expect(student('gus.garcia@students.example.org').gaps).toEqual([]);
    expect(student('nia.nguyen@students.example.org').gaps).toEqual(['Solve x + 5 = 14']);
    expect(a.items[2]).toMatchObject({ answered: 19 });
  });

  test('Forms without any full-score response asks for a key instead of guessing', () => {
    const a = analyseGrid(
      csv(`
Timestamp,Email Address,Score,Q1
1/1/2026,a@x.org,0 / 1,4
`),
    );
    expect(a.items).toEqual([]);
    expect(a.warnings[0]).toMatch(/No answer key/);
  });

  test('messy gradebook: blank row skipped, formula and HTML names kept as text', () => {
    const layout = detectLayout(exampleGrid('messy-gradebook.csv'));
    expect(layout.rows).toEqual({ 1: 'points', 2: 'skills' });
    expect(layout.studentRows).toEqual([3, 4, 5, 6, 7, 8, 10]);
  });
});

describe('variants a teacher produces', () => {
  const base = exampleGrid('jit-pre-assessment.csv');
  // The expected analysis is worked out inside each test, not once here: a mutation tester counts
  // describe-time work as covered by every test (a "static" mutant), which costs the whole suite per mutant.
  const same = (grid: Grid) => {
    const expected = analyseGrid(base);
    const a = analyseGrid(grid);
    expect(a.classCheck).toEqual(expected.classCheck);
    expect(a.stations).toEqual(expected.stations);
  };

  test('a title row above the header', () =>
    same([['Algebra 1 · JIT check', '', '', '', ''], ['', '', '', '', ''], ...base]));
  test('extra blank columns', () =>
    same(base.map((row) => ['', ...row.slice(0, 2), '', ...row.slice(2), ''])));
  test('trailing empty rows', () => same([...base, ['', '', '', '', ''], ['', '', '', '', '']]));
  test('a notes column of free text is not an item', () => {
    const notes = [
      'Notes',
      '',
      '',
      '',
      ...base.slice(4).map((_, i) => (i % 3 === 0 ? 'needs calculator' : i % 3 === 1 ? '' : 'was late')),
    ];
    const grid = base.map((row, r) => [...row, notes[r]]);
    expect(detectLayout(grid).columns[5]).toBe('ignored');
    same(grid);
  });
  test('labelled rows below the students', () => same([base[0], ...base.slice(4), ...base.slice(1, 4)]));
  test('a Total column between the items (items not side by side)', () => {
    const grid = base.map((row, r) => [
      ...row.slice(0, 3),
      r === 0 ? 'Total' : r < 4 ? '' : 99,
      ...row.slice(3),
    ]);
    expect(detectLayout(grid).columns).toEqual(['name', 'section', 'item', 'ignored', 'item', 'item']);
    same(grid);
  });
  test('words JavaScript objects carry are plain text: a student "Constructor", a column "__proto__"', () => {
    const grid: Grid = [
      ['Student', 'Period', 'constructor', '__proto__'],
      ['Points possible', '', 10, 10],
      ['Constructor', 'P1', 8, 9],
      ['__proto__', 'P1', 3, 10],
    ];
    const layout = detectLayout(grid);
    expect(layout.columns).toEqual(['name', 'section', 'item', 'item']);
    expect(layout.studentRows).toEqual([2, 3]);
    expect(analyseGrid(grid).students.map((s) => [s.name, s.gaps])).toEqual([
      ['Constructor', []],
      ['__proto__', ['constructor']],
    ]);
  });
  test('an Excel BOM and ;-separated CSV with decimal commas', () => {
    const text = '\uFEFFStudent;Period;Q1;Q2\nPoints possible;;10;1\nAna;P1;8,5;1\nBen;P1;7;0,5\n';
    const { grid, decimalComma } = parseCsv(text);
    expect(grid[0][0]).toBe('Student');
    const a = analyseGrid(grid, { decimalComma });
    expect(a.students.map((s) => s.gaps)).toEqual([[], ['Q1', 'Q2']]);
  });
});

/** Random layouts built from parts are detected as they were built. */
describe('fuzz: layouts built from parts', () => {
  const identities = fc.constantFrom(
    { headers: ['Student'], roles: ['name'] },
    { headers: ['Last Name', 'First Name'], roles: ['last', 'first'] },
    { headers: ['Name', 'Email'], roles: ['name', 'email'] },
    { headers: ['Student Name', 'Period'], roles: ['name', 'section'] },
    { headers: ['Email Address', 'Block', 'Student'], roles: ['email', 'section', 'name'] },
  );
  const labelRows = fc.subarray([
    'Points possible',
    'Skill',
    'Step',
    'Mastery cut',
    'Due date',
    'Class average',
  ]);
  const layoutParts = fc.record({
    identity: identities,
    items: fc.integer({ min: 1, max: 5 }),
    students: fc.integer({ min: 1, max: 12 }),
    labels: labelRows,
    labelsBelow: fc.boolean(),
    title: fc.boolean(),
    blankColumn: fc.boolean(),
    notes: fc.boolean(),
    blankRows: fc.array(fc.nat(), { maxLength: 3 }),
  });

  test('detected roles, labelled rows and student rows match the parts', () => {
    fc.assert(
      fc.property(layoutParts, (p) => {
        const w = p.identity.headers.length;
        const itemHeaders = Array.from({ length: p.items }, (_, i) => `Quiz ${i + 1}`);
        const header: CellValue[] = [
          ...p.identity.headers,
          ...itemHeaders,
          ...(p.blankColumn ? [''] : []),
          ...(p.notes ? ['Notes'] : []),
        ];
        const roles = [
          ...p.identity.roles,
          ...itemHeaders.map(() => 'item'),
          ...(p.blankColumn ? ['ignored'] : []),
          ...(p.notes ? ['ignored'] : []),
        ];
        const pad = (row: CellValue[]) => [...row, ...Array(header.length - row.length).fill('')];
        const labelValue: Record<string, CellValue> = {
          'Points possible': 10,
          Skill: 'Fractions',
          Step: 1,
          'Mastery cut': '80%',
          'Due date': 'Oct 2, 2026',
          'Class average': 7.5,
        };
        const labelled = p.labels.map((l) =>
          pad([l, ...Array(w - 1).fill(''), ...itemHeaders.map(() => labelValue[l])]),
        );
        const students = Array.from({ length: p.students }, (_, s) =>
          pad([
            ...p.identity.roles.map((role) =>
              role === 'section' ? `P${s % 2}` : role === 'email' ? `s${s}@x.org` : `Name${s}`,
            ),
            ...itemHeaders.map((_, i) => (s + i) % 11),
            ...(p.blankColumn ? [''] : []),
            ...(p.notes ? ['talks a lot'] : []),
          ]),
        );
        for (const at of p.blankRows) students.splice(at % (students.length + 1), 0, pad([]));
        const grid: CellValue[][] = [
          ...(p.title ? [pad(['Gradebook 2026'])] : []),
          header,
          ...(p.labelsBelow ? [...students, ...labelled] : [...labelled, ...students]),
        ];
        const layout = detectLayout(grid);
        const headerRow = p.title ? 1 : 0;
        expect(layout.headerRow).toBe(headerRow);
        expect(layout.columns).toEqual(roles);
        const isStudent = (row: CellValue[]) =>
          row.slice(0, w).some((c) => c !== '') && !p.labels.includes(row[0] as string);
        expect(layout.studentRows).toEqual(
          grid.map((row, r) => (r > headerRow && isStudent(row) ? r : -1)).filter((r) => r >= 0),
        );
        expect(Object.values(layout.rows).sort()).toEqual(
          p.labels
            .map(
              (l) =>
                (
                  ({
                    'Points possible': 'points',
                    Skill: 'skills',
                    Step: 'step',
                    'Mastery cut': 'cut',
                  }) as Record<string, string>
                )[l] ?? 'ignored',
            )
            .sort(),
        );
      }),
      { numRuns: runs(300) },
    );
  });
});

/** SPEC 3 boundaries, one per behaviour a mutation tester found unchecked (docs/mutation/layout.md). */
describe('SPEC 3 boundaries', () => {
  const error = (grid: Grid, correction = {}) => {
    try {
      detectLayout(grid, correction);
    } catch (e) {
      return [e instanceof LayoutError, (e as Error).message];
    }
    return 'no error';
  };
  const NO_STUDENT =
    'No student column: no header cell reads Student, Name, Student Name, Last Name, First Name, Email, ' +
    'Email Address or a student ID (Student ID, SID, ID number, Username).';

  test('SPEC 3: an empty sheet, or one of empty rows, is "The sheet is empty."', () => {
    expect(error([])).toEqual([true, 'The sheet is empty.']);
    expect(error([[], []])).toEqual([true, 'The sheet is empty.']);
  });
  test('SPEC 3: no student label anywhere names the labels that are read', () => {
    expect(
      error([
        ['Quiz', 'Q1'],
        ['Ana', 3],
      ]),
    ).toEqual([true, NO_STUDENT]);
  });
  test('SPEC 3: the header is the first row with a student label, below a title row', () => {
    const layout = detectLayout([
      ['Unit 3 quiz', ''],
      ['Student', 'Q1'],
      ['Ana', 3],
    ]);
    expect([layout.headerRow, layout.columns, layout.studentRows, layout.rows]).toEqual([
      1,
      ['name', 'item'],
      [2],
      {},
    ]);
  });
  test('SPEC 3: a corrected header row outside the sheet is named 1-based', () => {
    const grid: Grid = [
      ['Student', 'Q1'],
      ['Ana', 3],
      ['Ben', 2],
    ];
    // 3 rows: row index 3 is the 4th row, one past the end; -1 is row 0.
    expect(error(grid, { headerRow: 3 })).toEqual([true, 'Header row 4 is outside the sheet.']);
    expect(error(grid, { headerRow: -1 })).toEqual([true, 'Header row 0 is outside the sheet.']);
  });
  test('SPEC 3: a corrected header row without a student column says which row', () => {
    const grid: Grid = [
      ['Unit 3 quiz', ''],
      ['Student', 'Q1'],
      ['Ana', 3],
    ];
    expect(error(grid, { headerRow: 0 })).toEqual([
      true,
      'No student column in header row 1: name a column Student, Name, Email or Student ID.',
    ]);
  });
  test('SPEC 3: a second name column is left out as identifiers, its header trimmed', () => {
    const layout = detectLayout([
      ['Student', ' Name ', 'Q1'],
      ['Ana', 'Ana M', 3],
    ]);
    expect(layout.columns).toEqual(['name', 'ignored', 'item']);
    expect(layout.leftOut).toEqual([{ column: 1, header: 'Name', reason: 'identifiers' }]);
  });
  test('SPEC 3: blank headers (whitespace, null, past a short header row) are not items', () => {
    // The header stops at column B; column C is headed "   ", D null, E past the header's end.
    const grid: Grid = [
      ['Student', 'Q1', '   ', null],
      ['Ana', 3, '', '', ''],
    ];
    expect(detectLayout(grid).columns).toEqual(['name', 'item', 'ignored', 'ignored', 'ignored']);
  });
  test('SPEC 3: Last, First and Email without Name is a Classroom export', () => {
    const layout = detectLayout([
      ['Last Name', 'First Name', 'Email Address', 'Q1'],
      ['Li', 'Ana', 'a@x', 3],
    ]);
    expect(layout.kind).toBe('classroom');
  });
  test('SPEC 3: Last and First alone, or with a Name column too, is a plain gradebook', () => {
    expect(
      detectLayout([
        ['Last Name', 'First Name', 'Q1'],
        ['Li', 'Ana', 3],
      ]).kind,
    ).toBe('plain');
    expect(
      detectLayout([
        ['Last Name', 'Email Address', 'Q1'],
        ['Li', 'a@x', 3],
      ]).kind,
    ).toBe('plain');
    const withName = [
      ['Student', 'Last Name', 'First Name', 'Email Address', 'Q1'],
      ['Ana Li', 'Li', 'Ana', 'a@x', 3],
    ];
    expect(detectLayout(withName).kind).toBe('plain');
  });
  test('SPEC 3: a Timestamp with only a student ID is not a Forms sheet', () => {
    expect(
      detectLayout([
        ['Timestamp', 'Student ID', 'Q1'],
        ['1/1/2026', 'S1', 3],
      ]).kind,
    ).toBe('plain');
  });
  test('SPEC 3: a label is read in the first filled non-item cell, even right of an item', () => {
    // Column A is an item; the label "Points possible" sits in B, the student column.
    const layout = detectLayout([
      ['Q1', 'Student'],
      [10, 'Points possible'],
      [8, 'Ana'],
    ]);
    expect([layout.rows, layout.studentRows]).toEqual([{ 1: 'points' }, [2]]);
  });
  test('SPEC 3: a label read in the period column when the student cell is blank', () => {
    const layout = detectLayout([
      ['Student', 'Period', 'Q1'],
      ['', 'Points possible', 10],
      ['Ana', 'P1', 8],
    ]);
    expect([layout.rows, layout.studentRows]).toEqual([{ 1: 'points' }, [2]]);
  });
  test('SPEC 3: a title row above the header is not an answer key; only the first Answer key row is', () => {
    const title = detectLayout([
      ['Unit 3 quiz', ''],
      ['Student', 'Q1'],
      ['Ana', 3],
    ]);
    expect([title.rows, title.answerKeyRow]).toEqual([{}, null]);
    const twice = detectLayout([
      ['Answer key', 'B'],
      ['Answer key', 'C'],
      ['Student', 'Q1'],
      ['Ana', 'B'],
    ]);
    expect([twice.rows, twice.answerKeyRow]).toEqual([{ 0: 'key' }, 0]);
  });
  test('SPEC 3: corrected rows: a row read as points, a nameless row read as a student', () => {
    const points = detectLayout(
      [
        ['Student', 'Q1'],
        ['Max', 10],
        ['Ana', 8],
      ],
      { rows: { 1: 'points' } },
    );
    expect([points.rows, points.studentRows]).toEqual([{ 1: 'points' }, [2]]);
    const student = detectLayout(
      [
        ['Student', 'Q1'],
        ['Ana', 8],
        ['', 7],
      ],
      { rows: { 2: 'student' } },
    );
    expect([student.rows, student.studentRows]).toEqual([{}, [1, 2]]);
  });
  test('SPEC 3: a repeated labelled row is ignored with a guess; a repeated Due row is just ignored', () => {
    const layout = detectLayout([
      ['Student', 'Q1'],
      ['Points possible', 10],
      ['Points possible', 5],
      ['Due', '9/1'],
      ['Due', '9/2'],
      ['Ana', 8],
    ]);
    expect(layout.rows).toEqual({ 1: 'points', 2: 'ignored', 3: 'ignored', 4: 'ignored' });
    expect(layout.guesses).toEqual(['Row 3 repeats the points row: ignored.']);
  });
  test('SPEC 3: a row with only a period and no scores is skipped without a guess', () => {
    const layout = detectLayout([
      ['Student', 'Period', 'Q1'],
      ['', 'P1', ''],
      ['Ana', 'P1', 8],
    ]);
    expect([layout.rows, layout.studentRows, layout.guesses]).toEqual([{}, [2], []]);
  });
  test('SPEC 3: numbers under the students are not points possible: one nameless row named', () => {
    const layout = detectLayout([
      ['Student', 'Q1'],
      ['Ana', 8],
      ['', 5],
    ]);
    expect([layout.rows, layout.studentRows, layout.guesses]).toEqual([
      { 2: 'ignored' },
      [1],
      ['Row 3 has values but no student: ignored.'],
    ]);
  });
  test('SPEC 3: only the first row of numbers above the students is points possible', () => {
    const layout = detectLayout([
      ['Student', 'Q1'],
      ['', 10],
      ['', 10],
      ['Ana', 8],
    ]);
    expect(layout.rows).toEqual({ 1: 'points', 2: 'ignored' });
    expect(layout.guesses).toEqual([
      'Row 2 read as points possible (numbers above the first student).',
      'Row 3 has values but no student: ignored.',
    ]);
  });
  test('SPEC 3: a labelled points row then numbers: the numbers are not a second points row', () => {
    const layout = detectLayout([
      ['Student', 'Q1'],
      ['Points possible', 10],
      ['', 10],
      ['Ana', 8],
    ]);
    expect(layout.rows).toEqual({ 1: 'points', 2: 'ignored' });
    expect(layout.guesses).toEqual(['Row 3 has values but no student: ignored.']);
  });
  test('SPEC 3: a row of numbers and text above the students is not points possible', () => {
    const layout = detectLayout([
      ['Student', 'Q1', 'Q2'],
      ['', 10, 'abc'],
      ['Ana', 8, 9],
    ]);
    expect([layout.rows, layout.guesses]).toEqual([
      { 1: 'ignored' },
      ['Row 2 has values but no student: ignored.'],
    ]);
  });
  test('SPEC 3: a row of dates above the students is due dates, strings or date values', () => {
    const strings = detectLayout([
      ['Student', 'Q1', 'Q2'],
      ['', 'Sep 5', '9/12/2026'],
      ['Ana', 8, 9],
    ]);
    expect([strings.rows, strings.guesses]).toEqual([
      { 1: 'ignored' },
      ['Row 2 read as due dates: ignored.'],
    ]);
    const dates = detectLayout([
      ['Student', 'Q1'],
      ['', new Date(2026, 8, 5)],
      ['Ana', 8],
    ]);
    expect([dates.rows, dates.guesses]).toEqual([{ 1: 'ignored' }, ['Row 2 read as due dates: ignored.']]);
  });
  test('SPEC 3: dates under the students, or a date beside text, are not due dates', () => {
    const below = detectLayout([
      ['Student', 'Q1'],
      ['Ana', 8],
      ['', 'Sep 5'],
    ]);
    expect(below.guesses).toEqual(['Row 3 has values but no student: ignored.']);
    // "abc1" has a digit and letters but no date reads it (Date.parse gives NaN).
    const mixed = detectLayout([
      ['Student', 'Q1', 'Q2'],
      ['', 'Sep 5', 'abc1'],
      ['Ana', 8, 9],
    ]);
    expect(mixed.guesses).toEqual(['Row 2 has values but no student: ignored.']);
  });
  test('SPEC 3: a fraction or numbers with a space above the students are not due dates', () => {
    // Date.parse reads both "8/10" (Aug 10) and "3 4" (Mar 4), but neither is written as a date:
    // "8/10" reads as a fraction, "3 4" has no month word, slash or dash.
    const orphan = ['Row 2 has values but no student: ignored.'];
    expect(
      detectLayout([
        ['Student', 'Q1'],
        ['', '8/10'],
        ['Ana', 8],
      ]).guesses,
    ).toEqual(orphan);
    expect(
      detectLayout([
        ['Student', 'Q1'],
        ['', '3 4'],
        ['Ana', 8],
      ]).guesses,
    ).toEqual(orphan);
  });
  test('SPEC 3: three nameless rows are named one by one, four in one line', () => {
    const students: Grid = [
      ['Student', 'Q1'],
      ['Ana', 8],
    ];
    const three = detectLayout([...students, ['', 1], ['', 2], ['', 3]]);
    expect(three.guesses).toEqual([
      'Row 3 has values but no student: ignored.',
      'Row 4 has values but no student: ignored.',
      'Row 5 has values but no student: ignored.',
    ]);
    const four = detectLayout([...students, ['', 1], ['', 2], ['', 3], ['', 4]]);
    // firstFew: the first 3 of rows 3..6, then "and 1 more".
    expect(four.guesses).toEqual(['4 rows have values but no student: ignored (rows 3, 4, 5 and 1 more).']);
  });
});

describe('SPEC 3 boundaries: notes columns', () => {
  test('SPEC 3: a column of mostly text under an unknown header is notes, with a guess', () => {
    const grid: Grid = [
      ['Student', 'Q1', ' Reflection '],
      ['Ana', 8, 'ok'],
      ['Ben', 7, 'tired'],
      ['Cy', 6, 5],
    ];
    const layout = detectLayout(grid);
    // 3 filled, 2 text: 2 × 2 = 4 > 3. The header is named trimmed.
    expect(layout.columns).toEqual(['name', 'item', 'ignored']);
    expect(layout.guesses).toEqual(['Column C (Reflection) holds text, not scores: read as notes.']);
  });
  test('SPEC 3: exactly half text is still an item; blanks do not count', () => {
    // Half: 2 filled, 1 text: 1 × 2 = 2, not > 2. Blanks: 2 filled (2 blank), 2 text: 4 > 2.
    const half = detectLayout([
      ['Student', 'Q1'],
      ['Ana', 'ok'],
      ['Ben', 7],
    ]);
    expect(half.columns).toEqual(['name', 'item']);
    const blanks = detectLayout([
      ['Student', 'Q1'],
      ['Ana', 'ok'],
      ['Ben', ''],
      ['Cy', 'fine'],
      ['Di', ''],
    ]);
    expect(blanks.columns).toEqual(['name', 'ignored']);
  });
  test('SPEC 3: a text column with points is an item; an ignored row does not count as a label', () => {
    const pointed = detectLayout([
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skills', ''],
      ['Ana', 'ok'],
      ['Ben', 'fine'],
    ]);
    expect(pointed.columns).toEqual(['name', 'item']);
    const due = detectLayout([
      ['Student', 'Q1'],
      ['Due', '9/1'],
      ['Ana', 'ok'],
      ['Ben', 'fine'],
    ]);
    expect(due.columns).toEqual(['name', 'ignored']);
  });
  test('SPEC 3: a text column corrected to an item stays an item', () => {
    const grid: Grid = [
      ['Student', 'Q1'],
      ['Ana', 'ok'],
      ['Ben', 'fine'],
    ];
    expect(detectLayout(grid, { columns: { 1: 'item' } }).columns).toEqual(['name', 'item']);
  });
  test('SPEC 3: Forms answers are text and stay items even without a key', () => {
    const layout = detectLayout([
      ['Timestamp', 'Email Address', 'Q1'],
      ['1/1/2026', 'a@x', 'B'],
    ]);
    expect([layout.kind, layout.answerKeyRow, layout.columns]).toEqual([
      'forms',
      null,
      ['ignored', 'email', 'item'],
    ]);
  });
});

describe('SPEC 3 boundaries: the answer key', () => {
  const error = (grid: Grid, answerKey: string) => {
    try {
      detectLayout(grid, { answerKey });
    } catch (e) {
      return [e instanceof LayoutError, (e as Error).message];
    }
    return 'no error';
  };
  const forms = (scores: string[]): Grid => [
    ['Timestamp', 'Email Address', 'Score', 'Q1'],
    ...scores.map((s, i) => ['1/1/2026', `p${i}@x.org`, s, 'B']),
  ];

  test('SPEC 3: an empty answer-key correction keeps the guessed key', () => {
    expect(detectLayout(forms(['1 / 2', '2 / 2']), { answerKey: '' }).answerKeyRow).toBe(2);
  });
  // A space typed in the sidebar's field is no choice either (it used to say "No response from  …").
  test('SPEC 3: an answer-key correction of spaces keeps the guessed key', () => {
    expect(detectLayout(forms(['1 / 2', '2 / 2']), { answerKey: '  ' }).answerKeyRow).toBe(2);
  });
  test('SPEC 3: the guessed key is named 1-based with the way to change it', () => {
    const keyGuesses = detectLayout(forms(['1 / 2', '2 / 2'])).guesses.filter((g) => g.startsWith('Answer'));
    expect(keyGuesses).toEqual([
      'Answer key: row 3, the first response with a full score. Choose another if that is not your key.',
    ]);
  });
  test('SPEC 3: no full score, no key and no guess about one', () => {
    const layout = detectLayout(forms(['1 / 2', '']));
    expect([layout.answerKeyRow, layout.guesses.filter((g) => g.startsWith('Answer'))]).toEqual([null, []]);
  });
  test('SPEC 3: a labelled Answer key row wins over a full-score response', () => {
    const grid: Grid = [
      ['Timestamp', 'Email Address', 'Score', 'Q1'],
      ['Answer key', '', '', 'B'],
      ['1/1/2026', 'a@x.org', '2 / 2', 'B'],
    ];
    expect(detectLayout(grid).answerKeyRow).toBe(1);
  });
  test('SPEC 3: a Score column outside Forms does not guess a key', () => {
    const layout = detectLayout([
      ['Student', 'Score', 'Q1'],
      ['Ana', '4 / 4', 'B'],
    ]);
    expect([layout.kind, layout.answerKeyRow]).toEqual(['plain', null]);
  });
  test('SPEC 3: 0 / 0 is not a full score; 12.25 / 12.25 and 4/4 are', () => {
    expect(detectLayout(forms(['0 / 0', '4 / 4'])).answerKeyRow).toBe(2);
    expect(detectLayout(forms(['12 / 12.5', '12.25 / 12.25'])).answerKeyRow).toBe(2);
    expect(detectLayout(forms(['3 / 4', '4/4'])).answerKeyRow).toBe(2);
    expect(detectLayout(forms(['', '10 / 10'])).answerKeyRow).toBe(2);
  });
  test('SPEC 3: a Score column first (before the Timestamp) still finds the key', () => {
    const grid: Grid = [
      ['Score', 'Timestamp', 'Email Address', 'Q1'],
      ['1 / 2', '1/1/2026', 'a@x.org', 'A'],
      ['2 / 2', '1/1/2026', 'b@x.org', 'B'],
    ];
    expect(detectLayout(grid).answerKeyRow).toBe(2);
  });
  test('SPEC 3: the answer key by row number, spaces trimmed, two digits', () => {
    const many = forms([
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
      '1 / 2',
    ]);
    // Header is sheet row 1, responses rows 2..11: row 11 is index 10.
    expect(detectLayout(many, { answerKey: '11' }).answerKeyRow).toBe(10);
    expect(detectLayout(many, { answerKey: ' 3 ' }).answerKeyRow).toBe(2);
  });
  test('SPEC 3: a key row number that is not a response is refused', () => {
    const grid: Grid = [
      ['Unit 3 quiz', '', ''],
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Ana', 'B', 'C'],
    ];
    // Row 1: a title (no answers under the items); 2: the header; 3: points; 0 and 9: no such row.
    for (const n of ['1', '2', '3', '0', '9'])
      expect(error(grid, n)).toEqual([true, `Answer key row ${n} is not a response row.`]);
    expect(detectLayout(grid, { answerKey: '4' }).answerKeyRow).toBe(3);
  });
  test('SPEC 3: a key row above a header in the first row is refused: the header is not a key', () => {
    expect(
      error(
        [
          ['Student', 'Q1'],
          ['Ana', 'B'],
        ],
        '1',
      ),
    ).toEqual([true, 'Answer key row 1 is not a response row.']);
  });
  test('SPEC 3: an unlabelled row of answers above the header is a key by its number', () => {
    const grid: Grid = [
      ['', 'B'],
      ['Student', 'Q1'],
      ['Ana', 'B'],
    ];
    expect(detectLayout(grid, { answerKey: '1' }).answerKeyRow).toBe(0);
  });
  test('SPEC 3: the answer key by email, any case, cell spaces trimmed', () => {
    const grid: Grid = [
      ['Email Address', 'Q1'],
      ['a@x.org', 'A'],
      [' Key@X.org ', 'B'],
      ['c@x.org', 'C'],
    ];
    expect(detectLayout(grid, { answerKey: 'key@x.ORG' }).answerKeyRow).toBe(2);
  });
  test('SPEC 3: an email with no response, or no email column, is refused by name', () => {
    const grid: Grid = [
      ['Email Address', 'Q1'],
      ['a@x.org', 'A'],
    ];
    expect(error(grid, 'b@x.org')).toEqual([true, 'No response from b@x.org to use as the answer key.']);
    const noEmail: Grid = [
      ['Student', 'Q1'],
      ['a@x.org', 'A'],
    ];
    expect(error(noEmail, 'a@x.org')).toEqual([true, 'No response from a@x.org to use as the answer key.']);
    expect(error(grid, 'row 2')).toEqual([true, 'No response from row 2 to use as the answer key.']);
    expect(error(grid, '2nd')).toEqual([true, 'No response from 2nd to use as the answer key.']);
  });
});

test('SPEC 3: Canvas question and score pairs are said in a guess', () => {
  // "3101: …" then a column headed by its points "1.0": one pair, one item (column C).
  const layout = detectLayout([
    ['Student', '3101: What is 2 + 2?', '1.0'],
    ['Ana', '4', 1],
  ]);
  expect(layout.columns).toEqual(['name', 'ignored', 'item']);
  expect(layout.guesses).toEqual([
    '1 questions read as answer and score pairs: each is one item, ' +
      'out of the points heading its score column.',
  ]);
});
