/**
 * Near misses for the cell values of SPEC 3 ("Cell values"): each text is one a teacher or an
 * export could put in a score cell, on the edge of a form, read through the whole engine where the
 * teacher sees the result (issue #19, mutation testing: docs/testing.md lists the change each kills).
 */
import { readCell } from '../src/core/cells';
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

/** One item out of `points`, one student per score. */
const oneColumn = (points: number, scores: string[]) =>
  analyseGrid(
    csv(
      `Student,Q1\nPoints possible,${points}\n` + scores.map((s, i) => `S${i + 1},"${s}"`).join('\n') + '\n',
    ),
  );

const invalidWarnings = (a: ReturnType<typeof analyseGrid>) => a.warnings.filter((w) => w.includes('nvalid'));

describe('SPEC 3 cell values: a score is the whole text', () => {
  test('SPEC 3: "x80%" is invalid, reported with its cell address, and counts as no data', () => {
    const a = oneColumn(10, ['x80%', '8']);
    expect(invalidWarnings(a)).toEqual(['Invalid score "x80%" at B3 (Q1): counted as no data.']);
    expect(a.items[0]).toMatchObject({ answered: 1, mastered: 1 });
  });

  test('SPEC 3: "80%x", "4/5x" and "8x" are invalid, each reported with its address', () => {
    const a = oneColumn(10, ['80%x', '4/5x', '8x']);
    expect(invalidWarnings(a)).toEqual([
      'Invalid score "80%x" at B3 (Q1): counted as no data.',
      'Invalid score "4/5x" at B4 (Q1): counted as no data.',
      'Invalid score "8x" at B5 (Q1): counted as no data.',
    ]);
  });

  test('SPEC 3: ".55" reads as 55%: a gap under the 80% cut, not an invalid cell', () => {
    // Points 1: .55 ÷ 1 = 55% < 80%: answered, not mastered, no warning.
    const a = oneColumn(1, ['.55']);
    expect(a.items[0]).toMatchObject({ answered: 1, mastered: 0 });
    expect(invalidWarnings(a)).toEqual([]);
  });

  test('SPEC 3: "12.75" of 15 is 85%, mastered (several digits after the point)', () => {
    const a = oneColumn(15, ['12.75']);
    expect(a.items[0]).toMatchObject({ answered: 1, mastered: 1 });
  });

  test('SPEC 3: "8." is the number 8 (a point with no digits after it)', () => {
    expect(readCell('8.')).toEqual({ kind: 'number', value: 8 });
  });

  test('SPEC 3: "." and "+" alone are invalid', () => {
    expect([readCell('.'), readCell('+')]).toEqual([{ kind: 'invalid' }, { kind: 'invalid' }]);
  });

  test('SPEC 3: "125%" is 1.25 (three digits before the sign), "-5%" is negative: invalid', () => {
    expect(readCell('125%')).toEqual({ kind: 'fraction', value: 1.25 });
    expect(readCell('-5%')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: "12/16" is 75% (two digits on both sides of the bar)', () => {
    expect(readCell('12/16')).toEqual({ kind: 'fraction', value: 0.75 });
  });

  test('SPEC 3: the numbers of a ratio are plain decimals: "4/5e1" is invalid, not 4 of 50', () => {
    expect(readCell('4/5e1')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: "4 out  of 5" with a double space reads as Sheets TRIM leaves it: 0.8', () => {
    expect(readCell('4 out  of 5')).toEqual({ kind: 'fraction', value: 0.8 });
  });

  test('SPEC 3: a ratio missing its score ("/5", "out of 5") is invalid, not 0', () => {
    expect([readCell('/5'), readCell('out of 5')]).toEqual([{ kind: 'invalid' }, { kind: 'invalid' }]);
  });

  test('SPEC 3: "3 of 4" is not a ratio (only "/" and "out of" are)', () => {
    expect(readCell('3 of 4')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: a tab is not a space to TRIM: "8<tab>" is invalid', () => {
    expect(readCell('8\t')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: a number in exponent notation reads as typed in Sheets: "1e1" is 10, "2E-1" 0.2', () => {
    expect([readCell('1e1'), readCell('2E-1')]).toEqual([
      { kind: 'number', value: 10 },
      { kind: 'number', value: 0.2 },
    ]);
    expect(readCell('1e')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: the other check marks read as ✓ and ✗: ✔ ☑ are 1, ✘ ☒ are 0', () => {
    expect(['✔', '☑', '✘', '☒'].map((v) => readCell(v))).toEqual([
      { kind: 'fraction', value: 1 },
      { kind: 'fraction', value: 1 },
      { kind: 'fraction', value: 0 },
      { kind: 'fraction', value: 0 },
    ]);
  });
});

describe('SPEC 3 cell values: the edges of a score', () => {
  test('SPEC 3: "0%" and "0/5" are scores of 0 (a gap), not invalid', () => {
    // Points 1: two students at 0, answered, not mastered; no warning.
    const a = oneColumn(1, ['0%', '0/5']);
    expect(a.items[0]).toMatchObject({ answered: 2, mastered: 0 });
    expect(invalidWarnings(a)).toEqual([]);
  });

  test('SPEC 3: "10+" in a column out of 4 is 10.25 of 4 (256%): invalid, not a level', () => {
    const a = oneColumn(4, ['10+', '3+']);
    expect(invalidWarnings(a)).toEqual(['Invalid score "10+" at B3 (Q1): counted as no data.']);
    // 3+ = 3.25 of 4 = 81%: mastered.
    expect(a.items[0]).toMatchObject({ answered: 1, mastered: 1 });
  });
});
