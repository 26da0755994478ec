/**
 * The capping of warnings (SPEC 12: at most 100 per kind, then how many more), at the level of its two
 * helpers: what counts as one kind, and the line that stands for the rest.
 */
import { kindOf, moreLine } from '../src/core/warnings';

describe('kindOf: a warning without its data', () => {
  test('quoted names of any length are left out, even after the last ": "', () =>
    expect(kindOf('Cell B2: "abc" and "x" are not scores.')).toBe(' and  are not scores.'));
  test('numbers are left out, even after the last ": "', () =>
    expect(kindOf('Row 3: 12 cells are blank.')).toBe(' cells are blank.'));
  test('a warning without ": " is its own kind, without its data', () =>
    expect(kindOf('No answer key for "Q1".')).toBe('No answer key for .'));
});

describe('moreLine: the line for the rest of a kind', () => {
  test('a fixed ending is repeated, with the count in thousands', () =>
    expect(moreLine(1134, '"x" at C5: counted as no data.')).toBe('…and 1,134 more: counted as no data.'));
  test('an ending with data in it points at the line above', () =>
    expect(moreLine(2, '"Quiz" has no points possible: read as out of 5, its highest score.')).toBe(
      '…and 2 more like the line above.',
    ));
  // No ": " at all: no ending to repeat (not the warning less its first letter, not an empty ending).
  test('a warning with no ": " points at the line above', () =>
    expect(moreLine(2, 'No answer key chosen yet.')).toBe('…and 2 more like the line above.'));
});
