/**
 * Progress and effectiveness (SPEC section 6): several assessments of the same students, first
 * to latest. Per student and skill: first, latest, change. Per section and skill: each
 * assessment's own counts. Per section and step of the first assessment: of the students grouped
 * there, how many master that step's skills in the latest. A skill is the same across assessments
 * when its name is, case and spacing ignored (`skillKey`, as the department check matches them).
 */
import type { Analysis } from './analyse';
import { sectionOf, sectionsIn } from './classCheck';
import { type Gradebook, readFractions } from './gradebook';
import { type LinkedStudent, linkStudents } from './link';
import { makePool, type Pool, poolMastery, poolScores } from './mastery';
import { stepValue } from './stations';
import { skillKey } from './skillKey';
import { type FractionTable, MASTERED, NO_DATA } from './studentTables';
import { plural } from './tierWords';
import { ALL, type ClassCheckRow, type Fraction, type Section, type Skill } from './types';

export interface Assessment {
  /** The tab's or file's name, as the teacher knows it. */
  name: string;
  book: Gradebook;
  analysis: Analysis;
}

export interface Counts {
  withData: number;
  struggling: number;
}

export interface ProgressRow {
  section: Section;
  skill: Skill;
  /** Each assessment's own counts, first to latest (zero where the skill was not assessed). */
  counts: Counts[];
}

export interface SkillChange {
  before: Fraction | null;
  after: Fraction | null;
  change: number | null;
}

/**
 * A student's first and latest score per skill, in the order of the report's `skills` (arrays, not
 * an object keyed by skill: a skill named `__proto__` or `constructor` is data, SPEC 12).
 */
export interface StudentProgress {
  name: string;
  section: Section | null;
  before: (Fraction | null)[];
  after: (Fraction | null)[];
}

/** One student's first, latest and change on the report's skill p. */
export function skillChange(s: StudentProgress, p: number): SkillChange {
  const before = s.before[p];
  const after = s.after[p];
  return { before, after, change: before !== null && after !== null ? tidy(after - before) : null };
}

export interface Effectiveness {
  section: Section;
  /** The step as the first assessment numbers it. */
  step: number | string;
  /** The skills the step measures: how it is found again in the latest assessment. */
  skills: Skill[];
  /** Grouped at this step by the first assessment, with data on its skills in the latest. */
  grouped: number;
  nowMastered: number;
  /** Grouped at this step but without data on it in the latest (absent, or not assessed). */
  missing: number;
}

export interface Unmatched {
  name: string;
  section: Section | null;
  assessment: string;
}

export interface ProgressReport {
  assessments: string[];
  skills: Skill[];
  progress: ProgressRow[];
  students: StudentProgress[];
  effectiveness: Effectiveness[];
  unmatched: Unmatched[];
  warnings: string[];
}

