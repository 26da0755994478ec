/**
 * Near misses for grading Forms answers against the key (SPEC 3, "Google Forms quiz responses"):
 * each test is one answer a student could type that a one-character change to the rules would
 * grade the other way (issue #19, mutation testing).
 */
import { answerId, answersMatch } from '../src/core/answerKey';

describe('SPEC 3: an equation answer `x = 9` reads as 9 (SPEC 6b), only as a whole', () => {
  test('SPEC 3: "x=9" without spaces matches the key 9', () => {
    expect(answersMatch('x=9', '9')).toBe(true);
  });

  test('SPEC 3: "y =9" and "y= 9" match the key 9 (spaces on one side only)', () => {
    expect([answersMatch('y =9', '9'), answersMatch('y= 9', '9')]).toEqual([true, true]);
  });

  test('SPEC 3: "2y = 9" is not the answer 9 (y would be 4.5): the letter must start the answer', () => {
    expect(answersMatch('2y = 9', '9')).toBe(false);
  });

  test('SPEC 3: "= 9" (no letter) is not 9', () => {
    expect(answersMatch('= 9', '9')).toBe(false);
  });
});

describe('SPEC 3: numbers compared as numbers', () => {
  test('SPEC 3: "-1/2" matches -0.5 and ".5" matches "0.5"', () => {
    expect([answersMatch('-1/2', '-0.5'), answersMatch('.5', '0.5')]).toEqual([true, true]);
  });

  test('SPEC 3: "1/2" is not "-1/2"', () => {
    expect(answersMatch('1/2', '-1/2')).toBe(false);
  });

  test('SPEC 3: "10/4" matches 2.5 (several digits above and below the bar)', () => {
    expect(answersMatch('10/4', '2.5')).toBe(true);
    expect(answersMatch('25/10', '2.5')).toBe(true);
  });

  test('SPEC 3: "1 / 2" with spaces around the bar matches 0.5', () => {
    expect(answersMatch('1 / 2', '0.5')).toBe(true);
  });

  test('SPEC 3: "1/2x" is text, not 0.5', () => {
    expect(answersMatch('1/2x', '0.5')).toBe(false);
  });

  test('SPEC 3: "1/0" and "2/0" are no numbers: two different texts', () => {
    expect(answersMatch('1/0', '2/0')).toBe(false);
  });

  test('SPEC 3: a missing space is a different text answer: "twosteps" is not "two steps"', () => {
    expect(answersMatch('twosteps', 'two steps')).toBe(false);
  });

  test('SPEC 3: 9 and 8 are different numbers', () => {
    expect(answersMatch('8', '9')).toBe(false);
  });
});

describe('SPEC 3: checkbox answers compared as sets', () => {
  test('SPEC 3: a trailing separator adds no choice ("a, b," is the set a, b)', () => {
    expect(answersMatch('a, b,', 'a, b')).toBe(true);
  });

  test('SPEC 3: a choice repeated is that one choice, against a key of one answer', () => {
    // Only the given answer has a separator: it is read as a set all the same.
    expect(answersMatch('3; 3', '3')).toBe(true);
  });

  test('SPEC 3: a checkbox answer that is only the first choice of the key is wrong', () => {
    expect(answersMatch('a', 'a, b')).toBe(false);
  });

  test('SPEC 3: a checkbox answer sharing only its first choice with the key is wrong', () => {
    expect(answersMatch('a, c', 'a, b')).toBe(false);
  });

  test('SPEC 3: a checkbox answer with one more choice than the key is wrong', () => {
    expect(answersMatch('a, b, c', 'a, b')).toBe(false);
  });

  test('SPEC 6b: one answer in its spellings is one answer of the distribution', () => {
    // "B, a" and "a;b" are the set {a, b}; "x = 9", "9.0" and "18/2" are the number 9.
    expect(answerId('B, a')).toBe(answerId('a;b'));
    expect(answerId('x = 9')).toBe(answerId('18/2'));
    expect(answerId('9.0')).toBe(answerId('9'));
    expect(answerId('a, b')).not.toBe(answerId('a, c'));
    expect(answerId('a, b')).not.toBe(answerId('ab'));
    expect(answerId('9')).not.toBe(answerId('8'));
  });
});
