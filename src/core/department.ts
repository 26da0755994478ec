/**
 * The department check (SPEC 6c): the system level of the state guidance. Several gradebooks'
 * class checks become classes (a gradebook, or each of its sections when it has two or more);
 * per skill, matched across classes by name with case and spacing ignored, how many classes are
 * at each tier and carry low data, and whether the problem is the department's (`system`), its
 * data's (`system-data`) or each class's own (`classes`).
 */
import type { CheckResult } from './engine';
import { nameKey } from './link';
import { skillKey } from './skillKey';
import { ALL, type ClassCheckRow, type Section, type Settings, type Skill, type Tier } from './types';

/** One analysed gradebook: a tab or a file. */
export interface DepartmentInput {
  /** The tab's name, or the file's name: what a department head calls the class. */
  name: string;
  /** Where it came from (the tab, or the file's path): tells apart two gradebooks of the same name. */
  source: string;
  settings: Settings;
  /** Its class-check rows: `(all)` first, then each section's when there are two or more. */
  rows: ClassCheckRow[];
  /**
   * Each student's identity (email, else the name as Progress links it) and section: two tabs of
   * the same students are one class (`sameClass`). Without it a gradebook is never merged.
   */
  students?: { key: string; section: Section | null }[];
}

export interface DepartmentClass {
  /** `name`, or `name · section`; told apart by its source when two are the same. */
  class: string;
  /** The gradebook it comes from: its tab, or its file as given. */
  file: string;
  /** The section this class is, or null for a whole gradebook. */
  section: Section | null;
  roster: number;
  /** Share of the class's skills' rows with data over all of them (students × skills). */
  coverage: number | null;
  /** Index of the gradebook in the input (for its settings). */
  input: number;
  /**
   * Earlier tabs (or files) of the same students, first to latest, folded into this class: a skill
   * this one does not assess is taken from the latest of them that does.
   */
  earlier: string[];
}

export type Verdict = 'system' | 'system-data' | 'classes';

export interface DepartmentSkill {
  skill: Skill;
  classes: number;
  classroom: number;
  borderline: number;
  student: number;
  none: number;
  lowData: number;
  noData: number;
  verdict: Verdict;
  /** This skill's row in each class (by class index), null where the class does not assess it. */
  rows: (ClassCheckRow | null)[];
}

export interface DepartmentReport {
  classes: DepartmentClass[];
  /** In order of first appearance; skills in only one class too (listed in `single`). */
  skills: DepartmentSkill[];
  /** Skills assessed in only one class: probably named differently elsewhere. */
  single: Skill[];
  /** Each gradebook's settings when they differ; one entry when every gradebook used the same. */
  settings: { same: boolean; used: { file: string; settings: Settings }[] };
}

export class DepartmentError extends Error {}

export const VERDICT_WORD: Record<Verdict, string> = {
  system: 'System',
  'system-data': 'System (data)',
  classes: 'Each class',
};

export const VERDICT_ADVICE: Record<Verdict, string> = {
  system: 'Classroom level in most classes: a curriculum or instruction problem across the department.',
  'system-data': 'Most classes lack data on this skill: collect data first (a system-level problem).',
  classes: "Each class's own tier stands.",
};

/** A gradebook's classes: its sections when it has two or more, else the whole roster. */
function classesOf(input: DepartmentInput): { section: Section | null; rows: ClassCheckRow[] }[] {
  const sections = new Map<Section, ClassCheckRow[]>();
  for (const row of input.rows) {
    if (row.section === ALL) continue;
    const list = sections.get(row.section);
    if (list) list.push(row);
    else sections.set(row.section, [row]);
  }
  if (sections.size >= 2) return [...sections].map(([section, rows]) => ({ section, rows }));
  return [{ section: null, rows: input.rows.filter((r) => r.section === ALL) }];
}

/** Two classes of the same name (a section called like another tab) are told apart by their source. */
function uniqueNames(classes: { name: string; source: string }[]): string[] {
  const count = new Map<string, number>();
  for (const c of classes) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const taken = new Set<string>();
  return classes.map((c) => {
    let name = (count.get(c.name) ?? 0) > 1 ? `${c.name} (${c.source})` : c.name;
    for (let i = 2; taken.has(name); i++) name = `${c.name} (${c.source} ${i})`;
    taken.add(name);
    return name;
  });
}

function sameSettings(a: Settings, b: Settings): boolean {
  return a.masteryCut === b.masteryCut && a.band.lower === b.band.lower && a.band.upper === b.band.upper;
}

/** More than half, exactly: 2 of 4 is not, 3 of 5 is (integers, so no rounding). */
const moreThanHalf = (part: number, whole: number) => whole > 0 && part * 2 > whole;

/**
 * SPEC 6c's rule, over the classes that assess the skill. A skill in one class only is that class's
 * own matter (one class is not a department), whatever its tier: the report lists it instead.
 */
export function verdictOf(counts: {
  classes: number;
  noData: number;
  classroom: number;
  lowData: number;
}): Verdict {
  if (counts.classes < 2) return 'classes';
  if (moreThanHalf(counts.classroom, counts.classes - counts.noData)) return 'system';
  if (moreThanHalf(counts.lowData, counts.classes)) return 'system-data';
  return 'classes';
}

interface Found {
  name: string;
  source: string;
  section: Section | null;
  rows: ClassCheckRow[];
  input: number;
  /** Its students' identities, or null when the gradebook did not give them. */
  keys: Set<string> | null;
  earlier: string[];
}

/**
 * Two classes from different gradebooks are the same class when more than half of the smaller
 * roster is in the other (a later quiz of the same period: a newcomer or an absence does not make
 * it another class; two teachers' classes share no students).
 */
