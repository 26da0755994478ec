/** Linear equations in item headers and the slips behind wrong answers (SPEC 6b), worked by hand. */
import { readEquation } from '../src/core/equation';
import { formatValue, matches, patternOf, readAnswer, slipsOf } from '../src/core/misconceptions';

function solved(header: string) {
  const r = readEquation(header);
  if (r.kind !== 'equation') throw new Error(`${header} read as ${r.kind}`);
  return r;
}
const coefficients = (header: string) => {
  const { equation: e } = solved(header);
  return [e.a, e.b, e.c, e.d].map((f) => f.toFraction());
};
/** Each slip of the header's equation as `pattern value`, in table order. */
const slips = (header: string) =>
  slipsOf(solved(header).equation).map((s) => `${s.pattern} ${s.value.toFraction()}`);

describe('reading an equation from a header', () => {
  test('x + 5 = 14 is 1x + 5 = 0x + 14', () =>
    expect(coefficients('x + 5 = 14')).toEqual(['1', '5', '0', '14']));
  test('a prefix "Q1:" is left out', () => expect(solved('Q1: x + 5 = 14').equation.text).toBe('x + 5 = 14'));
  test('a number word of the prefix is left out: "Step 2 x + 1 = 4" is x + 1 = 4', () =>
    expect(solved('Step 2 x + 1 = 4').equation.text).toBe('x + 1 = 4'));
  test('SPEC 6b: a numbered question "1. x + 5 = 14", "2) …", "a) …", "(b) …" holds x + 5 = 14', () => {
    // How teachers number questions in a Forms quiz or a worksheet: the number and its mark are a prefix.
    for (const header of [
      '1. x + 5 = 14',
      '2) x + 5 = 14',
      'a) x + 5 = 14',
      '(b) x + 5 = 14',
      '12. x + 5 = 14',
    ])
      expect([header, solved(header).equation.text]).toEqual([header, 'x + 5 = 14']);
  });
  test('SPEC 6b: a note of points after the equation is left out: "x + 5 = 14 (2 pts)"', () => {
    // `(2` could start an equation's parenthesis; the words from it on are the note's.
    expect(solved('x + 5 = 14 (2 pts)').equation.text).toBe('x + 5 = 14');
    expect(solved('2x - 10 = -18 (3 points)').solution.toFraction()).toBe('-4');
  });
  test('SPEC 6b: "5(x - 7) = 21" keeps its parenthesis, and "x + 5 = (14)" its right side', () => {
    expect(solved('5(x - 7) = 21').solution.toFraction()).toBe('56/5');
    expect(solved('x + 5 = (14)').solution.toFraction()).toBe('9');
  });
  test('a prefix "Solve" is left out', () =>
    expect(solved('Solve 2x - 10 = -18').equation.text).toBe('2x - 10 = -18'));
  test('5(x - 7) = 21 expands to 5x - 35 = 21 and keeps p = 5, q = -7', () => {
    const { equation } = solved('5(x - 7) = 21');
    expect(coefficients('5(x - 7) = 21')).toEqual(['5', '-35', '0', '21']);
    expect([equation.distributed!.p.toFraction(), equation.distributed!.q.toFraction()]).toEqual(['5', '-7']);
  });
  test('22 = -5x + 40 is read with the sides swapped: -5x + 40 = 22', () =>
    expect(coefficients('22 = -5x + 40')).toEqual(['-5', '40', '0', '22']));
  test('2x - 6 = -3x - 5 keeps x on both sides', () =>
    expect(coefficients('2x - 6 = -3x - 5')).toEqual(['2', '-6', '-3', '-5']));
  test('* is a product like juxtaposition: 3 * (y + 4) = 27', () =>
    expect(coefficients('3 * (y + 4) = 27')).toEqual(['3', '12', '0', '27']));
  test('a Unicode minus reads as minus', () =>
    expect(coefficients('2x \u2212 10 = \u221218')).toEqual(['2', '-10', '0', '-18']));
  // Worked: x = (d - b)/(a - c).
  test.each([
    ['x + 5 = 14', '9'], // (14 - 5)/1
    ['2x - 10 = -18', '-4'], // (-18 + 10)/2
    ['5(x - 7) = 21', '56/5'], // (21 + 35)/5 = 11.2
    ['22 = -5x + 40', '18/5'], // (22 - 40)/(-5) = 3.6
    ['2x - 6 = -3x - 5', '1/5'], // (-5 + 6)/(2 + 3)
  ])('%s solves exactly to %s', (header, x) => expect(solved(header).solution.toFraction()).toBe(x));
  test.each([
    'Student',
    'Q3: explain your answer',
    'x^2 = 4',
    'x = y + 1',
    '2(x + 1) + 3(x - 1) = 4',
    'x * x = 4',
    'a = b = c',
    '',
  ])('"%s" is not a linear equation in one letter: no labels, no error', (header) =>
    expect(readEquation(header).kind).toBe('none'),
  );
  test('x + 1 = x + 2 has no solution (a = c)', () =>
    expect(readEquation('x + 1 = x + 2')).toMatchObject({ kind: 'degenerate', every: false }));
  test('2x = 2x holds for every number (a = c, b = d)', () =>
    expect(readEquation('2x = 2x')).toMatchObject({ kind: 'degenerate', every: true }));
  test('a 10,000-character header is read without error', () =>
    expect(readEquation(`${'x+'.repeat(5000)}1 = 2`).kind).toBe('equation'));
});