function unionOf<T>(lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

/**
 * The assessments' skills, matched by `skillKey`, each under the spelling of the first assessment
 * that has it (a Map: a skill named `__proto__` is data, SPEC 12).
 */
function skillsOf(assessments: Assessment[]): Skill[] {
  const first = new Map<string, Skill>();
  for (const a of assessments)
    for (const skill of a.analysis.skills) {
      const key = skillKey(skill);
      if (!first.has(key)) first.set(key, skill);
    }
  return [...first.values()];
}

/**
 * Each assessment's check rows by section, then skill key (nested Maps: no joined key can collide).
 * One assessment has one row per skill key: reading it joined any two spellings (`oneSpellingPerSkill`).
 */
function rowsBySection(a: Assessment): Map<Section, Map<string, ClassCheckRow>> {
  const bySection = new Map<Section, Map<string, ClassCheckRow>>();
  for (const r of a.analysis.classCheck) {
    let bySkill = bySection.get(r.section);
    if (!bySkill) bySection.set(r.section, (bySkill = new Map()));
    bySkill.set(skillKey(r.skill), r);
  }
  return bySection;
}

function progressRows(assessments: Assessment[], skills: Skill[]): ProgressRow[] {
  const counts = assessments.map(rowsBySection);
  const sections = unionOf(assessments.map((a) => a.analysis.classCheck.map((r) => r.section)));
  const rows: ProgressRow[] = [];
  for (const section of [ALL, ...sections.filter((s) => s !== ALL)]) {
    for (const skill of skills) {
      const key = skillKey(skill);
      const each = counts.map((m) => m.get(section)?.get(key));
      if (each.every((r) => r === undefined)) continue;
      rows.push({
        section,
        skill,
        counts: each.map((r) => ({ withData: r?.withData ?? 0, struggling: r?.struggling ?? 0 })),
      });
    }
  }
  return rows;
}

/** A student's score on each of the report's skills in one assessment (null: no data or not assessed). */
function scoresOf(a: Assessment, row: number | null, columns: number[]): (Fraction | null)[] {
  const out: (Fraction | null)[] = [];
  for (const p of columns) {
    const v = row === null || p < 0 ? NaN : a.analysis.skillTable.score(row, p);
    out.push(v === v ? v : null);
  }
  return out;
}

/**
 * Where each of the report's skills is in the assessment's own skills (-1: not assessed), by a Map
 * of skill keys (one skill per key in an assessment, as above).
 */
function columnsOf(a: Assessment, skills: Skill[]): number[] {
  const at = new Map<string, number>();
  a.analysis.skills.forEach((skill, p) => at.set(skillKey(skill), p));
  return skills.map((skill) => at.get(skillKey(skill)) ?? -1);
}

/** In how many assessments a linked student appears. */
const appearances = (l: LinkedStudent) => l.rows.filter((r) => r !== null).length;

/** Rounded to hide float noise (0.6 − 0.2 is 0.39999999999999997). */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

function studentRows(assessments: Assessment[], linked: LinkedStudent[], skills: Skill[]): StudentProgress[] {
  const first = assessments[0];
  const latest = assessments[assessments.length - 1];
  const firstColumns = columnsOf(first, skills);
  const latestColumns = columnsOf(latest, skills);
  return linked
    .filter((l) => appearances(l) >= 2)
    .map((l) => ({
      name: l.name,
      section: l.section,
      before: scoresOf(first, l.rows[0], firstColumns),
      after: scoresOf(latest, l.rows[l.rows.length - 1], latestColumns),
    }));
}

/**
 * The latest assessment's items that measure any of these skills, pooled as one step. `itemKeys`:
 * each latest item's skill keys, worked out once for all the steps.
 */
function latestPool(latest: Assessment, itemKeys: string[][], skills: Skill[], name: string): Pool | null {
  const wanted = new Set(skills.map(skillKey));
  const indices = itemKeys.flatMap((keys, i) => (keys.some((k) => wanted.has(k)) ? [i] : []));
  return indices.length > 0 ? makePool(name, indices, latest.book.items) : null;
}

function effectiveness(assessments: Assessment[], linked: LinkedStudent[]): Effectiveness[] {
  const first = assessments[0];
  const latest = assessments[assessments.length - 1];
  const last = assessments.length - 1;
  const inLatest = new Map<number, number | null>();
  for (const l of linked) if (l.rows[0] !== null) inLatest.set(l.rows[0], l.rows[last]);
  const sections = sectionOf(first.book.students);
  // The latest assessment's fractions, read once for all the steps' pools (only when there are steps).
  let fractions: FractionTable | null = null;
  // Each step once: the skills it measures, and who masters them in the latest assessment.
  const itemKeys = latest.book.items.map((item) => item.skills.map(skillKey));
  const steps = first.analysis.steps.map((step) => {
    const skills = unionOf(step.items.map((i) => first.book.items[i].skills));
    const pool = latestPool(latest, itemKeys, skills, step.name);
    if (pool === null) return { step, skills, mastery: null };
    fractions ??= readFractions(latest.book);
    return { step, skills, mastery: poolMastery(poolScores(fractions, latest.book.items, [pool]), [pool]) };
  });
  const rows: Effectiveness[] = [];
  for (const section of sectionsIn(sections)) {
    for (const { step, skills, mastery } of steps) {
      const members = first.analysis.entries.flatMap((entry, s) =>
        entry === step.name && sections[s] === section ? [s] : [],
      );
      if (members.length === 0) continue;
      let grouped = 0;
      let nowMastered = 0;
      for (const s of members) {
        const row = inLatest.get(s) ?? null;
        const status = mastery && row !== null ? mastery.status(row, 0) : NO_DATA;
        if (status !== NO_DATA) grouped++;
        if (status === MASTERED) nowMastered++;
      }
      rows.push({
        section,
        step: stepValue(step.name),
        skills,
        grouped,
        nowMastered,
        missing: members.length - grouped,
      });
    }
  }
  return rows;
}

/**
 * Tabs of two different classes link few students, and Progress would report changes over almost
 * nobody. The threshold: fewer than half of the first assessment's students also in the latest
 * (linked by email, else name). Exactly half is not warned: a class split in two, or half of it
 * absent on quiz day, still compares the students it has; under half is more likely the wrong tab.
 */
function unrelatedClassesWarning(assessments: Assessment[], linked: LinkedStudent[]): string | null {
  const last = assessments.length - 1;
  const total = assessments[0].book.students.length;
  let both = 0;
  for (const l of linked) if (l.rows[0] !== null && l.rows[last] !== null) both++;
  if (both * 2 >= total) return null;
  return (
    `Only ${both} of ${plural(total, 'student')} in "${assessments[0].name}" ` +
    `${both === 1 ? 'is' : 'are'} also in "${assessments[last].name}": are these the same class?`
  );
}

export function progressReport(assessments: Assessment[]): ProgressReport {
  if (assessments.length < 2)
    throw new RangeError('Progress needs two or more assessments, first to latest.');
  const { students: linked, warnings: linkWarnings } = linkStudents(
    assessments.map((a) => ({ name: a.name, students: a.book.students })),
  );
  // The likely wrong tab first: it makes every number below it meaningless.
  const unrelated = unrelatedClassesWarning(assessments, linked);
  const warnings = unrelated === null ? linkWarnings : [unrelated, ...linkWarnings];
  const skills = skillsOf(assessments);
  const unmatched = linked
    .filter((l) => appearances(l) === 1)
    .map((l) => ({
      name: l.name,
      section: l.section,
      assessment: assessments[l.rows.findIndex((r) => r !== null)].name,
    }));
  if (assessments[0].analysis.steps.length === 0) {
    warnings.push(
      `"${assessments[0].name}" has no steps, so there are no groups to follow up: ` +
        'effectiveness needs a ladder check first.',
    );
  }
  return {
    assessments: assessments.map((a) => a.name),
    skills,
    progress: progressRows(assessments, skills),
    students: studentRows(assessments, linked, skills),
    effectiveness: effectiveness(assessments, linked),
    unmatched,
    warnings,
  };
}

/**
 * `skills` as the JSON's object: own properties defined, never assigned, so a skill named
 * `__proto__` is a key like any other (an assignment would set the prototype and lose it).
 */
function skillsObject(skills: Skill[], s: StudentProgress): Record<Skill, SkillChange> {
  const out: Record<Skill, SkillChange> = {};
  skills.forEach((skill, p) =>
    Object.defineProperty(out, skill, {
      value: skillChange(s, p),
      enumerable: true,
      writable: true,
      configurable: true,
    }),
  );
  return out;
}

/**
 * The CLI's `progress --json` document (SPEC section 11, issue #7): before is the first, after the
 * latest.
 */
export function progressJson(report: ProgressReport) {
  const ends = (counts: Counts[]) => ({ before: counts[0], after: counts[counts.length - 1] });
  return {
    progress: report.progress.map((r) => ({ section: r.section, skill: r.skill, ...ends(r.counts) })),
    students: report.students.map((s) => ({
      name: s.name,
      section: s.section,
      skills: skillsObject(report.skills, s),
    })),
    effectiveness: report.effectiveness.map(({ section, step, grouped, nowMastered }) => ({
      section,
      step,
      grouped,
      nowMastered,
    })),
    unmatched: report.unmatched.map((u) => u.name),
  };
}
