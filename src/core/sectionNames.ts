/**
 * A section's name is the teacher's data, never one of the add-on's own scope words (SPEC 2, 11):
 * `(all)` stands for the whole roster and `(no section)` for students without one. A teacher's
 * section literally named so keeps its text with ` (section)` after it, so the report tells the two
 * apart and the JSON's `"(all)"` still means the whole roster (SPEC 11). The mapping is one-to-one:
 * a name that already looks like a marked one (`(all) (section)`) is marked again.
 */
import { ALL, NO_SECTION, type Section } from './types';

const MARK = ' (section)';
const SCOPE_WORDS = [ALL, NO_SECTION];

/** Whether the name is a scope word followed by zero or more marks (no regex: linear, SPEC 12). */
function looksReserved(name: string): boolean {
  let end = name.length;
  while (end >= MARK.length && name.endsWith(MARK, end)) end -= MARK.length;
  const head = name.slice(0, end);
  return SCOPE_WORDS.includes(head);
}

/** The section as the report shows it: the teacher's text, marked when it would read as a scope word. */
export function sectionName(name: string): Section {
  return looksReserved(name) ? name + MARK : name;
}
