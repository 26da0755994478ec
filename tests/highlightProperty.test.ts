/**
 * Property: for every cell form of SPEC 3 in every number format the add-on meets (plain, percent,
 * number stored as text, a date shown as 4/5), across points and cuts, the highlight the rules
 * paint equals the engine's reading, cell by cell, whether AND/OR stop early or not.
 */
import fc from 'fast-check';
import { FALSE_WORDS, NO_DATA_WORDS, TRUE_WORDS } from '../src/core/cellForms';
import { type Column, type SheetCell, engineReadings, paintedReadings, sheetOf } from './helpers/highlight';

const POINTS = [1, 2, 3, 4, 5, 10, 20, 100];
const CUTS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1];

/** Scores around every boundary: 0, the cut, 100%, 150%, and past them; negatives too. */
const score = (points: number) =>
  fc.oneof(
    fc.integer({ min: -2 * points, max: 2 * points }),
    fc.integer({ min: -200, max: 2000 }).map((k) => (k / 1000) * points),
  );
/**
 * constantFrom over a list without spreading it into a call (SPEC 12): shrinks to the first,
 * as constantFrom does.
 */
const fromList = <T>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]);
const pad = (s: string) =>
  fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ')).map(([a, b]) => `${a}${s}${b}`);
const cased = (s: string) => fc.constantFrom(s, s.toUpperCase(), s[0] ? s[0].toUpperCase() + s.slice(1) : s);
const decimal = fc.oneof(
  fc.integer({ min: 0, max: 30 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 0, max: 99 }).map((b) => `.${b}`),
  fc.integer({ min: 0, max: 30 }).map((a) => `${a}.`),
);

function cell(points: number): fc.Arbitrary<SheetCell> {
  return fc.oneof(
    // Plain numbers, as getValues returns them.
    score(points).map((value) => ({ value })),
    // Numbers with a percent format: the cell holds the fraction.
    fc
      .tuple(
        fc.integer({ min: -50, max: 200 }).map((k) => k / 100),
        fc.constantFrom('0%', '0.0%', '0.00%'),
      )
      .map(([value, format]) => ({ value, format })),
    // A number stored as text.
    fc
      .tuple(score(points), fc.constantFrom('', '+', ' '))
      .map(([n, sign]) => ({ value: `${n >= 0 ? sign : ''}${n}`, format: '@' })),
    fc.constantFrom('1e1', '5.', '.5', '-0', '1E0').map((value) => ({ value, format: '@' })),
    // A date Sheets made of a typed M/D, shown M/D.
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => ({ value: new Date(2026, m - 1, d), format: 'M/d', display: `${m}/${d}` })),
    // Percent, ratio and word texts.
    fc
      .tuple(decimal, fc.constantFrom('%', ' %'), fc.constantFrom('', '-', '+'))
      .chain(([n, p, s]) => pad(`${s}${n}${p}`))
      .map((value) => ({ value })),
    fc
      .tuple(decimal, fc.constantFrom('/', ' / ', ' out of ', ' Out Of ', '/ '), decimal)
      .chain(([a, sep, b]) => pad(`${a}${sep}${b}`))
      .map((value) => ({ value })),
    fromList(([] as string[]).concat(NO_DATA_WORDS, TRUE_WORDS, FALSE_WORDS))
      .chain(cased)
      .chain(pad)
      .map((value) => ({ value })),
    fc.boolean().map((value) => ({ value })),
    // `3+`, `2-`: a proficiency level, read only in a column out of 4 or 5.
    fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('+', '-'))
      .chain(([n, s]) => pad(`${n}${s}`))
      .map((value) => ({ value })),
    // Anything else is invalid.
    fc
      .constantFrom(
        'B+',
        '#N/A',
        'x',
        '4//5',
        '1/2/3',
        '3+',
        '80%%',
        'out of 5',
        '4 of 5',
        '½',
        'yes!',
        'n.a.',
        '--',
        '8,5',
      )
      .map((value) => ({ value })),
  );
}

const column: fc.Arbitrary<Column> = fc
  .tuple(fromList(POINTS), fromList(CUTS))
  .chain(([points, cut]) =>
    fc.array(cell(points), { minLength: 50, maxLength: 50 }).map((cells) => ({ points, cut, cells })),
  );

const RUNS = 10;
const COLUMNS = 20;

test(`rules paint what the engine reads: ${RUNS} gradebooks, ${COLUMNS} × 50 cells, AND/OR readings`, () => {
  let cells = 0;
  fc.assert(
    fc.property(fc.array(column, { minLength: COLUMNS, maxLength: COLUMNS }), (columns) => {
      const book = sheetOf(columns);
      const engine = engineReadings(book);
      cells += engine.length * (engine[0]?.length ?? 0);
      expect(paintedReadings(book, 'shortCircuit')).toEqual(engine);
      expect(paintedReadings(book, 'strict')).toEqual(engine);
    }),
    {
      numRuns: RUNS,
      seed: 20261123,
      // Each run evaluates 6,000 rule formulas: no shrinking; the toEqual diff names the cells that differ.
      endOnFailure: true,
    },
  );
  expect(cells).toBeGreaterThanOrEqual(10_000);
});

/**
 * Answer-key items (SPEC 7): raw answers graded against the key row's cell. Each column draws a key
 * and answers around it: the key re-cased and padded, as a number, as `x = …`, a set in another
 * order, other answers, blanks, the choice `E`, no-data words (answers here) and error cells.
 */
const KEYS = ['9', '.5', '-4', '28/5', 'Paris', 'b', 'E', 'a, b', 'x = 9'];
const OTHER_ANSWERS = [
  'x = 9',
  'X=9',
  '0.5',
  '5.6',
  '-4.0',
  'b, a',
  'a;b',
  'a',
  'paris',
  'e',
  'E',
  '',
  'absent',
  '#N/A',
  '#DIV/0!',
];
const keyedColumn: fc.Arbitrary<{ key: SheetCell; column: Column }> = fc
  .tuple(fromList(KEYS), fromList(CUTS))
  .chain(([key, cut]) => {
    const answer = fc.oneof(
      cased(key)
        .chain(pad)
        .map((value): SheetCell => ({ value })),
      fromList(OTHER_ANSWERS).map((value): SheetCell => ({ value })),
      fc.integer({ min: -10, max: 10 }).map((value): SheetCell => ({ value })),
      fc.constantFrom(9, 0.5, -4, 5.6).map((value): SheetCell => ({ value })),
    );
    return fc
      .array(answer, { minLength: 30, maxLength: 30 })
      .map((cells) => ({ key: { value: key }, column: { points: 1, cut, cells } }));
  });

const KEYED_RUNS = 4;
const KEYED_COLUMNS = 8;

test(`answer-key rules paint what the engine grades: ${KEYED_RUNS} quizzes × ${KEYED_COLUMNS} items`, () => {
  fc.assert(
    fc.property(fc.array(keyedColumn, { minLength: KEYED_COLUMNS, maxLength: KEYED_COLUMNS }), (columns) => {
      const book = sheetOf(
        columns.map((c) => c.column),
        columns.map((c) => c.key),
      );
      const engine = engineReadings(book);
      expect(paintedReadings(book, 'shortCircuit')).toEqual(engine);
      expect(paintedReadings(book, 'strict')).toEqual(engine);
    }),
    { numRuns: KEYED_RUNS, seed: 20261123, endOnFailure: true },
  );
});
