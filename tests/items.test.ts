/**
 * `check --json` on Forms quizzes of the seed's five equations (tests/fixtures/items), each slip
 * planted by hand: SPEC 6b's worked answers labelled exactly, the answer distributions, the
 * misconception groups and the text report's item section.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { checkGrid } from '../src/core/engine';
import { renderGroups } from '../src/core/render';
import { makeSettings } from '../src/core/settings';
import { parseSkillMap } from '../src/core/skillMap';
import { parseCsv } from '../src/cli/csv';
import { readFileSync } from 'node:fs';

const CLI = path.join(__dirname, '..', 'dist', 'node', 'cli.js');
const fixture = (name: string) => path.join(__dirname, 'fixtures', 'items', name);
const run = (args: string[]) =>
  execFileSync(process.execPath, [CLI, 'check'].concat(args), { encoding: 'utf8' });
const SEED = ['--answer-key', '2', '--skill-map', fixture('seed-ladder-map.csv')];
const at = (name: string) => `${name}@students.example.org`;

/*
 * seed-equations.csv, answers per student (key row 2: 9, -4, 11.2, 3.6, 0.2):
 *   ana  9      -4      11.2  3.6    0.2           all correct
 *   ben  19     -14     5.6   -12.4  -2.2          sign-slip ×4, distributed-first-only (5.6)
 *   cal  -9     -8      56    -18    -1            opposite-sign, forgot-to-divide ×3, x-sign-slip
 *   dee  x = 19 1       28/5  -3.6   1             sign-slip, divided-one-term, distributed-first-only,
 *                                                    opposite-sign, forgot-to-divide
 *   eve  9      -4      56/5  18/5   I don't know  correct ×4 (exact forms), unclassified
 *   fay  10     x = -4  11.2  3.6    1/5           unclassified, correct ×4 (`x = -4` graded as -4)
 *   gus  9      -14     5.6   3.6    -2.2          sign-slip, distributed-first-only, sign-slip
 */
