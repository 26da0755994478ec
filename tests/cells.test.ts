import { cellText, parseFractionSetting, readCell } from '../src/core/cells';

describe('readCell (SPEC section 3, cell values)', () => {
  test.each([
    ['80%', 0.8],
    ['4/5', 0.8],
    ['4 / 5', 0.8],
    ['4 out of 5', 0.8],
    ['3 Out Of 4', 0.75],
    [true, 1],
    [false, 0],
    ['TRUE', 1],
    ['false', 0],
    ['Y', 1],
    ['n', 0],
    ['yes', 1],
    ['No', 0],
    ['correct', 1],
    ['Incorrect', 0],
    ['✓', 1],
    ['✗', 0],
    ['150%', 1.5],
  ])('%p reads as the fraction %p', (value, fraction) => {
    expect(readCell(value)).toEqual({ kind: 'fraction', value: fraction });
  });

  test.each([
    [8, 8],
    ['8', 8],
    [' 9 ', 9],
    ['.5', 0.5],
    [0, 0],
    [-0, 0],
    ['12', 12],
  ])('%p is a bare number %p (needs points possible)', (value, n) => {
    expect(readCell(value)).toEqual({ kind: 'number', value: n });
  });

  test.each([
    '',
    '   ',
    null,
    undefined,
    'absent',
    'ABS',
    'ex',
    'Exc',
    'excused',
    'E',
    'missing',
    'Inc',
    'INCOMPLETE',
    'N/A',
    'na',
    '-',
  ])('%p is no data', (value) => {
    expect(readCell(value)).toEqual({ kind: 'blank' });
  });

  test.each([
    '#N/A',
    'B+',
    new Date(2026, 9, 2),
    'Oct 2, 2026',
    -1,
    '-1',
    '151%',
    '4/0',
    NaN,
    Infinity,
    '=A1',
    'x',
  ])('%p is invalid', (value) => {
    expect(readCell(value)).toEqual({ kind: 'invalid' });
  });

  test.each([
    ['3+', 3.25],
    ['3-', 2.75],
    [' 2- ', 1.75],
    ['4+', 4.25],
  ])('%p on a proficiency scale reads as the level ± a quarter point: %p', (value, points) => {
    expect(readCell(value)).toEqual({ kind: 'scale', value: points });
  });

  test('0- would be below zero: invalid', () => {
    expect(readCell('0-')).toEqual({ kind: 'invalid' });
  });

  test('decimal commas only for CSV from a locale that writes them', () => {
    expect(readCell('8,5', { decimalComma: true })).toEqual({ kind: 'number', value: 8.5 });
    expect(readCell('8,5')).toEqual({ kind: 'invalid' });
  });

  test('mastery cut and band settings read 0.8 or 80%', () => {
    expect(parseFractionSetting('80%')).toBe(0.8);
    expect(parseFractionSetting(0.8)).toBe(0.8);
    expect(parseFractionSetting('0.75')).toBe(0.75);
    expect(parseFractionSetting('eighty')).toBeNull();
    expect(parseFractionSetting(3)).toBe(3);
  });
});

describe('readCell: whole-text patterns (SPEC 3)', () => {
  // Each text must be a score as a whole: a score with anything before or after it is invalid.
  test.each(['x80%', '80%x', 'x4/5', '4/5x', '4 out of 5 points', 'about 8', '8 pts'])(
    '%p is invalid: extra text around a score',
    (value) => {
      expect(readCell(value)).toEqual({ kind: 'invalid' });
    },
  );

  test.each([
    ['12.5%', 0.125],
    ['80 %', 0.8],
    ['.5%', 0.005],
    ['+80%', 0.8], // percent ÷ 100
    ['10.5 / 12', 0.875],
    ['12.5 out of 20', 0.625],
    ['.5/1', 0.5],
    ['.75/.5', 1.5], // ratios, at most 150%
  ])('%p reads as the fraction %p', (value, fraction) => {
    expect(readCell(value)).toEqual({ kind: 'fraction', value: fraction });
  });

  test.each([
    ['.55', 0.55],
    ['10.25', 10.25],
    ['+7', 7],
  ])('%p is the bare number %p', (value, n) => {
    expect(readCell(value)).toEqual({ kind: 'number', value: n });
  });

  test('decimal commas: several digits on either side, the whole text only', () => {
    expect(readCell('12,55', { decimalComma: true })).toEqual({ kind: 'number', value: 12.55 });
    expect(readCell('8,5 pts', { decimalComma: true })).toEqual({ kind: 'invalid' });
  });
});

describe('SPEC 3 cell values: the edges the mutation run found untested', () => {
  test('SPEC 3: a text led by a tab is invalid, not a ratio of its digits', () => {
    // Sheets' TRIM keeps a tab, so "\t55" is no number, percent or ratio: invalid.
    expect(readCell('\t55')).toEqual({ kind: 'invalid' });
  });

  test('SPEC 3: a date cell is quoted in a warning as its day, an empty cell as nothing', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(cellText(new Date(NaN))).toBe('Invalid Date');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  test('SPEC 8: a cut written with spaces around it still reads: " 80% " is 0.8', () => {
    expect(parseFractionSetting(' 80% ')).toBe(0.8);
  });

  test('SPEC 8: a checkbox, a number too large for a double, or a bare "-%" is no cut', () => {
    expect(parseFractionSetting(true)).toBeNull();
    expect(parseFractionSetting('1e999')).toBeNull(); // Number('1e999') is Infinity
    expect(parseFractionSetting('-%')).toBeNull();
  });
});
