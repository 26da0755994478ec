/**
 * Links the students of several assessments (SPEC section 6): by email when both rows have
 * one, else by normalised name within the section when both rows have a section.
 */
import type { Section, Student } from './types';

/** One student across assessments: their row index in each (null where absent). */
export interface LinkedStudent {
  /** As first written: the earliest assessment that lists the student. */
  name: string;
  section: Section | null;
  /** `rows[a]`: the index into assessment a's students, or null. */
  rows: (number | null)[];
}

export interface Linking {
  students: LinkedStudent[];
  warnings: string[];
}

/** `Last, First` and `First Last` become the same key; case, accents and spacing do not count. */
export function nameKey(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const comma = plain.indexOf(',');
  const ordered = comma > 0 ? `${plain.slice(comma + 1)} ${plain.slice(0, comma)}` : plain;
  return ordered.replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
}

const plainKey = (text: string | null) =>
  text === null ? null : text.toLowerCase().replace(/\s+/g, ' ').trim() || null;

interface Entry extends LinkedStudent {
  email: string | null;
  key: string;
  sectionKey: string | null;
}

function conflicts(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/** Links rosters given first to latest; students appear in the order they were first seen. */
export function linkStudents(rosters: { name: string; students: Student[] }[]): Linking {
  const entries: Entry[] = [];
  const warnings: string[] = [];
  // Indexes keep linking linear in the roster: a department sheet holds thousands of students.
  const byEmail = new Map<string, Entry[]>();
  const byName = new Map<string, Entry[]>();
  const index = (map: Map<string, Entry[]>, key: string | null, entry: Entry) => {
    if (key === null) return;
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  rosters.forEach((roster, a) => {
    const claimed = new Set<Entry>();
    const link = (entry: Entry, s: number) => {
      entry.rows[a] = s;
      claimed.add(entry);
    };
    const pending: number[] = [];
    // Emails first, so a name match can never take a student an email already identifies.
    roster.students.forEach((student, s) => {
      const email = plainKey(student.email);
      const match = email === null ? undefined : byEmail.get(email)?.find((e) => !claimed.has(e));
      if (match) link(match, s);
      else pending.push(s);
    });
    const seen = new Map<string, number>();
    for (const s of pending) {
      const student = roster.students[s];
      const email = plainKey(student.email);
      const key = nameKey(student.name);
      const sectionKey = plainKey(student.section);
      // A pair as one key that no name or section can forge (`Jo|X` beside `Jo` in section `x|`).
      const twin = JSON.stringify([key, sectionKey]);
      seen.set(twin, (seen.get(twin) ?? 0) + 1);
      if (seen.get(twin) === 2)
        warnings.push(
          `${roster.name}: two students named "${student.name}"` +
            (student.section ? ` in ${student.section}` : '') +
            '; they are linked in row order.',
        );
      const match = byName
        .get(key)
        ?.find((e) => !claimed.has(e) && !conflicts(e.email, email) && !conflicts(e.sectionKey, sectionKey));
      if (match) {
        link(match, s);
        if (match.email === null && email !== null) index(byEmail, email, match);
        match.email ??= email;
        match.sectionKey ??= sectionKey;
        match.section ??= student.section;
        continue;
      }
      const entry: Entry = {
        name: student.name,
        section: student.section,
        rows: rosters.map(() => null),
        email,
        key,
        sectionKey,
      };
      entries.push(entry);
      index(byEmail, email, entry);
      index(byName, key, entry);
      link(entry, s);
    }
  });
  return { students: entries.map(({ name, section, rows }) => ({ name, section, rows })), warnings };
}