describe('seed-equations.csv: the five equations with each slip planted', () => {
  const json = JSON.parse(run([fixture('seed-equations.csv'), '--json'].concat(SEED)));
  const item = (k: number) => json.itemAnalysis[k];
  const labelled = (k: number) =>
    item(k).answers.map((a: { answer: string; pattern: string | null }) => [a.answer, a.pattern]);

  test('the JSON adds itemAnalysis, reliability and misconceptions with the SPEC 6b fields', () => {
    expect(Object.keys(item(0))).toEqual([
      'item',
      'n',
      'difficulty',
      'discrimination',
      'pointBiserial',
      'flags',
      'answers',
    ]);
    expect(Object.keys(item(0).answers[0])).toEqual(['answer', 'count', 'correct', 'pattern', 'students']);
    expect(Object.keys(json.reliability)).toEqual(['value', 'n']);
    expect(Object.keys(json.misconceptions[0])).toEqual(['section', 'item', 'pattern', 'answer', 'students']);
  });
  // Common wrong answers first (at least 2 students and 10% of 7), then by count, then first given.
  test('x + 5 = 14: 19 sign-slip (common), 9 correct, -9 opposite-sign, 10 unclassified', () =>
    expect(labelled(0)).toEqual([
      ['19', 'sign-slip'],
      ['9', null],
      ['-9', 'opposite-sign'],
      ['10', 'unclassified'],
    ]));
  test('x + 5 = 14: "x = 19" is counted with 19', () =>
    expect(item(0).answers[0]).toMatchObject({ count: 2, correct: false, students: [at('ben'), at('dee')] }));
  test('2x - 10 = -18: -14 sign-slip, -8 forgot-to-divide, 1 divided-one-term; "x = -4" is correct', () => {
    expect(labelled(1)).toEqual([
      ['-14', 'sign-slip'],
      ['-4', null],
      ['-8', 'forgot-to-divide'],
      ['1', 'divided-one-term'],
    ]);
    expect(item(1).answers[1]).toMatchObject({
      count: 3,
      correct: true,
      students: [at('ana'), at('eve'), at('fay')],
    });
  });
  test('5(x - 7) = 21: 5.6 and 28/5 are one answer, distributed-first-only; 56 forgot-to-divide', () => {
    expect(labelled(2)).toEqual([
      ['5.6', 'distributed-first-only'],
      ['11.2', null],
      ['56', 'forgot-to-divide'],
    ]);
    expect(item(2).answers[0].students).toEqual([at('ben'), at('dee'), at('gus')]);
  });
  test('22 = -5x + 40: -12.4 sign-slip, -18 forgot-to-divide, -3.6 opposite-sign; 18/5 is correct', () =>
    expect(labelled(3)).toEqual([
      ['3.6', null],
      ['-12.4', 'sign-slip'],
      ['-18', 'forgot-to-divide'],
      ['-3.6', 'opposite-sign'],
    ]));
  test('2x - 6 = -3x - 5: -2.2 sign-slip, -1 x-sign-slip, 1 forgot-to-divide; words are unclassified', () =>
    expect(labelled(4)).toEqual([
      ['-2.2', 'sign-slip'],
      ['0.2', null],
      ['-1', 'x-sign-slip'],
      ['1', 'forgot-to-divide'],
      ["I don't know", 'unclassified'],
    ]));
  // Q1 fractions (ana..gus) 1 0 0 0 1 0 1: p = 3/7. Rest over the other four: ana 1, ben 0, cal 0, dee 0,
  // eve 3/4, fay 1, gus 1/4. g = ⌈1.89⌉ = 2: upper ana, fay (1, 0) → .5; lower ben, cal (0, 0) → 0.
  // D = .5.
  test('x + 5 = 14: n 7, difficulty 3/7, discrimination 0.5, flagged small-sample only', () => {
    expect(item(0)).toMatchObject({ n: 7, discrimination: 0.5, flags: ['small-sample'] });
    expect(item(0).difficulty).toBeCloseTo(3 / 7, 12);
  });
  test('misconceptions: one row per item and pattern (table order), with the slip value and students', () => {
    expect(
      json.misconceptions.map(
        (m: { item: string; pattern: string; answer: string }) =>
          `${m.item.slice(0, 2)} ${m.pattern} ${m.answer}`,
      ),
    ).toEqual([
      'Q1 sign-slip 19',
      'Q1 opposite-sign -9',
      'Q2 sign-slip -14',
      'Q2 forgot-to-divide -8',
      'Q2 divided-one-term 1',
      'Q3 forgot-to-divide 56',
      'Q3 distributed-first-only 5.6',
      'Q4 sign-slip -12.4',
      'Q4 forgot-to-divide -18',
      'Q4 opposite-sign -3.6',
      'Q5 sign-slip -2.2',
      'Q5 x-sign-slip -1',
      'Q5 forgot-to-divide 1',
    ]);
    expect(json.misconceptions[0]).toEqual({
      section: '(all)',
      item: 'Q1: x + 5 = 14',
      pattern: 'sign-slip',
      answer: '19',
      students: [at('ben'), at('dee')],
    });
  });
  // Steps from the map: 1 = Q1, 2 = Q2 + Q4, 3 = Q3 + Q5. Entry: ben, cal, dee, fay step 1;
  // gus step 2 (Q2 wrong);
  // eve step 3 (Q5 wrong, the last step: coached by ana).
  test("the teacher table groups show their slips on that step's items", () => {
    expect(json.stations[0].teacherTable).toEqual([
      {
        step: 1,
        students: [at('ben'), at('cal'), at('dee'), at('fay')],
        misconceptions: [
          { pattern: 'sign-slip', students: [at('ben'), at('dee')] },
          { pattern: 'opposite-sign', students: [at('cal')] },
        ],
      },
      { step: 2, students: [at('gus')], misconceptions: [{ pattern: 'sign-slip', students: [at('gus')] }] },
    ]);
  });
  test('the text report has the item section, common wrong answers marked, slips in words', () => {
    const text = run([fixture('seed-equations.csv')].concat(SEED));
    expect(text).toContain('Item analysis');
    expect(text).toContain(
      '    Common wrong answer: 5.6 (3 students): multiplied only the first term in the parentheses',
    );
    expect(text).toContain(
      `    Start here: moved the constant without changing its sign: ${at('ben')}, ${at('dee')}`,
    );
  });
  test('the Groups tab words: "Start here:" and the slip with its students', () => {
    const grid = parseCsv(readFileSync(fixture('seed-equations.csv'), 'utf8')).grid;
    const map = parseCsv(readFileSync(fixture('seed-ladder-map.csv'), 'utf8')).grid;
    const { analysis } = checkGrid(grid, {
      settings: makeSettings(),
      correction: { answerKey: '2' },
      skillMap: parseSkillMap(map).entries,
    });
    const notes = renderGroups(analysis)
      .values.map((r) => r[4])
      .filter((v) => String(v).startsWith('Start here'));
    expect(notes).toEqual([
      `Start here: moved the constant without changing its sign: ${at('ben')}, ${at('dee')}`,
      `Start here: got the right size with the wrong sign: ${at('cal')}`,
      `Start here: moved the constant without changing its sign: ${at('gus')}`,
    ]);
  });
});

