/**
 * The engine's small parts called from `src/` (mutation entry `engine`): A1 addresses, the department
 * template's tabs, the analysis fields the JSON and the sidebar read, and the Skill Map beside an
 * included column. Everything is computed inside each test (Stryker switches a mutant on per test).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../src/cli/csv';
import { a1, columnLetter, parseA1 } from '../src/core/a1';
import { analyse, toJson } from '../src/core/analyse';
import { checkGrid } from '../src/core/engine';
import { itemView } from '../src/core/itemView';
import { makeSettings } from '../src/core/settings';
import { parseSkillMap } from '../src/core/skillMap';
import { templateTabs } from '../src/core/template';
import type { Grid } from '../src/core/types';
import { analyseGrid, jsonOf } from './helpers/engine';

const fixture = (name: string) => path.join(__dirname, 'fixtures', 'items', name);
const at = (name: string) => `${name}@students.example.org`;

/** seed-equations.csv with its key row (2) and ladder map: see the table at the top of items.test.ts. */
function seedAnalysis() {
  const grid = parseCsv(readFileSync(fixture('seed-equations.csv'), 'utf8')).grid;
  const map = parseCsv(readFileSync(fixture('seed-ladder-map.csv'), 'utf8')).grid;
  return checkGrid(grid, {
    settings: makeSettings(),
    correction: { answerKey: '2' },
    skillMap: parseSkillMap(map).entries,
  }).analysis;
}

