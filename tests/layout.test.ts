/** Layout detection (SPEC section 3) on the examples and on the variants teachers produce. */
import fc from 'fast-check';
import { runs } from './helpers/runs';
import { parseCsv } from '../src/cli/csv';
import { detectLayout } from '../src/core/layout';
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
