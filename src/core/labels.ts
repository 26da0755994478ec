/**
 * The words a gradebook uses for its headers and labelled rows (SPEC section 3).
 */
import type { CellValue } from './types';

export type IdentityRole = 'name' | 'last' | 'first' | 'email' | 'section';
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
const STUDENT_LABELS = new Set(['student', 'name', 'student name', 'last name', 'first name', 'email', 'email address']);

// Maps, not objects: a header or a student named `constructor` or `__proto__` must find nothing.
const HEADER_ROLES = new Map<string, IdentityRole>(Object.entries({
  student: 'name', name: 'name', 'student name': 'name', 'full name': 'name', 'your name': 'name', 'student full name': 'name',
  'last name': 'last', last: 'last', surname: 'last', 'family name': 'last',
  'first name': 'first', first: 'first', 'given name': 'first',
  email: 'email', 'email address': 'email', 'e-mail': 'email', 'e-mail address': 'email', 'student email': 'email',
  section: 'section', period: 'section', class: 'section', block: 'section', hour: 'section', 'class period': 'section',
}));

/** Columns that hold something about the student but are not an item. */
const NOT_ITEM_HEADERS = new Set([
  'timestamp', 'score', 'total', 'total score', 'total points', 'id', 'student id', 'student number', 'grade',
  'letter grade', 'overall', 'average', 'percent', '%', 'notes', 'note', 'comments', 'comment', 'teacher notes',
]);

const ROW_LABELS = new Map<string, RowLabel>(Object.entries({
  'points possible': 'points', points: 'points', max: 'points', 'out of': 'points', 'max points': 'points', 'possible points': 'points',
  skill: 'skills', skills: 'skills', standard: 'skills', standards: 'skills',
  step: 'step', steps: 'step',
  'mastery cut': 'cut', cut: 'cut',
  'answer key': 'key', key: 'key',
  due: 'ignored', 'due date': 'ignored', date: 'ignored', 'class average': 'ignored', average: 'ignored', mean: 'ignored',
}));

export function isStudentLabel(value: CellValue): boolean {
  return STUDENT_LABELS.has(normalizeLabel(value));
}

export function headerRole(value: CellValue): IdentityRole | null {
  return HEADER_ROLES.get(normalizeLabel(value)) ?? null;
}

export function isNotItemHeader(value: CellValue): boolean {
  return NOT_ITEM_HEADERS.has(normalizeLabel(value));
}

/** The first three letters of every row label, packed into a number. */
const ROW_LABEL_STARTS = new Set([...ROW_LABELS.keys()].map((label) => packed(label, 0x00)));

function packed(text: string, fold: number): number {
  return ((text.charCodeAt(0) | fold) << 16) | ((text.charCodeAt(1) | fold) << 8) | (text.charCodeAt(2) | fold);
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