describe("the slip table, SPEC 6b's worked answers", () => {
  // a=1 b=5 c=0 d=14: sign-slip (14+5)/1 = 19; x-sign-slip needs c≠0; forgot-to-divide needs a-c≠1;
  // divided-one-term needs a≠1; reciprocal 1/9; opposite-sign -9.
  test('x + 5 = 14', () =>
    expect(slips('x + 5 = 14')).toEqual(['sign-slip 19', 'reciprocal 1/9', 'opposite-sign -9']));
  // a=2 b=-10 d=-18: sign (-28)/2 = -14; forgot -8; divided -18/2 + 10 = 1; reciprocal 2/-8; opposite 4.
  test('2x - 10 = -18', () =>
    expect(slips('2x - 10 = -18')).toEqual([
      'sign-slip -14',
      'forgot-to-divide -8',
      'divided-one-term 1',
      'reciprocal -1/4',
      'opposite-sign 4',
    ]));
  // a=5 b=-35 d=21 p=5 q=-7: sign (21-35)/5 = -2.8; forgot 56; divided 21/5 + 35 = 39.2; reciprocal 5/56;
  // distributed-first-only (21+7)/5 = 5.6; opposite -11.2.
  test('5(x - 7) = 21', () =>
    expect(slips('5(x - 7) = 21')).toEqual([
      'sign-slip -14/5',
      'forgot-to-divide 56',
      'divided-one-term 196/5',
      'reciprocal 5/56',
      'distributed-first-only 28/5',
      'opposite-sign -56/5',
    ]));
  // a=-5 b=40 d=22: sign 62/-5 = -12.4; forgot -18; divided 22/-5 - 40 = -44.4;
  // reciprocal -5/-18; opposite -3.6.
  test('22 = -5x + 40', () =>
    expect(slips('22 = -5x + 40')).toEqual([
      'sign-slip -62/5',
      'forgot-to-divide -18',
      'divided-one-term -222/5',
      'reciprocal 5/18',
      'opposite-sign -18/5',
    ]));
  // a=2 b=-6 c=-3 d=-5: sign (-11)/5 = -2.2; x-sign (1)/(-1) = -1; forgot 1; divided needs c=0;
  // reciprocal 5; opposite -1/5.
  test('2x - 6 = -3x - 5', () =>
    expect(slips('2x - 6 = -3x - 5')).toEqual([
      'sign-slip -11/5',
      'x-sign-slip -1',
      'forgot-to-divide 1',
      'reciprocal 5',
      'opposite-sign -1/5',
    ]));
  // 2x = 4 (a=2 b=0 c=0 d=4, correct 2): sign-slip (4+0)/2 = 2 = correct, dropped; forgot 4;
  // divided 4/2 - 0 = 2, dropped.
  test('a slip equal to the correct answer is dropped', () =>
    expect(slips('2x = 4')).toEqual(['forgot-to-divide 4', 'reciprocal 1/2', 'opposite-sign -2']));
  // 2x + 2 = 0 (a=2 b=2 d=0, correct -1): sign-slip (0+2)/2 = 1; forgot-to-divide 0-2 = -2; divided-one-term
  // 0/2 - 2 = -2 (forgot-to-divide's value); reciprocal 2/-2 = -1 (correct, dropped);
  // opposite-sign 1 (sign-slip's).
  test('two slips with one value: the first in the table names it', () =>
    expect(slips('2x + 2 = 0')).toEqual(['sign-slip 1', 'forgot-to-divide -2']));
});

