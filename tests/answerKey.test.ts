/**
 * Grading raw Forms answers against the key (SPEC 3): trimmed, case-insensitive, numbers as numbers,
 * checkboxes as sets.
 */
import { answersMatch, isAnswered } from '../src/core/answerKey';

describe('answersMatch (SPEC 3, Forms quiz responses)', () => {
  test('checkbox answers are sets: order does not matter', () => {
    expect(answersMatch('-3, 3', '3, -3')).toBe(true);
  });

  test('a checkbox answer with fewer choices than the key is wrong', () => {
    expect(answersMatch('3', '3, -3')).toBe(false);
  });

  test('a checkbox answer with the same number of choices but a different one is wrong', () => {
    expect(answersMatch('3, 4', '3, -3')).toBe(false);
  });

  test('semicolons separate choices too, with or without spaces; a repeated choice counts once', () => {
    expect(answersMatch('-3;3', '3, -3')).toBe(true);
    expect(answersMatch('3, 3, -3', '3, -3')).toBe(true);
  });

  test('choices compare trimmed and case-insensitively, numbers by value', () => {
    expect(answersMatch('B , a', 'a, b')).toBe(true);
    expect(answersMatch('3.0, -3', '3, -3')).toBe(true);
  });

  test('a fraction answer equals its decimal: 56/5 = 11.2 = 11.20', () => {
    expect(answersMatch('56/5', '11.2')).toBe(true);
    expect(answersMatch('11.20', '56/5')).toBe(true);
  });

  test('a fraction with 0 below is text, not a number', () => {
    // 56/0 is no number: it matches only the same text.
    expect(answersMatch('56/0', '0')).toBe(false);
    expect(answersMatch('56/0', '56/0')).toBe(true);
  });

  test('text answers: trimmed, any case, runs of spaces as one', () => {
    expect(answersMatch('  Two   Steps ', 'two steps')).toBe(true);
    expect(answersMatch('two step', 'two steps')).toBe(false);
  });

  test('a blank or spaces-only answer is not answered; 0 is', () => {
    expect([isAnswered(''), isAnswered('   '), isAnswered(null), isAnswered(0), isAnswered('0')]).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
