/**
 * The slips of SPEC 6b's table by name, and the words a teacher reads for each: no arithmetic here,
 * so the sidebar's own bundle can show them without the equation solver.
 */
export type Pattern =
  | 'sign-slip'
  | 'x-sign-slip'
  | 'forgot-to-divide'
  | 'divided-one-term'
  | 'reciprocal'
  | 'distributed-first-only'
  | 'opposite-sign';

export const UNCLASSIFIED = 'unclassified';
export type Label = Pattern | typeof UNCLASSIFIED;

/** What the student did, as SPEC 6b's table says it: the words a teacher reads. */
export const PATTERN_WORDS: Record<Label, string> = {
  'sign-slip': 'moved the constant without changing its sign',
  'x-sign-slip': 'moved the x-term without changing its sign',
  'forgot-to-divide': 'undid the constant but not the coefficient',
  'divided-one-term': 'divided the x-term and the right side but not the constant',
  reciprocal: 'divided the wrong way',
  'distributed-first-only': 'multiplied only the first term in the parentheses',
  'opposite-sign': 'got the right size with the wrong sign',
  unclassified: 'a wrong answer that matches no known slip',
};