export function sameClass(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return moreThanHalf(shared, Math.min(a.size, b.size));
}

/**
 * SPEC 6c counts classes: a class assessed on two tabs (the pre-assessment and the weekly quiz of
 * one period) is one class, not two, or it would count twice towards "most classes". Its latest
 * tab (in tab or file order, first to latest as for Progress) names it and gives each skill it
 * assesses; a skill only an earlier tab assessed comes from the latest of those.
 */
function foldSameStudents(classes: Found[]): Found[] {
  const out: Found[] = [];
  for (const c of classes) {
    const k = out.findIndex(
      (o) => o.input !== c.input && o.keys !== null && c.keys !== null && sameClass(o.keys, c.keys),
    );
    if (k < 0) {
      out.push(c);
      continue;
    }
    const before = out[k];
    const assessed = new Set(c.rows.map((r) => skillKey(r.skill)));
    const kept = before.rows.filter((r) => !assessed.has(skillKey(r.skill)));
    out[k] = { ...c, rows: c.rows.concat(kept), earlier: before.earlier.concat(before.name) };
  }
  return out;
}

export function departmentCheck(inputs: DepartmentInput[]): DepartmentReport {
  const each: Found[] = [];
  inputs.forEach((input, i) => {
    for (const c of classesOf(input)) {
      const name = c.section === null ? input.name : `${input.name} · ${c.section}`;
      const keys = input.students
        ? new Set(
            input.students.filter((s) => c.section === null || s.section === c.section).map((s) => s.key),
          )
        : null;
      each.push({
        name,
        source: input.source,
        section: c.section,
        rows: c.rows,
        input: i,
        keys,
        earlier: [],
      });
    }
  });
  const found = foldSameStudents(each);
  if (found.length < 2) {
    throw new DepartmentError(
      `The department check needs two or more classes (found ${found.length}): ` +
        'one gradebook tab or file per class.',
    );
  }
  const names = uniqueNames(found);
  const classes: DepartmentClass[] = found.map((c, k) => {
    let withData = 0;
    let cells = 0;
    for (const r of c.rows) {
      withData += r.withData;
      cells += r.roster;
    }
    return {
      class: names[k],
      file: inputs[c.input].source,
      section: c.section,
      roster: c.rows.length > 0 ? c.rows[0].roster : 0,
      coverage: cells > 0 ? withData / cells : null,
      input: c.input,
      earlier: c.earlier,
    };
  });

  const byKey = new Map<string, DepartmentSkill>();
  found.forEach((c, k) => {
    for (const row of c.rows) {
      const key = skillKey(row.skill);
      let skill = byKey.get(key);
      if (!skill) {
        skill = {
          skill: row.skill,
          classes: 0,
          classroom: 0,
          borderline: 0,
          student: 0,
          none: 0,
          lowData: 0,
          noData: 0,
          verdict: 'classes',
          rows: found.map(() => null),
        };
        byKey.set(key, skill);
      }
      // The same skill spelt twice in one gradebook: its first row stands.
      if (skill.rows[k] !== null) continue;
      skill.rows[k] = row;
      skill.classes++;
      countTier(skill, row.tier);
      // No-data rows carry low data (SPEC 6c), whether or not the row says so (an empty roster).
      if (row.tier === 'no-data' || row.flags.includes('low-data')) skill.lowData++;
    }
  });
  const skills = [...byKey.values()];
  for (const s of skills) s.verdict = verdictOf(s);
  if (!skills.some((s) => s.classes >= 2)) {
    throw new DepartmentError(
      `No skill is assessed in more than one class (${skills.length} skills in ${classes.length} classes): ` +
        'name each skill the same way in every gradebook (case and spacing do not matter).',
    );
  }

  const first = inputs[0].settings;
  const same = inputs.every((input) => sameSettings(input.settings, first));
  return {
    classes,
    skills,
    single: skills.filter((s) => s.classes === 1).map((s) => s.skill),
    settings: {
      same,
      used: same
        ? [{ file: inputs[0].name, settings: first }]
        : inputs.map((i) => ({ file: i.name, settings: i.settings })),
    },
  };
}

function countTier(skill: DepartmentSkill, tier: Tier): void {
  if (tier === 'no-data') skill.noData++;
  else skill[tier]++;
}

/** The CLI's `department --json` document: exactly the fields of SPEC 6c. */
export function departmentJson(report: DepartmentReport) {
  return {
    classes: report.classes.map((c) => ({
      class: c.class,
      file: c.file,
      section: c.section,
      roster: c.roster,
    })),
    skills: report.skills.map(
      ({ skill, classes, classroom, borderline, student, none, lowData, noData, verdict }) => ({
        skill,
        classes,
        classroom,
        borderline,
        student,
        none,
        lowData,
        noData,
        verdict,
      }),
    ),
  };
}

/**
 * A gradebook as the department check takes it. The settings it was checked with are the shared
 * ones, except the cut when its own items all carry another (its Mastery cut row or Skill Map): that
 * is the cut its class check used, so the report says so.
 */
export function departmentInput(
  name: string,
  source: string,
  result: CheckResult,
  settings: Settings,
): DepartmentInput {
  const { items } = result.book;
  const cut =
    items.length > 0 && items.every((item) => item.cut === items[0].cut) ? items[0].cut : settings.masteryCut;
  return {
    name,
    source,
    rows: result.analysis.classCheck,
    students: result.book.students.map((s) => ({
      key: s.email ? s.email.trim().toLowerCase() : nameKey(s.name),
      section: s.section,
    })),
    settings: cut === settings.masteryCut ? settings : { ...settings, masteryCut: cut },
  };
}