describe('answers compared as exact numbers', () => {
  const eq = (h: string) => slipsOf(solved(h).equation);
  test.each([
    ['x + 5 = 14', '19', 'sign-slip'],
    ['x + 5 = 14', '-9', 'opposite-sign'],
    ['2x - 10 = -18', '-14', 'sign-slip'],
    ['2x - 10 = -18', '-8', 'forgot-to-divide'],
    ['2x - 10 = -18', '1', 'divided-one-term'],
    ['5(x - 7) = 21', '5.6', 'distributed-first-only'],
    ['5(x - 7) = 21', '56', 'forgot-to-divide'],
    ['22 = -5x + 40', '-12.4', 'sign-slip'],
    ['22 = -5x + 40', '-18', 'forgot-to-divide'],
    ['22 = -5x + 40', '-3.6', 'opposite-sign'],
    ['2x - 6 = -3x - 5', '-2.2', 'sign-slip'],
    ['2x - 6 = -3x - 5', '-1', 'x-sign-slip'],
    ['2x - 6 = -3x - 5', '1', 'forgot-to-divide'],
  ])('%s: %s is %s', (h, answer, pattern) => expect(patternOf(eq(h), answer)).toBe(pattern));
  test.each(['5.6', '28/5', 'x = 5.6', ' X=28 / 5 ', '5.60'])(
    '"%s" is 5.6: distributed-first-only on 5(x - 7) = 21',
    (a) => expect(patternOf(eq('5(x - 7) = 21'), a)).toBe('distributed-first-only'),
  );
  test('0.33 matches 1/3 (two places round to it)', () =>
    expect(matches(readAnswer('0.33')!, readAnswer('1/3')!.value)).toBe(true));
  test('0.3 does not match 1/3 (one place is not enough)', () =>
    expect(matches(readAnswer('0.3')!, readAnswer('1/3')!.value)).toBe(false));
  test('-0.13 matches -1/8 (half away from zero)', () =>
    expect(matches(readAnswer('-0.13')!, readAnswer('-1/8')!.value)).toBe(true));
  test('-0.28 on 5(x - 7) = 21 is unclassified (the sign-slip is -2.8)', () =>
    expect(patternOf(eq('5(x - 7) = 21'), '-0.28')).toBe('unclassified'));
  test.each(['eleven', 'x', '1/0', '', '3 + 4'])('a non-numeric answer "%s" is unclassified', (a) =>
    expect(patternOf(eq('x + 5 = 14'), a)).toBe('unclassified'),
  );
});

// The edges the mutation run found untested (docs/mutation/equations.md): each row names its mutants' lines.
describe('SPEC 6b equations: the edges of the reading', () => {
  // Worked: x = (d - b)/(a - c), as above.
  test.each([
    ['x + 9 = 12', '3', '9 is a digit (42)'], // (12 - 9)/1
    ['a + 5 = 14', '9', 'a is a letter (43)'],
    ['2z = 8', '4', 'z is a letter (43)'], // 8/2
    ['A + 5 = 14', '9', 'A is a letter (43)'],
    ['Z + 5 = 14', '9', 'Z is a letter (43)'],
    ['X + 5 = 14', '9', 'an upper-case letter is a letter (43)'],
    ['\u2022 x + 5 = 14', '9', 'a bullet is no letter, so no part of the equation (43)'],
    ['2x \u2013 10 = \u201318', '-4', 'an en dash is a minus (46)'], // (-18 + 10)/2
    ['2x \u2014 10 = \u201418', '-4', 'an em dash is a minus (46)'],
    ['3 \u00d7 (y + 4) = 27', '5', '× is a product (47)'], // 3y + 12 = 27: 15/3
    ['3 \u00b7 (y + 4) = 27', '5', '· is a product (47)'],
    ['3 \u22c5 (y + 4) = 27', '5', '⋅ is a product (47)'],
    ['x * 2 = 6', '3', 'a number after * is a factor (99)'], // 2x = 6
    ['x * .5 = 2', '4', 'a decimal after * is a factor (99)'], // 0.5x = 2
    ['.5x = 2', '4', 'a number may start with its point (117)'], // 2/0.5
    ['2.5x = 5', '2', 'a number holds one point (140-148)'], // 5/2.5
    ['3: x + 5 = 14', '9', 'a word with a colon is the prefix (163)'],
    ['What is x if 2x + 3 = 11?', '4', 'a question mark ends the equation (183)'], // (11 - 3)/2
    ['x + 1 = 2.5', '3/2', 'only a point at the very end is punctuation (183)'], // 2.5 - 1
    ['x + 5 = 14 (show work)', '9', 'the words after the equation are left out (191)'],
    ['1 2 x + 1 = 4', '3', 'two number words of the prefix are left out (194)'], // 4 - 1
    ['Item 12 x + 1 = 4', '3', 'a number word of two digits is the prefix (196)'],
  ])('%s solves to %s: %s', (header, x) => expect(solved(header).solution.toFraction()).toBe(x));
  test.each([
    ['x + 1 = 2 x', '"2 x" is two words, so the right side is not one expression (66, 191, 220)'],
    ['x = 2 +', 'a sign with no term after it (220)'],
    ['3 + 4 = 7', 'no letter at all (220)'],
    ['x = 2 = 2', 'two "=" (176)'],
    ['3x', 'no "=" (176)'],
    ['2(x + 1 = 4', 'a "(" never closed (130)'],
    ['x - -3) = 1', 'a ")" that closes no "(" (126)'],
    ['x + . = 5', 'a point alone is no number (148)'],
    ['1.2.3 x + 1 = 4', 'a number with two points is no number, and no error (143)'],
    ['1 2 3 x + 1 = 4', 'at most two number words are left out as the prefix (194)'],
    ['-2 x + 1 = 4', 'a signed number is no number word of the prefix (196)'],
    ['2.5 x + 1 = 4', 'a decimal is no number word of the prefix (196)'],
    ['x + 5 = fourteen', 'no word after the "=" can belong to an equation (198)'],
    // Without the note the right side is the words "2 x", still two words: no `2x` by joining them.
    ['x + 1 = 2 x (2 pts)', 'left of a note, "2 x" is still two words (202)'],
  ])('"%s" is no linear equation: %s', (header) => expect(readEquation(header).kind).toBe('none'));
  test('the letter of 2X + 1 = 7 is x, however it is written (119)', () =>
    expect(solved('2X + 1 = 7').equation.letter).toBe('x'));
  // 2(x + 1) + 3 = 11 is 2x + 5 = 11 (a=2 b=5 c=0 d=11, correct 3): not p(x + q) = d, since 5 ≠ 2·1.
  // sign-slip 16/2 = 8; forgot-to-divide 6; divided-one-term 11/2 - 5 = 1/2; reciprocal 2/6; opposite -3;
  // no distributed-first-only ((11 - 1)/2 = 5 would name a slip nobody made).
  test('a parenthesis plus a number is no p(x + q): 2(x + 1) + 3 = 11 has no distributed slip (231)', () =>
    expect(slips('2(x + 1) + 3 = 11')).toEqual([
      'sign-slip 8',
      'forgot-to-divide 6',
      'divided-one-term 1/2',
      'reciprocal 1/3',
      'opposite-sign -3',
    ]));
});

