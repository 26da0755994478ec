/** `jit-intervention department`: the built CLI on the four class fixtures, worked by hand. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPECTED_CLASSES, EXPECTED_SKILLS, FIXTURES, fixturePath } from './helpers/department';

const BIN = path.join(__dirname, '..', 'bin', 'jit-intervention.js');
const files = FIXTURES.map(fixturePath);

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'department'].concat(args), { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("--json prints SPEC 6c's document with the hand-worked verdicts", () => {
  const r = cli(files.concat('--json'));
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(Object.keys(json)).toEqual(['classes', 'skills']);
  expect(
    json.classes.map((c: { class: string; section: string | null; roster: number }) => [
      c.class,
      c.section,
      c.roster,
    ]),
  ).toEqual(EXPECTED_CLASSES);
  expect(json.classes[1]).toEqual({ class: 'alg1-ortiz · P2', file: files[1], section: 'P2', roster: 6 });
  expect(json.skills).toEqual(EXPECTED_SKILLS);
});

test("the text report leads with the verdicts, then each class's tier and % struggling", () => {
  const r = cli(files);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Department check: 5 classes from 4 gradebooks, 4 skills.');
  expect(r.out).toContain('Same settings for every class: mastery cut 80%, band 10%–20%.');
  expect(r.out).toContain(
    'System         One-step equations  5        3          1           0        1     0        1',
  );
  expect(r.out).toContain(
    'System (data)  Two-step equations  5        0          0           0        4     1        3',
  );
  // Baker: 1 of the 5 with data below the cut = 20%, half the roster without data.
  expect(r.out).toMatch(
    new RegExp(
      'One-step equations +Classroom · 30% +Classroom · 33\\.3% +None · 0% +Classroom · 40% +' +
        'Borderline · 20% · low data',
    ),
  );
  expect(r.out).toContain(
    'Assessed in only one class (named differently elsewhere?)\n  Exponents: alg1-nguyen',
  );
});

test("the flags of check apply: a 20% lower limit makes hill's 10% on Slope student level", () => {
  // --lower 0.2: 1/10 = 10% < 20% student; P4 2/6 = 33% stays over the 20% upper limit.
  const json = JSON.parse(cli(files.concat('--lower', '0.2', '--json')).out);
  expect(json.skills[2]).toMatchObject({
    skill: 'Slope',
    classroom: 1,
    borderline: 1,
    student: 1,
    verdict: 'classes',
  });
});

test('--help says what it does', () => {
  const r = cli(['--help']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Usage: jit-intervention department A.csv B.csv');
  expect(r.out).toContain('"system" when most classes with data are at');
});

describe('bad input: one line, non-zero exit', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jit-dept-'));

  test('a missing file', () => {
    const r = cli([files[0], path.join(tmp, 'gone.csv')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`jit-intervention: ${path.join(tmp, 'gone.csv')}: no such file.\n`);
  });

  test('a file that is not a gradebook names the file', () => {
    const notes = path.join(tmp, 'notes.csv');
    writeFileSync(notes, 'Parent calls,When\nTuesday,3pm\n');
    const r = cli([files[0], notes]);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.err).toMatch(new RegExp(`^jit-intervention: ${notes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  test('no skill in two classes', () => {
    // hill's three skills and a file whose one skill is Exponents: 4 skills, none in both.
    const only = path.join(tmp, 'expo.csv');
    writeFileSync(only, 'Student,Q1\nPoints possible,1\nSkill,Exponents\nAna,1\nBen,0\n');
    const r = cli([files[0], only]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'jit-intervention: No skill is assessed in more than one class (4 skills in 2 classes): ' +
        'name each skill the same way in every gradebook (case and spacing do not matter).\n',
    );
  });

  test('one file alone', () => {
    const r = cli([files[0]]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('needs two or more classes (found 1)');
  });

  test('two files of the same name are told apart by their paths', () => {
    // Two classes (other students), both saved as algebra.csv.
    for (const [dir, file] of [
      ['p1', files[0]],
      ['p3', files[3]],
    ]) {
      mkdirSync(path.join(tmp, dir));
      copyFileSync(file, path.join(tmp, dir, 'algebra.csv'));
    }
    const json = JSON.parse(
      cli([path.join(tmp, 'p1', 'algebra.csv'), path.join(tmp, 'p3', 'algebra.csv'), '--json']).out,
    );
    expect(json.classes.map((c: { class: string }) => c.class)).toEqual([
      `algebra (${path.join(tmp, 'p1', 'algebra.csv')})`,
      `algebra (${path.join(tmp, 'p3', 'algebra.csv')})`,
    ]);
  });
});
