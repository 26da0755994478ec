/**
 * OneRoster 1.1/1.2 CSV (SPEC 3): `users.csv`, `classes.csv`, `lineItems.csv`, `results.csv` (and
 * `enrollments.csv` when present) as one gradebook grid per class, in the plain layout the engine
 * reads: `Student, Email, Section`, one item per line item; a points row from `resultValueMax`; a
 * skill row from `learningObjectiveSet` where any line item has one. `scoreStatus` `exempt` and
 * `not submitted` are no data (a score of 0 beside them is no score).
 */
import type { CellValue, Grid } from './types';

export interface OneRosterTables {
  users: Grid;
  classes: Grid;
  lineItems: Grid;
  results: Grid;
  enrollments?: Grid;
}

export interface ClassGradebook {
  /** The class's title (`classes.csv`), also its section. */
  title: string;
  grid: Grid;
}

export class OneRosterError extends Error {}

const NO_DATA_STATUS = new Set(['exempt', 'not submitted']);

type Row = (field: string) => string;

/** Each data row of a table, read by field name (any case); rows marked `tobedeleted` are left out. */
function records(table: Grid, file: string, required: string[]): Row[] {
  if (table.length === 0) throw new OneRosterError(`${file} is empty.`);
  const header = table[0].map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  for (const field of required) {
    if (!header.includes(field.toLowerCase())) throw new OneRosterError(`${file} has no ${field} column.`);
  }
  const out: Row[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const get: Row = (field) => {
      const c = header.indexOf(field.toLowerCase());
      return c < 0 ? '' : String(row[c] ?? '').trim();
    };
    if (get('status').toLowerCase() === 'tobedeleted') continue;
    out.push(get);
  }
  return out;
}

/** `learningObjectiveSet`: JSON `[{source, learningObjectiveIds}]` (1.2), or ids separated by `,` `;`. */
export function learningObjectives(text: string): string[] {
  if (text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    const sets = Array.isArray(parsed) ? parsed : [parsed];
    const ids: string[] = [];
    for (const set of sets) {
      const list = (set as { learningObjectiveIds?: unknown })?.learningObjectiveIds;
      if (Array.isArray(list)) for (const id of list) ids.push(String(id));
    }
    return ids;
  } catch {
    return text.split(/\s*[,;]\s*/).filter((id) => id !== '');
  }
}

export function oneRosterGradebooks(tables: OneRosterTables): ClassGradebook[] {
  const users = records(tables.users, 'users.csv', ['sourcedId']);
  const classes = records(tables.classes, 'classes.csv', ['sourcedId', 'title']);
  const lineItems = records(tables.lineItems, 'lineItems.csv', ['sourcedId', 'title', 'classSourcedId']);
  const results = records(tables.results, 'results.csv', ['lineItemSourcedId', 'studentSourcedId', 'score']);
  const enrollments = tables.enrollments
    ? records(tables.enrollments, 'enrollments.csv', ['classSourcedId', 'userSourcedId'])
    : [];

  const person = new Map(users.map((u) => [u('sourcedId'), u]));
  const itemsOf = new Map<string, Row[]>();
  for (const item of lineItems) {
    const list = itemsOf.get(item('classSourcedId'));
    if (list) list.push(item);
    else itemsOf.set(item('classSourcedId'), [item]);
  }
  // score[lineItem][student]: the cell as the engine reads it.
  const scores = new Map<string, Map<string, string>>();
  for (const result of results) {
    const status = result('scoreStatus').toLowerCase();
    const cell = NO_DATA_STATUS.has(status) ? '' : result('score');
    const line = result('lineItemSourcedId');
    const map = scores.get(line) ?? new Map<string, string>();
    map.set(result('studentSourcedId'), cell);
    scores.set(line, map);
  }

  const books: ClassGradebook[] = [];
  for (const cls of classes) {
    const items = itemsOf.get(cls('sourcedId')) ?? [];
    if (items.length === 0) continue;
    const title = cls('title') || cls('classCode') || cls('sourcedId');
    // Students: enrolled as students, then anyone with a result here, in order of first appearance.
    const students: string[] = [];
    const seen = new Set<string>();
    const add = (id: string) => {
      const role = person.get(id)?.('role').toLowerCase();
      if (seen.has(id) || (role !== undefined && role !== '' && role !== 'student')) return;
      seen.add(id);
      students.push(id);
    };
    for (const e of enrollments)
      if (e('classSourcedId') === cls('sourcedId') && e('role').toLowerCase() !== 'teacher')
        add(e('userSourcedId'));
    for (const item of items) for (const id of scores.get(item('sourcedId'))?.keys() ?? []) add(id);

    const skills = items.map((item) => learningObjectives(item('learningObjectiveSet')).join(', '));
    const grid: CellValue[][] = [
      ['Student', 'Email', 'Section'].concat(items.map((item) => item('title'))),
      ['Points possible', '', ''].concat(items.map((item) => item('resultValueMax'))),
    ];
    if (skills.some((s) => s !== '')) grid.push(['Skill', '', ''].concat(skills));
    for (const id of students) {
      const u = person.get(id);
      const name = u ? `${u('givenName')} ${u('familyName')}`.trim() : '';
      const row: CellValue[] = [name || id, u?.('email') ?? '', title];
      for (const item of items) row.push(scores.get(item('sourcedId'))?.get(id) ?? '');
      grid.push(row);
    }
    books.push({ title, grid });
  }
  if (books.length === 0) throw new OneRosterError('no class has line items.');
  return books;
}