describe('SPEC 3 and 7: A1 notation (the merged ranges read, the cells named)', () => {
  test('SPEC 3: column letters: A..Z, then AA, AZ, BA, ZZ, AAA (bijective base 26)', () => {
    // 25 → Z; 26 → AA (1·26 + 1 = 27th); 51 → AZ (26 + 26); 52 → BA; 701 → ZZ (26·26 + 26 = 702nd);
    // 702 → AAA (703rd = 26² + 26 + 1).
    expect([0, 1, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  test('SPEC 3: a1: 0-based row and column to "B3"; row 11, column 27 is AB12', () => {
    expect(a1(2, 1)).toBe('B3');
    expect(a1(11, 27)).toBe('AB12');
  });

  test('SPEC 3: parseA1: one cell is a 1 × 1 range at its 1-based row and column', () =>
    // B12: column B = 2, row 12.
    expect(parseA1('B12')).toEqual({ row: 12, column: 2, rows: 1, columns: 1 }));

  test('SPEC 3: parseA1: B3:D12 is 10 rows (3..12) by 3 columns (B, C, D)', () =>
    expect(parseA1('B3:D12')).toEqual({ row: 3, column: 2, rows: 10, columns: 3 }));

  test('SPEC 3: parseA1: AA10:AB12 starts at column 27 (26 + 1): 3 rows by 2 columns', () =>
    expect(parseA1('AA10:AB12')).toEqual({ row: 10, column: 27, rows: 3, columns: 2 }));

  test('SPEC 3: parseA1: A1:AB2 ends at column 28 (2·26 + 2 − 26 = 28): 2 rows by 28 columns', () =>
    expect(parseA1('A1:AB2')).toEqual({ row: 1, column: 1, rows: 2, columns: 28 }));

  test('SPEC 3: parseA1: anything else is null (lower case, a part missing, text around it)', () => {
    for (const bad of ['b3', 'B', '3', 'xB3', 'B3x', 'B3:', 'B3:D', 'Sheet1!B3'])
      expect([bad, parseA1(bad)]).toEqual([bad, null]);
  });
});

describe('SPEC 1: the department template the department head inserts', () => {
  test('SPEC 1: three tabs: gradebook (labelled rows), Skill Map, how-to; each header bold', () => {
    const tabs = templateTabs();
    expect(tabs.map((t) => [t.name, t.boldRows])).toEqual([
      ['JIT Gradebook', [0]],
      ['Skill Map', [0]],
      ['How to (JIT)', [0]],
    ]);
  });

  test('SPEC 1: the gradebook tab: three equations, points 1, a skill and step each, an 80% cut', () =>
    expect(templateTabs()[0].values).toEqual([
      ['Student', 'Section', 'Q1: x + 5 = 14', 'Q2: 2x - 10 = -18', 'Q3: 5(x - 7) = 21'],
      ['Points possible', '', 1, 1, 1],
      ['Skill', '', 'One-step equations', 'Two-step equations', 'Distributive property'],
      ['Step', '', 1, 2, 3],
      ['Mastery cut', '', '80%', '80%', '80%'],
    ]));

  test('SPEC 1: the Skill Map tab: the same items, skills, steps, points and cut', () =>
    expect(templateTabs()[1].values).toEqual([
      ['Item', 'Skill', 'Step', 'Points', 'Mastery cut'],
      ['Q1: x + 5 = 14', 'One-step equations', 1, 1, '80%'],
      ['Q2: 2x - 10 = -18', 'Two-step equations', 2, 1, '80%'],
      ['Q3: 5(x - 7) = 21', 'Distributive property', 3, 1, '80%'],
    ]));

  test('SPEC 1: the how-to tab: a title and the six steps a teacher reads, naming the gradebook tab', () =>
    expect(templateTabs()[2].values).toEqual([
      ['JIT Intervention: how to use this template'],
      ['1. Before the lesson, give a 3-question check that climbs the ladder of prerequisite steps.'],
      ['2. Enter one row per student in JIT Gradebook (1 = correct, 0 = not; blank = absent).'],
      ['3. Name the skill and step of each question in the labelled rows or in the Skill Map tab.'],
      ['4. Extensions > JIT Intervention > Open sidebar: Class check, Highlight gaps, Write group tabs.'],
      ['5. Over 20% of the class struggling: reteach the whole class. Under 10%: help those students.'],
      ['6. A weekly 5-question quiz in another tab shows whether the groups worked (Progress).'],
      ['Copies of this spreadsheet keep the mastery cut, band and layout corrections.'],
    ]));

  test('SPEC 1: the template gradebook reads as 3 items on a 3-step ladder once students are in', () => {
    const tab = templateTabs()[0].values as Grid;
    // Ana gets all three; Ben only Q1: Ben's entry step is 2 (Two-step equations below the 80% cut).
    const grid: Grid = [...tab, ['Ana', 'P1', 1, 1, 1], ['Ben', 'P1', 1, 0, 0]];
    const json = jsonOf(grid);
    expect(json.items.map((i) => [i.item, i.skills, i.points])).toEqual([
      ['Q1: x + 5 = 14', ['One-step equations'], 1],
      ['Q2: 2x - 10 = -18', ['Two-step equations'], 1],
      ['Q3: 5(x - 7) = 21', ['Distributive property'], 1],
    ]);
    expect(json.students.map((s) => [s.name, s.entryStep])).toEqual([
      ['Ana', 'ready'],
      ['Ben', 2],
    ]);
  });
});

describe('SPEC 11: the analysis fields of the JSON', () => {
  // Four students; Q1: Ana, Ben right, Cy, Dee wrong; Q2 blank for everyone (not answered).
  const twoItems: Grid = [
    ['Student', 'Q1', 'Q2'],
    ['Points possible', 1, 1],
    ['Skill', 'A', 'B'],
    ['Ana', 1, ''],
    ['Ben', 1, ''],
    ['Cy', 0, ''],
    ['Dee', 0, ''],
  ];

  test('SPEC 11: percentMastered is mastered ÷ answered (2 ÷ 4 = 0.5), null where nobody answered', () =>
    expect(jsonOf(twoItems).items.map((i) => [i.answered, i.mastered, i.percentMastered])).toEqual([
      [4, 2, 0.5],
      [0, 0, null],
    ]));

  test('SPEC 11: without a Step row, entryStep is null and the skills come in order', () => {
    const analysis = analyseGrid(twoItems);
    expect(analysis.students.map((s) => s.entryStep)).toEqual([null, null, null, null]);
    expect(analysis.skills).toEqual(['A', 'B']);
  });

  // Steps 1 and 2; Ana has both, Ben misses step 1, Cy has no score at all.
  const ladder: Grid = [
    ['Student', 'Q1', 'Q2'],
    ['Points possible', 1, 1],
    ['Skill', 'A', 'B'],
    ['Step', 1, 2],
    ['Ana', 1, 1],
    ['Ben', 0, 1],
    ['Cy', '', ''],
  ];

  test('SPEC 11: entryStep is "ready", a step\'s number, or "no-data"', () =>
    expect(jsonOf(ladder).students.map((s) => [s.name, s.entryStep])).toEqual([
      ['Ana', 'ready'],
      ['Ben', 1],
      ['Cy', 'no-data'],
    ]));

  test('SPEC 5: with a ladder the groups are stations; skill groups only without one', () => {
    expect(analyseGrid(ladder).skillGroups).toEqual([]);
    // Without steps: Cy and Dee miss skill A (2 of 4 = 50%, over 20%: the whole class), so a group exists.
    expect(analyseGrid(twoItems).skillGroups.map((g) => g.skill)).toContain('A');
  });

  test('SPEC 3: a warning from reading the gradebook reaches the analysis warnings', () => {
    // Ana twice (rows 4 and 5): the reading warns once.
    const dup: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skill', 'A'],
      ['Ana', 1],
      ['Ana', 0],
    ];
    expect(analyseGrid(dup).warnings).toEqual([
      '"Ana" appears more than once (rows 4, 5): each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
    ]);
  });

  test("SPEC 6b: the item report's key mismatch joins the reading's warnings", () => {
    // 3(y + 4) = 27 solves to 5, the key (row 2) says 13; Q2's key cell is blank: not graded (reading).
    const grid: Grid = [
      ['Student', 'Q1: 3(y + 4) = 27', 'Q2'],
      ['Teacher', 13, ''],
      ['Ana', 13, 1],
      ['Ben', 5, 0],
    ];
    const book = checkGrid(grid, { settings: makeSettings(), correction: { answerKey: '2' } }).book;
    expect(analyse(book, makeSettings()).warnings).toEqual([
      '"Q2" has no answer in the answer key (row 2): not graded.',
      '"Q1: 3(y + 4) = 27": the key says 13; 3(y + 4) = 27 solves to 5. Grading still follows the key.',
    ]);
  });

  test('SPEC 6b: the JSON item fields and the reliability as { value, n }', () => {
    const json = toJson(seedAnalysis());
    expect(Object.keys(json.itemAnalysis[0])).toEqual([
      'item',
      'n',
      'difficulty',
      'discrimination',
      'pointBiserial',
      'flags',
      'answers',
    ]);
    // 7 students answered; the value itself is itemAnalysis's (its own suite works it out).
    expect(Object.keys(json.reliability)).toEqual(['value', 'n']);
    expect(json.reliability.n).toBe(7);
    expect(json.itemAnalysis[0].item).toBe('Q1: x + 5 = 14');
    expect(json.itemAnalysis[0].n).toBe(7);
  });
});

describe('SPEC 6b: the sidebar item view', () => {
  test('SPEC 6b: common wrong answers (2 students or more and 10% of those answering), all items', () => {
    // Of 7 students: Q1 19 (ben, dee), Q2 -14 (ben, gus), Q3 5.6 (ben, dee 28/5, gus), Q5 -2.2 (ben, gus);
    // Q4's wrong answers are one student each.
    const slip = 'moved the constant without changing its sign';
    expect(itemView(seedAnalysis()).common).toEqual([
      { item: 'Q1: x + 5 = 14', line: `19 (2 students): ${slip}`, students: [at('ben'), at('dee')] },
      {
        item: 'Q2: Solve 2x - 10 = -18',
        line: `-14 (2 students): ${slip}`,
        students: [at('ben'), at('gus')],
      },
      {
        item: 'Q3: 5(x - 7) = 21',
        line: '5.6 (3 students): multiplied only the first term in the parentheses',
        students: [at('ben'), at('dee'), at('gus')],
      },
      { item: 'Q5: 2x - 6 = -3x - 5', line: `-2.2 (2 students): ${slip}`, students: [at('ben'), at('gus')] },
    ]);
  });

  /** One item, key 9 (row 2): `right` students answer 9, two answer 19 (the sign slip). */
  function twoSlips(right: number) {
    const grid: Grid = [
      ['Student', 'Q1: x + 5 = 14'],
      ['Teacher', 9],
      ...Array.from({ length: right }, (_, k) => [`S${k}`, 9]),
      ['Ana', 19],
      ['Ben', 19],
    ];
    return checkGrid(grid, { settings: makeSettings(), correction: { answerKey: '2' } }).analysis;
  }

  test('SPEC 6b: 2 of 20 answering is 10%, a common wrong answer; 2 of 21 is under 10%, not one', () => {
    // 2 · 10 = 20 ≥ 20 answering; 2 · 10 = 20 < 21 answering.
    expect(itemView(twoSlips(18)).common.map((c) => c.students)).toEqual([['Ana', 'Ben']]);
    expect(itemView(twoSlips(19)).common).toEqual([]);
  });

  test('SPEC 6b: misconception groups as a section, an item and the slip with its students', () =>
    // Q1: 19 is ben's and dee's sign slip; -9 is cal's opposite sign.
    expect(itemView(seedAnalysis()).misconceptions.slice(0, 2)).toEqual([
      {
        section: '(all)',
        item: 'Q1: x + 5 = 14',
        line: `moved the constant without changing its sign: ${at('ben')}, ${at('dee')}`,
      },
      {
        section: '(all)',
        item: 'Q1: x + 5 = 14',
        line: `got the right size with the wrong sign: ${at('cal')}`,
      },
    ]));
});

describe('SPEC 10: the Skill Map beside the setup', () => {
  test('SPEC 10: a Skill Map naming a total column keeps it a total though the setup ticks it', () => {
    const totals: Grid = [
      ['Student', 'Q1', 'Total', 'Average'],
      ['Ana', 1, 1, 1],
    ];
    const { book } = checkGrid(totals, {
      settings: makeSettings(),
      itemEdits: [{ item: 'Total', included: true }],
      skillMap: [{ item: 'Total', skills: ['X'] }],
    });
    expect(book.items.map((i) => i.header)).toEqual(['Q1']);
  });
});
