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

const HEADER_ROLES: Record<string, IdentityRole> = {
  student: 'name', name: 'name', 'student name': 'name', 'full name': 'name', 'your name': 'name', 'student full name': 'name',
  'last name': 'last', last: 'last', surname: 'last', 'family name': 'last',
  'first name': 'first', first: 'first', 'given name': 'first',
  email: 'email', 'email address': 'email', 'e-mail': 'email', 'e-mail address': 'email', 'student email': 'email',
  section: 'section', period: 'section', class: 'section', block: 'section', hour: 'section', 'class period': 'section',
};

/** Columns that hold something about the student but are not an item. */
const NOT_ITEM_HEADERS = new Set([
  'timestamp', 'score', 'total', 'total score', 'total points', 'id', 'student id', 'student number', 'grade',
  'letter grade', 'overall', 'average', 'percent', '%', 'notes', 'note', 'comments', 'comment', 'teacher notes',
]);

const ROW_LABELS: Record<string, RowLabel> = {
  'points possible': 'points', points: 'points', max: 'points', 'out of': 'points', 'max points': 'points', 'possible points': 'points',
  skill: 'skills', skills: 'skills', standard: 'skills', standards: 'skills',
  step: 'step', steps: 'step',
  'mastery cut': 'cut', cut: 'cut',
  'answer key': 'key', key: 'key',
  due: 'ignored', 'due date': 'ignored', date: 'ignored', 'class average': 'ignored', average: 'ignored', mean: 'ignored',
};

export function isStudentLabel(value: CellValue): boolean {
  return STUDENT_LABELS.has(normalizeLabel(value));
}

export function headerRole(value: CellValue): IdentityRole | null {
  return HEADER_ROLES[normalizeLabel(value)] ?? null;
}

export function isNotItemHeader(value: CellValue): boolean {
  return NOT_ITEM_HEADERS.has(normalizeLabel(value));
}

export function rowLabel(value: CellValue): RowLabel | null {
  return ROW_LABELS[normalizeLabel(value)] ?? null;
}
