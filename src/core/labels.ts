/**
 * The words a gradebook uses for its headers and labelled rows (SPEC section 3).
 */
import type { CellValue } from './types';

/** `id`: a student ID, the identity only when there is no name or email (SPEC 3: a roster known by ID). */
export type IdentityRole = 'name' | 'last' | 'first' | 'email' | 'section' | 'id';
export type ColumnRole = IdentityRole | 'item' | 'ignored';
export type RowLabel = 'points' | 'skills' | 'step' | 'cut' | 'key' | 'ignored';

/** Lower case, single spaces, no trailing colon: how headers and labels are compared. */
export function normalizeLabel(value: CellValue): string {
  if (typeof value !== 'string') return '';
  const s = value.trim().toLowerCase();
  // Layout detection asks this of every row: most labels need no more than trim and case.
  return UNTIDY.test(s) ? s.replace(/\s+/g, ' ').replace(/\s*[:*]$/, '') : s;
}

/** Whitespace other than one plain space, or a trailing `:` or `*`: only then is there more to do. */
const UNTIDY = /[^\S ]| {2}|[:*]$/;

/** Header cells that mark the header row (the first row holding one of them). */
const STUDENT_LABELS = new Set([
  'student',
  'name',
  'student name',
  'last name',
  'first name',
  'email',
  'email address',
  'full name',
  'your name',
  // A roster known only by ID (SPEC 3); `idstud` is the student ID of TIMSS-style item files.
  'student id',
  'sid',
  'student_id',
  'id number',
  'username',
  'idstud',
]);

// Maps, not objects: a header or a student named `constructor` or `__proto__` must find nothing.
const HEADER_ROLES = new Map<string, IdentityRole>(
  Object.entries({
    student: 'name',
    name: 'name',
    'student name': 'name',
    'full name': 'name',
    'your name': 'name',
    'student full name': 'name',
    'last name': 'last',
    last: 'last',
    surname: 'last',
    'family name': 'last',
    'first name': 'first',
    first: 'first',
    'given name': 'first',
    email: 'email',
    'email address': 'email',
    'e-mail': 'email',
    'e-mail address': 'email',
    'student email': 'email',
    'student id': 'id',
    sid: 'id',
    student_id: 'id',
    'id number': 'id',
    username: 'id',
    idstud: 'id',
    id: 'id',
    'sis user id': 'id',
    sis_id: 'id',
    'student number': 'id',
    'user id': 'id',
    'sis login id': 'id',
    section: 'section',
    period: 'section',
    class: 'section',
    block: 'section',
    hour: 'section',
    'class period': 'section',
  }),
);

/**
 * Columns that hold something about the student but are not an item (SPEC 3: totals, counts,
 * grades, attempts and demographics are never items), each with the reason the report gives.
 * Whole headers, lower case; a pattern allows a prefix (Canvas's `Assignments Current Score`)
 * and a suffix in brackets (Moodle's `Course total (Real)`).
 */
/** A whole header from a list of words (regular-expression fragments), with an optional `(…)` suffix. */
const whole = (words: string[], prefix = '') => new RegExp(`^${prefix}(${words.join('|')})( \\(.*\\))?$`);
const SUMMARY = '(current|final|unposted current|unposted final)';
const NOT_ITEM_PATTERNS: [RegExp, string][] = [
  [
    whole([
      `(.+ )?(total|${SUMMARY} (score|points))`,
      'total score',
      'total points',
      'sum',
      'percent score',
      'percent',
      'percentage',
      '%',
      'overall',
      'average',
      'avg',
      'mean',
      'score',
      'points earned',
    ]),
    'totals and averages',
  ],
  [whole(['(n|number|num|#|no\\.?) ?(correct|incorrect|wrong|right|answered|blank|omitted)']), 'counts'],
  [whole([`(.+ )?${SUMMARY} grade`, 'grade', 'letter grade']), 'grades'],
  [
    whole([
      'timestamp',
      'attempt',
      'attempts',
      'attempt number',
      'submitted',
      'submitted at',
      'submission date',
      'started on',
      'completed',
      'time taken',
      'state',
      'last downloaded from this course',
    ]),
    'attempts and times',
  ],
  [
    whole([
      'sis login id',
      'login id',
      'integration id',
      'root account',
      'section_id',
      'section_sis_id',
      'section id',
      'idcntry',
      'idbook',
      'idschool',
      'idclass',
      'idgrade',
      'idpop',
      'institution',
      'department',
    ]),
    'identifiers',
  ],
  [
    whole([
      'gender',
      'sex',
      'itsex',
      'girl',
      'boy',
      'ethnicity',
      'race',
      'ell',
      'iep',
      'sped',
      'frl',
      'birth date',
      'birthdate',
      'date of birth',
      'dob',
      'age',
      'grade level',
    ]),
    'demographics',
  ],
  [whole(['notes', 'note', 'comments', 'comment', 'teacher notes']), 'notes'],
];

/** Why a header is not an item, or null when it may be one. */
export function notItemReason(value: CellValue): string | null {
  const h = normalizeLabel(value);
  if (h === '') return null;
  for (const [pattern, reason] of NOT_ITEM_PATTERNS) if (pattern.test(h)) return reason;
  return null;
}

const ROW_LABELS = new Map<string, RowLabel>(
  Object.entries({
    'points possible': 'points',
    points: 'points',
    max: 'points',
    'out of': 'points',
    'max points': 'points',
    'possible points': 'points',
    skill: 'skills',
    skills: 'skills',
    standard: 'skills',
    standards: 'skills',
    step: 'step',
    steps: 'step',
    'mastery cut': 'cut',
    cut: 'cut',
    'answer key': 'key',
    key: 'key',
    due: 'ignored',
    'due date': 'ignored',
    date: 'ignored',
    'class average': 'ignored',
    average: 'ignored',
    mean: 'ignored',
  }),
);

export function isStudentLabel(value: CellValue): boolean {
  return STUDENT_LABELS.has(normalizeLabel(value));
}

export function headerRole(value: CellValue): IdentityRole | null {
  return HEADER_ROLES.get(normalizeLabel(value)) ?? null;
}

export function isNotItemHeader(value: CellValue): boolean {
  return notItemReason(value) !== null;
}

/** The first three letters of every row label, packed into a number. */
const ROW_LABEL_STARTS = new Set([...ROW_LABELS.keys()].map((label) => packed(label, 0x00)));

function packed(text: string, fold: number): number {
  return (
    ((text.charCodeAt(0) | fold) << 16) | ((text.charCodeAt(1) | fold) << 8) | (text.charCodeAt(2) | fold)
  );
}

/**
 * Every row label is at least three letters long and starts with three letters. Text starting
 * with three printable ASCII characters (nothing to trim) that spell no label's start is no label:
 * most rows are students, and this spares lower-casing every name. `| 0x20` lower-cases ASCII
 * letters and turns no other character into a letter.
 */
function mayBeRowLabel(value: string): boolean {
  if (value.length < 3) return false;
  for (let k = 0; k < 3; k++) {
    const c = value.charCodeAt(k);
    if (c <= 0x20 || c >= 0x7f) return true; // whitespace or beyond ASCII: the full rule decides
  }
  return ROW_LABEL_STARTS.has(packed(value, 0x20));
}

export function rowLabel(value: CellValue): RowLabel | null {
  if (typeof value !== 'string' || !mayBeRowLabel(value)) return null;
  return ROW_LABELS.get(normalizeLabel(value)) ?? null;
}
