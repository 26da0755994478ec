/**
 * SPEC 12: a 10,000-character cell costs what a short one does, per character. Checked without a
 * clock: the scanners count the characters they read (src/core/pattern.ts `scanned`), and reading
 * a hostile cell must read each character a bounded number of times.
 */
import { answersMatch } from '../src/core/answerKey';
import { parseNumber, readCell } from '../src/core/cells';
import { scanned } from '../src/core/pattern';

const ones = (n: number) => '1'.repeat(n);
const HOSTILE: [string, (n: number) => string][] = [
  ['ratio with a trailing letter', (n) => `${ones(n)}/${ones(n)}x`],
  ['digits with points', (n) => `${ones(n)}.${ones(n)}.`],
  ['percent with a trailing letter', (n) => `${ones(n)} %x`],
  ['out of with spaces', (n) => `${ones(n)}${' '.repeat(n)}out of${' '.repeat(n)}x`],
  ['exponent without digits', (n) => `${ones(n)}e+`],
];

function reads(read: () => unknown): number {
  scanned.reads = 0;
  read();
  return scanned.reads;
}

describe.each(HOSTILE)('a hostile cell: %s', (_, make) => {
  test('is invalid', () => {
    expect(readCell(make(5000))).toEqual({ kind: 'invalid' });
  });

  // At least once (the count is live), at most 4 times (no backtracking).
  test('readCell reads each of its 10,000+ characters once to 4 times', () => {
    const cell = make(5000);
    const n = reads(() => readCell(cell));
    expect([n >= cell.length, n <= 4 * cell.length + 50]).toEqual([true, true]);
  });

  test('grading it as an answer reads each character once to 4 times', () => {
    const cell = make(5000);
    const n = reads(() => answersMatch(cell, '1/2'));
    expect([n >= cell.length, n <= 4 * (cell.length + 3) + 50]).toEqual([true, true]);
  });
});

test('a long number still reads as its number', () => {
  expect(parseNumber(`${ones(400)}.5`)).toBe(Number(`${ones(400)}.5`));
});
