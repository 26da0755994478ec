/**
 * The highlight rules paint exactly what the engine reads (SPEC 7), evaluated by a real formula
 * engine (src/fake/formulas.ts), under both readings of AND/OR that Google's reference leaves open.
 */
import { readGradebook } from '../src/core/gradebook';
import { literal } from '../src/core/highlightFormula';
import { formulaFor, highlightRules, parseMarker } from '../src/core/highlights';
import { detectLayout } from '../src/core/layout';
import type { CellValue } from '../src/core/types';
import { engineReadings, type Seen, paintedOne, paintedReadings, sheetOf } from './helpers/highlight';

describe.each(['shortCircuit', 'strict'] as const)('highlight rules, AND/OR %s', (logic) => {
  const one = (
    value: unknown,
    points: number,
    cut = 0.8,
    extra: { format?: string; display?: string } = {},
  ): Seen => paintedOne({ value: value as never, ...extra }, points, cut, logic);

  test('85% typed in a 10-point column (a number with a percent format) is not below the cut', () => {
    expect(one(0.85, 10, 0.8, { format: '0%' })).toBe('none');
  });

  test('"85%" as text in a 10-point column is not below the cut', () => {
    expect(one('85%', 10)).toBe('none');
  });

  test('"3 out of 4" is below an 80% cut', () => {
    expect(one('3 out of 4', 10)).toBe('below');
  });

  test('"4 / 5" is not below an 80% cut', () => {
    expect(one('4 / 5', 10)).toBe('none');
  });

  test('a date Sheets made of a typed 4/5 (shown 4/5) reads as 4 of 5: not below, not invalid', () => {
    expect(one(new Date(2026, 3, 5), 10, 0.8, { format: 'M/d', display: '4/5' })).toBe('none');
  });

  test('a date shown 4/5/2026 is invalid, as the engine reads a date', () => {
    expect(one(new Date(2026, 3, 5), 100, 0.8, { format: 'M/d/yyyy', display: '4/5/2026' })).toBe('invalid');
  });

  test('12:00:00 (0.5) is invalid in a 1-point column: the engine reads a date, not half a point', () => {
    expect(one(new Date(1899, 11, 30, 12, 0, 0), 1, 0.8, { format: 'h:mm:ss', display: '12:00:00' })).toBe(
      'invalid',
    );
  });

  test.each(['no', 'incorrect', '✗', '☒'])('"%s" is below the cut', (word) => {
    expect(one(word, 10)).toBe('below');
  });

  test('8 stored as text in a 10-point column is not invalid (8/10 = 80%, at the cut)', () => {
    expect(one('8', 10, 0.8, { format: '@' })).toBe('none');
  });

  test('7 stored as text in a 10-point column is below an 80% cut', () => {
    expect(one('7', 10, 0.8, { format: '@' })).toBe('below');
  });

  test('12 in a 10-point column is extra credit: neither invalid nor below', () => {
    expect(one(12, 10)).toBe('none');
  });

  test('16 in a 10-point column (160%) is invalid', () => {
    expect(one(16, 10)).toBe('invalid');
  });

  test.each(['', 'absent', 'EX', 'e', 'missing', 'inc', 'incomplete', 'n/a', '-'])(
    '"%s" is no data',
    (word) => {
      expect(one(word, 10)).toBe('noData');
    },
  );

  test('"3+" in a 4-point column is 3.25/4 = 81.25%: not below an 80% cut', () => {
    expect(one('3+', 4)).toBe('none');
  });

  test('"3-" in a 5-point column is 2.75/5 = 55%: below an 80% cut', () => {
    expect(one('3-', 5)).toBe('below');
  });

  test('"3+" in a 100-point column is invalid: not a proficiency scale', () => {
    expect(one('3+', 100)).toBe('invalid');
  });

  test('"B+" is invalid', () => {
    expect(one('B+', 10)).toBe('invalid');
  });

  test('2.4 of 3 is at an 80% cut (2.4/3 is 0.7999999999999999 in floats): the engine says not below', () => {
    expect(one(2.4, 3)).toBe('none');
  });

  describe('answer-key items (Forms quiz)', () => {
    const keyed = (answers: string[], key: string) =>
      paintedReadings(
        sheetOf([{ points: 1, cut: 0.8, cells: answers.map((value) => ({ value })) }], [{ value: key }]),
        logic,
      ).map((row) => row[0]);

    test('a wrong answer is painted below the cut', () => {
      expect(keyed(['b', 'c'], 'c')).toEqual(['below', 'none']);
    });

    test('0.5 against a key of .5 is right: numbers compare as numbers', () => {
      expect(keyed(['0.5', '0.7'], '.5')).toEqual(['none', 'below']);
    });

    test('text is compared trimmed and case-insensitive', () => {
      expect(keyed(['  Paris ', 'London'], 'paris')).toEqual(['none', 'below']);
    });

    test('"x = 9" against a key of 9 is right, as the engine grades it (SPEC 6b)', () => {
      expect(keyed(['x = 9', 'x = 8', 'X=9'], '9')).toEqual(['none', 'below', 'none']);
    });

    test('a blank answer is no data', () => {
      expect(keyed(['', 'x'], 'x')).toEqual(['noData', 'none']);
    });

    test('the choice E is an answer, not the no-data word e', () => {
      expect(keyed(['E', 'D'], 'E')).toEqual(['none', 'below']);
    });

    test('checkbox answers compare as sets', () => {
      expect(keyed(['b, a', 'a', 'a;b'], 'a, b')).toEqual(['none', 'below', 'none']);
    });

    // An error cell (a lookup's #N/A) holds no right answer: the engine grades its text "#N/A" wrong.
    test('an error cell is a wrong answer, painted below as the engine grades it', () => {
      const book = sheetOf(
        [{ points: 1, cut: 0.8, cells: [{ value: '#N/A' }, { value: '9' }] }],
        [{ value: '9' }],
      );
      expect(engineReadings(book).map((row) => row[0])).toEqual(['below', 'none']);
      expect(keyed(['#N/A', '9'], '9')).toEqual(['below', 'none']);
    });
  });
});