describe('key-mismatch.csv: a wrong key, a non-equation, an equation without solution, two periods', () => {
  const json = JSON.parse(run([fixture('key-mismatch.csv'), '--json', '--answer-key', '2']));
  test('"the key says 13; 3(y + 4) = 27 solves to 5" is a warning and the key-mismatch flag', () => {
    expect(json.warnings).toContain(
      '"Q1: 3(y + 4) = 27": the key says 13; 3(y + 4) = 27 solves to 5. Grading still follows the key.',
    );
    expect(json.itemAnalysis[0].flags).toContain('key-mismatch');
  });
  test('grading still follows the key: 13 is correct, 5 is wrong and matches no slip', () =>
    expect(
      json.itemAnalysis[0].answers.map((a: { answer: string; correct: boolean; pattern: string | null }) => [
        a.answer,
        a.correct,
        a.pattern,
      ]),
    ).toEqual([
      ['13', true, null],
      ['5', false, 'unclassified'],
      ['23/3', false, 'distributed-first-only'],
    ]));
  test('a question that is not an equation: wrong answers get no pattern, and no error', () =>
    expect(json.itemAnalysis[1].answers.map((a: { pattern: string | null }) => a.pattern)).toEqual([
      null,
      null,
    ]));
  test('x + 1 = x + 2 (a = c) is named in one warning and labels nothing', () => {
    expect(json.warnings.filter((w: string) => w.includes('x + 1 = x + 2'))).toEqual([
      '"Q3: x + 1 = x + 2": x + 1 = x + 2 has no solution, so its wrong answers get no misconception labels.',
    ]);
    expect(json.itemAnalysis[2].answers.map((a: { pattern: string | null }) => a.pattern)).toEqual([
      null,
      null,
    ]);
  });
  test('misconceptions per section: only P2 has one (dee, 23/3)', () =>
    expect(json.misconceptions).toEqual([
      {
        section: 'P2',
        item: 'Q1: 3(y + 4) = 27',
        pattern: 'distributed-first-only',
        answer: '23/3',
        students: [at('dee')],
      },
    ]));
  // Q1 x (ana..dee) 0 1 1 0; rest over Q2, Q3: 1 1 0 1.
  // D: upper ana, ben (0, 1) → .5; lower cal, ana (1, 0) → .5: 0.
  // r: dx ±.5, dy .25 .25 -.75 .25: Σdxdy -.5, Σdx² 1, Σdy² .75 → -1/√3.
  test('Q1: D 0 (weak), r -1/√3 (check-key)', () => {
    expect(json.itemAnalysis[0].flags).toEqual(['check-key', 'weak', 'small-sample', 'key-mismatch']);
    expect(json.itemAnalysis[0].pointBiserial).toBeCloseTo(-1 / Math.sqrt(3), 12);
  });
});