describe('SPEC 6b answers: the edges of reading an answer', () => {
  const eq = (h: string) => slipsOf(solved(h).equation);
  // x + 5 = 14: sign-slip 19, reciprocal 1/9, opposite-sign -9 (worked above).
  test('a Unicode minus: "\u22129" on x + 5 = 14 is opposite-sign (63)', () =>
    expect(patternOf(eq('x + 5 = 14'), '\u22129')).toBe('opposite-sign'));
  test('a leading plus: "+19" on x + 5 = 14 is sign-slip (69)', () =>
    expect(patternOf(eq('x + 5 = 14'), '+19')).toBe('sign-slip'));
  test('a leading plus on a fraction: "+28/5" on 5(x - 7) = 21 is distributed-first-only (72)', () =>
    expect(patternOf(eq('5(x - 7) = 21'), '+28/5')).toBe('distributed-first-only'));
  // ".11" has two places; 1/9 = 0.111… rounds to 0.11.
  test('a decimal written from its point: ".11" on x + 5 = 14 is reciprocal (69)', () =>
    expect(patternOf(eq('x + 5 = 14'), '.11')).toBe('reciprocal'));
  // 18.999 rounds to 19.00, but "19" has no places: only exactly 19 matches it.
  test('a whole number matches only exactly: 19 is not 18.999 (69)', () =>
    expect(matches(readAnswer('19')!, readAnswer('18.999')!.value)).toBe(false));
  // forgot-to-divide of 5(x - 7) = 21 is 56; "5 6" is two numbers.
  test('two numbers with a space between are no number: "5 6" on 5(x - 7) = 21 is unclassified (65)', () =>
    expect(patternOf(eq('5(x - 7) = 21'), '5 6')).toBe('unclassified'));
  // "0." and 38 ones is 40 characters; 1/9 rounded to 38 places is that number.
  test('an answer of 40 characters is read: 0.111… (38 ones) on x + 5 = 14 is reciprocal (66)', () =>
    expect(patternOf(eq('x + 5 = 14'), `0.${'1'.repeat(38)}`)).toBe('reciprocal'));
  test('an answer of 41 characters is no number: 0.111… (39 ones) on x + 5 = 14 is unclassified (66)', () =>
    expect(patternOf(eq('x + 5 = 14'), `0.${'1'.repeat(39)}`)).toBe('unclassified'));
});

describe('SPEC 6b values as a teacher writes them (the key-mismatch line, the misconception answers)', () => {
  const value = (text: string) => formatValue(readAnswer(text)!.value);
  // 28/5: the denominator 5 ends, so a decimal.
  test('28/5 is written 5.6', () => expect(value('28/5')).toBe('5.6'));
  // 1/8: the denominator 2·2·2 ends, so a decimal.
  test('1/8 is written 0.125', () => expect(value('1/8')).toBe('0.125'));
  // -1/3: the denominator 3 never ends, so a fraction.
  test('-1/3 is written -1/3', () => expect(value('-1/3')).toBe('-1/3'));
});
