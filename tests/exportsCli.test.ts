/**
 * The exports of tests/fixtures/exports through the built command line, as a teacher runs it:
 * the numbers worked by hand in tests/exports.test.ts (and here, for the files only the CLI reads),
 * no summary column analysed, the files' encodings read, workbooks refused in one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.join(__dirname, '..', 'bin', 'jit-intervention.js');
const FIXTURES = path.join(__dirname, 'fixtures', 'exports');

function cli(...args: string[]) {
  return run(args);
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN].concat(args), { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Row {
  section: string;
  skill: string;
  struggling: number;
  withData: number;
}
interface Json {
  classCheck: Row[];
  warnings: string[];
  students: { name: string; section: string | null }[];
}

function json(name: string, ...flags: string[]): Json {
  const r = run(['check', path.join(FIXTURES, name), '--json'].concat(flags));
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Json;
}

const shares = (j: Json, section = '(all)') => {
  const out: Record<string, string> = {};
  for (const r of j.classCheck) if (r.section === section) out[r.skill] = `${r.struggling}/${r.withData}`;
  return out;
};

// Worked by hand in tests/exports.test.ts, in the test of the same export.
test.each([
  [
    'canvas-gradebook.csv',
    { 'Unit 1 Quiz (1201)': '2/6', 'Unit 2 Quiz (1202)': '2/6', 'Homework 3 (1203)': '1/6' },
  ],
  [
    'canvas-quiz-analysis.csv',
    {
      'Solve 2x + 3 = 11': '2/5',
      'Solve 3(x - 2) = 12': '1/5',
      'Simplify 4x + 2x': '1/5',
      'Solve x/4 = 3': '1/5',
    },
  ],
  ['exam-answer-key.csv', { Q1: '1/5', Q2: '1/5', Q3: '1/5', Q4: '1/5', Q5: '1/4' }],
  [
    'forms-full-name.csv',
    { 'What is 3/4 as a decimal?': '1/4', 'Solve 2x = 10': '1/4', 'Which of these are prime?': '2/4' },
  ],
  [
    'forms-name.csv',
    { 'What is 3/4 as a decimal?': '1/4', 'Solve 2x = 10': '1/4', 'Which of these are prime?': '2/4' },
  ],
  [
    'moodle-grades.csv',
    {
      'Quiz: Linear equations (Real)': '1/5',
      'Assignment: Graphing lines (Real)': '1/4',
      'Quiz: Slope (Real)': '2/4',
    },
  ],
  ['timss-items.csv', { M041001: '1/5', M041002: '2/5', M041003: '0/5', M041004: '1/5' }],
  [
    'classroom-download.csv',
    { 'Linear equations quiz': '2/5', 'Slope worksheet': '1/4', 'Graphing exit ticket': '2/5' },
  ],
  ['duplicate-headers.csv', { Quiz: '1/4', 'Quiz (2)': '1/4', Homework: '1/4' }],
])('check %s gives the hand-worked numbers and analyses no other column', (name, expected) => {
  expect(shares(json(name))).toEqual(expected);
});

test('check exam-key-unlabelled.csv --answer-key 1: the key above the header', () => {
  expect(shares(json('exam-key-unlabelled.csv', '--answer-key', '1'))).toEqual({
    Q1: '1/5',
    Q2: '1/5',
    Q3: '1/5',
    Q4: '1/5',
    Q5: '1/4',
  });
});

test('the text report lists the Canvas summary columns it left out, in one line, and why', () => {
  const r = cli('check', path.join(FIXTURES, 'canvas-gradebook.csv'));
  const lines = r.out.split('\n').filter((l) => l.includes('Left out'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('Current Score');
  expect(lines[0]).toContain('(totals and averages)');
  expect(r.out.split('\n').filter((l) => l.includes('(read only)') && !l.includes('Left out'))).toEqual([]);
});

describe('OneRoster', () => {
  // Period 1: Ratios quiz /10: Ana 9 (.9), Ben 6 (.6), Carla exempt (no data) → 1/2.
  // Proportions quiz /20: Ana 16 (.8), Ben 18 (.9), Carla "not submitted" with score 0 (no data) → 0/2.
  // Period 2: Ratios quiz /10: Dev 7 (.7), Eli 10 → 1/2.
  const expected = [
    { class: 'Math 7 - Period 1', shares: { 'Ratios quiz': '1/2', 'Proportions quiz': '0/2' } },
    { class: 'Math 7 - Period 2', shares: { 'Ratios quiz': '1/2' } },
  ];
  const perClass = (name: string) =>
    (json(name) as unknown as (Json & { class: string })[]).map((j) => ({
      class: j.class,
      shares: shares(j),
    }));

  test('1.1 folder: one gradebook per class; exempt and not submitted are no data', () => {
    expect(perClass('oneroster-1.1')).toEqual(expected);
  });

  test('1.1 zip: the same', () => {
    expect(perClass('oneroster-1.1.zip')).toEqual(expected);
  });

  test('1.2: skills from learningObjectiveSet', () => {
    // 7.NS.1 pools both quizzes (/10 each): Ana 9+6 = 15/20 = .75, Ben 7+9 = .8, Carla 20/20 → 1/3.
    // 7.NS.2 is the rational numbers quiz only: Ana .6, Ben .9, Carla 1 → 1/3.
    expect(perClass('oneroster-1.2')).toEqual([
      { class: 'Math 7 - Period 4', shares: { '7.NS.1': '1/3', '7.NS.2': '1/3' } },
    ]);
  });

  test('a folder without lineItems.csv is refused in one line', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'jit-roster-'));
    writeFileSync(path.join(folder, 'users.csv'), 'sourcedId,givenName\n');
    const r = cli('check', folder);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringContaining('is a folder without lineItems.csv: not a OneRoster export'),
    ]);
  });

  test("the class is each student's section", () => {
    const [first] = json('oneroster-1.1') as unknown as Json[];
    expect(first.students.map((s) => [s.name, s.section])).toEqual([
      ['Ana Alvarez', 'Math 7 - Period 1'],
      ['Ben Brooks', 'Math 7 - Period 1'],
      ['Carla Chen', 'Math 7 - Period 1'],
    ]);
  });
});

describe('files', () => {
  // Fractions /10: José 9, Zoë 6, Ana 10 → Zoë → 1/3. Decimals /10: 7, 10, 8 → José → 1/3.
  const roster = { 'Fractions quiz': '1/3', 'Decimals quiz': '1/3' };

  test('UTF-16 LE with BOM (Excel "Unicode text", tab-separated): names intact, no warning', () => {
    const j = json('utf16le-bom.txt');
    expect(shares(j)).toEqual(roster);
    expect(j.students.map((s) => s.name)).toEqual(['José Peña', 'Zoë Müller', 'Ana Alvarez']);
    expect(j.warnings).toEqual([]);
  });

  test('Windows-1252: names intact, one warning naming the encoding', () => {
    const j = json('windows-1252.csv');
    expect(shares(j)).toEqual(roster);
    expect(j.students.map((s) => s.name)).toEqual(['José Peña', 'Zoë Müller', 'Ana Alvarez']);
    expect(j.warnings).toEqual([
      expect.stringContaining('windows-1252.csv is not UTF-8: read as Windows-1252'),
    ]);
  });

  test('CRLF, LF and a lone CR in one file', () => {
    expect(shares(json('mixed-line-endings.csv'))).toEqual(roster);
  });

  test('an .xlsx is refused in one line naming the problem', () => {
    const r = cli('check', path.join(FIXTURES, 'gradebook.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        /gradebook\.xlsx is an Excel workbook \(\.xlsx\), not a CSV file: save or download/,
      ),
    ]);
  });

  test('a binary file is refused in one line', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'jit-exports-'));
    const file = path.join(tmp, 'grades.csv');
    writeFileSync(file, Buffer.from([0x53, 0x74, 0x00, 0x01, 0x02, 0xff, 0x00]));
    const r = cli('check', file);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringContaining('grades.csv is a binary file, not a CSV file'),
    ]);
  });
});
