/** The command line as a teacher runs it: the built dist/node/cli.js through the package's bin. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { examplePath } from './helpers/examples';

const BIN = path.join(__dirname, '..', 'bin', 'jit-intervention.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jit-cli-'));

function cli(...args: string[]) {
  return cliArgs(args);
}

function cliArgs(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe('jit-intervention check', () => {
  test('a readable text report by default', () => {
    const r = cli('check', examplePath('jit-pre-assessment.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Period 2  One-step equations     14      14         3           21.4%         Classroom',
    );
    // Period 2: Carla, Gus and Nia missed Q1 (step 1), 3 of 14 = 21.4%, over the 20% limit (SPEC 5).
    expect(r.out).toContain(
      '3 of 14 (21%) missed step 1, over the 20% limit: ' +
        'start the whole class at step 1 · One-step equations.',
    );
    // Q3 is the last step (3, Distributive property): peer coaching works on it (SPEC 5).
    expect(r.out).toContain(
      'Peer coaching, step 3 · Distributive property: Tariq Tran with Aiden Abbott; ' +
        'Wes Wong with Omar Okafor; Yara Young with Quinn Quiroga',
    );
  });

  test('--mastery-cut, --lower and --upper change the check', () => {
    const strict = JSON.parse(
      cli('check', examplePath('jit-pre-assessment.csv'), '--json', '--lower', '0.05', '--upper', '0.5').out,
    );
    expect(strict.classCheck[0]).toMatchObject({ skill: 'One-step equations', tier: 'borderline' });
    expect(strict.classCheck[2]).toMatchObject({ skill: 'Distributive property', tier: 'classroom' });
    const cut = JSON.parse(
      cli('check', file('cut.csv', 'Student,Q1\nPoints,10\nA,7\nB,9\n'), '--json', '--mastery-cut', '70%')
        .out,
    );
    expect(cut.classCheck[0]).toMatchObject({ struggling: 0, tier: 'none' });
  });

  test('--skill-map overrides the labelled rows; an unknown item is a warning', () => {
    const map = file('map.csv', 'Item,Skill,Step,Points,Mastery cut\nQ1,Adding,1,5,\nQ9,Nothing,,,\n');
    const json = JSON.parse(
      cli('check', file('g.csv', 'Student,Q1,Q2\nPoints,1,1\nAna,4,1\n'), '--skill-map', map, '--json').out,
    );
    expect(json.items[0]).toMatchObject({ item: 'Q1', skills: ['Adding'], points: 5, mastered: 1 });
    expect(json.students[0].entryStep).toBe('ready');
    expect(json.warnings).toContain('Skill Map names "Q9", which is not an item column: ignored.');
  });

  test.each([
    [['check', path.join(tmp, 'missing.csv')], /missing\.csv: no such file\./],
    [['check', file('empty.csv', '')], /empty\.csv is empty\./],
    [['check', file('nostudent.csv', 'Q1,Q2\n1,0\n')], /No student column/],
    [
      ['check', file('ragged.csv', 'Student,Q1,Q2\nAna,1\n')],
      /ragged rows \(record 2 has 2 fields, the first has 3\)/,
    ],
    [
      ['check', examplePath('jit-pre-assessment.csv'), '--mastery-cut', '3'],
      /Mastery cut must be a fraction from 0 to 1/,
    ],
    [
      ['check', examplePath('jit-pre-assessment.csv'), '--lower', '0.3', '--upper', '0.2'],
      /Lower limit \(30%\) is above upper limit \(20%\)/,
    ],
    [
      ['check', examplePath('jit-pre-assessment.csv'), '--mastery-cutt', '0.7'],
      /^jit-intervention: unknown option --mastery-cutt \(check --help lists them\)$/,
    ],
    [
      ['progress', examplePath('jit-pre-assessment.csv'), examplePath('weekly-quiz.csv'), '--mastery-cut'],
      /^jit-intervention: --mastery-cut needs a value \(progress --help lists them\)$/,
    ],
    [
      ['check', examplePath('jit-pre-assessment.csv'), '--skill-map', '--json'],
      /^jit-intervention: --skill-map needs a value \(check --help lists them\)$/,
    ],
    [
      ['department', examplePath('jit-pre-assessment.csv'), '--json=yes'],
      /^jit-intervention: --json takes no value \(department --help lists them\)$/,
    ],
    [['--bogus'], /^jit-intervention: unknown option --bogus \(--help lists the commands\)$/],
    [['chek', 'a.csv'], /^jit-intervention: unknown command chek \(--help lists the commands\)$/],
    [
      ['check', examplePath('forms-quiz-responses.csv'), '--answer-key', 'nobody@x.org'],
      /No response from nobody@x.org/,
    ],
    [
      ['progress', examplePath('jit-pre-assessment.csv')],
      /progress takes two or more CSV files, first to latest\./,
    ],
    [
      ['progress', examplePath('jit-pre-assessment.csv'), path.join(tmp, 'later.csv')],
      /later\.csv: no such file\./,
    ],
    [
      [
        'progress',
        examplePath('jit-pre-assessment.csv'),
        file('later-ragged.csv', 'Student,Q1\nAna\nBo,1,2\n'),
      ],
      /ragged rows/,
    ],
  ])('bad input %# exits non-zero with one clear line', (args, message) => {
    const r = cliArgs(args as string[]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err.trim()).toMatch(message);
  });
});

describe('SPEC 11: --help on every command, --version', () => {
  test('--help names the three commands and what each does', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('check        the class check of one gradebook');
    expect(r.out).toContain('progress     the same students over several assessments');
    expect(r.out).toContain('department   several classes');
  });

  test.each([
    ['check', 'The class check of one exported gradebook'],
    ['progress', 'Progress over two or more assessments of the same students'],
    ['department', 'The department check: the class check of each gradebook'],
  ])('%s --help says what it does and lists every option', (command, says) => {
    for (const flag of ['--help', '-h']) {
      const r = cli(command, flag);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: jit-intervention ${command} `);
      expect(r.out).toContain(says);
      for (const option of ['--skill-map', '--answer-key', '--mastery-cut', '--lower', '--upper', '--json'])
        expect(r.out).toContain(`  ${option} `);
    }
  });

  test('--help after a file still prints the help, not the report', () => {
    const r = cli('check', examplePath('jit-pre-assessment.csv'), '--help');
    expect(r.out).toContain('Usage: jit-intervention check');
    expect(r.out).not.toContain('Peer coaching');
  });

  test.each([['--version'], ['-v']])('%s prints the version of package.json', (flag) => {
    // package.json: "version": "0.1.0".
    const r = cli(flag);
    expect(r.code).toBe(0);
    expect(r.out).toBe('0.1.0\n');
  });
});

describe('jit-intervention progress', () => {
  const pre = examplePath('jit-pre-assessment.csv');
  const quiz = examplePath('weekly-quiz.csv');

  test('--json prints the four keys of the contract', () => {
    const r = cli('progress', pre, quiz, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['progress', 'students', 'effectiveness', 'unmatched']);
    expect(json.progress[0]).toEqual({
      section: '(all)',
      skill: 'One-step equations',
      before: { withData: 28, struggling: 4 },
      after: { withData: 28, struggling: 1 },
    });
    expect(json.effectiveness).toContainEqual({ section: 'Period 5', step: 2, grouped: 4, nowMastered: 1 });
    expect(
      json.students.find((s: { name: string }) => s.name === 'Gus Garcia').skills['One-step equations'],
    ).toEqual({ before: 0, after: 0, change: 0 });
  });

  test('a readable report by default, naming who could not be linked', () => {
    const later = file(
      'later.csv',
      'Student,Period,Q1: x + 5 = 14\nPoints possible,,1\nSkill,,One-step equations\n' +
        'nia NGUYEN,Period 2,1\nNew Kid,Period 2,0\n',
    );
    const r = cli('progress', pre, later);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Progress over 2 assessments: jit-pre-assessment.csv → later.csv');
    expect(r.out).toContain('Period 2 · step 1 · One-step equations: 1 of 1 now master it (2 without data)');
    expect(r.out).toContain('New Kid (Period 2): only in later.csv');
    expect(r.out).toContain('Carla Chen (Period 2): only in jit-pre-assessment.csv');
  });

  test('SPEC 6: two files of different classes print the warning', () => {
    // Ana Alvarez and Ben Brooks are in the pre-assessment's 28; the other two are not.
    const other = file(
      'other-class.csv',
      'Student,Period,Q1: x + 5 = 14\nPoints possible,,1\nSkill,,One-step equations\n' +
        'Ana Alvarez,Period 2,1\nBen Brooks,Period 2,1\nZoe Zhang,Period 3,0\nYusuf Yilmaz,Period 3,1\n',
    );
    const r = cli('progress', pre, other);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '  - Only 2 of 28 students in "jit-pre-assessment.csv" are also in "other-class.csv": ' +
        'are these the same class?',
    );
  });

  test('SPEC 6: with --json the warning goes to stderr and the JSON keeps its four keys', () => {
    const other = file(
      'other-class.csv',
      'Student,Period,Q1: x + 5 = 14\nPoints possible,,1\nSkill,,One-step equations\n' +
        'Ana Alvarez,Period 2,1\nBen Brooks,Period 2,1\nZoe Zhang,Period 3,0\n',
    );
    const r = cli('progress', pre, other, '--json');
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out))).toEqual(['progress', 'students', 'effectiveness', 'unmatched']);
    expect(r.err).toContain(
      'warning: Only 2 of 28 students in "jit-pre-assessment.csv" are also in "other-class.csv": ' +
        'are these the same class?',
    );
  });
});