/** Both readings of one cell: what the engine reads (through the adapter's grid) and what the rules paint. */
function both(cell: { value: unknown; format?: string }, points: number, cut = 0.8) {
  const book = sheetOf([{ points, cut, cells: [cell as never] }]);
  return { engine: engineReadings(book)[0][0], painted: paintedReadings(book)[0][0] };
}

describe('the engine and the formulas agree where Sheets shows less than it holds (audit)', () => {
  test('0.796 shown as 80% is below an 80% cut for both: the value counts, not the rounded display', () => {
    expect(both({ value: 0.796, format: '0%' }, 10)).toEqual({ engine: 'below', painted: 'below' });
  });

  test('repeated inner spaces collapse as TRIM does: "3 out  of 4" is 3 of 4, below for both', () => {
    expect(both({ value: '3 out  of 4' }, 4)).toEqual({ engine: 'below', painted: 'below' });
  });

  test('a no-break space is not a space to TRIM: "8\u00a0" is invalid for both', () => {
    expect(both({ value: '8\u00a0' }, 10)).toEqual({ engine: 'invalid', painted: 'invalid' });
  });
});

/** The rule specs of a gradebook grid, read as the add-on reads it (computed inside each test). */
const rulesOf = (grid: CellValue[][]) => highlightRules(readGradebook(grid, detectLayout(grid)));

describe('SPEC 7 highlight rules: the edges the mutation run found untested', () => {
  test('SPEC 7: a blank row between students splits the ranges; a one-row run is one cell', () => {
    // Students on sheet rows 4, 5 and 7 (row 6 blank): runs 4–5 and 7, in columns B and C.
    const grid: CellValue[][] = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 10, 10],
      ['Mastery cut', 0.8, 0.8],
      ['Ann', 5, 6],
      ['Bob', 7, 8],
      ['', '', ''],
      ['Cy', 9, 9],
    ];
    const ranges = ['B4:B5', 'B7', 'C4:C5', 'C7'];
    expect(rulesOf(grid).map((rule) => [rule.kind, rule.ranges])).toEqual([
      ['below', ranges],
      ['noData', ranges],
      ['invalid', ranges],
    ]);
  });

  test('SPEC 7: a gradebook with no students gets no rules (a rule needs a range)', () => {
    const grid: CellValue[][] = [
      ['Student', 'Q1'],
      ['Points possible', 10],
      ['Mastery cut', 0.8],
    ];
    expect(rulesOf(grid)).toEqual([]);
  });

  test('SPEC 7: answer-key items get a below and a no-data rule, no invalid rule', () => {
    // One item out of 1 with cut 0.8 and a key: one group, so two rules on B5:B6 (row 4 is the key).
    const grid: CellValue[][] = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Mastery cut', 0.8],
      ['Answer key', 'c'],
      ['Ann', 'b'],
      ['Bob', 'c'],
    ];
    expect(rulesOf(grid).map((rule) => [rule.kind, rule.ranges])).toEqual([
      ['below', ['B5:B6']],
      ['noData', ['B5:B6']],
    ]);
  });

  test("SPEC 7: a rule's marker reads back as its kind, points and cut; a teacher's rule as null", () => {
    // formulaFor writes N("jit-intervention:noData|10|0.75"): kind noData, 10 points, cut 0.75.
    expect(parseMarker(formulaFor('noData', 'B4', 10, 0.75))).toEqual({
      kind: 'noData',
      points: 10,
      cut: 0.75,
    });
    expect(parseMarker('=B4<5')).toBeNull();
  });

  test('SPEC 7: the below threshold of a cut of 0 is written without an exponent', () => {
    // cut − EPSILON = 0 − 1e-12; String gives "-1e-12"; toFixed(20) is "-0.00000000000100000000",
    // and the trailing zeros go: "-0.000000000001".
    expect(literal(-1e-12)).toBe('-0.000000000001');
  });
});
