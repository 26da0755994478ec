/**
 * One pass from a read gradebook to everything the product shows: item summaries, each
 * student's gaps and entry step, the class check, stations (or skill groups) and warnings.
 * Its JSON form is the CLI contract of SPEC section 11.
 */
import { addMisconceptionGroups, type ItemReport, itemReport } from './answers';
import { classCheck, sectionOf } from './classCheck';
import type { Gradebook } from './gradebook';
import { type Pool, poolMastery } from './mastery';
import {
  type SkillGroup,
  type Station,
  computeStations,
  entryStepOf,
  skillGroups,
  stepValue,
} from './stations';
import { type ScoreTable, type StatusTable, STRUGGLING } from './studentTables';
import { type ClassCheckRow, type EntryStep, type Section, type Settings, type Skill } from './types';
import { capWarnings } from './warnings';

export interface ItemSummary {
  item: string;
  skills: Skill[];
  points: number;
  answered: number;
  mastered: number;
  percentMastered: number | null;
}

export interface StudentResult {
  name: string;
  section: Section | null;
  gaps: Skill[];
  entryStep: number | string | null;
}

export interface Analysis {
  items: ItemSummary[];
  students: StudentResult[];
  classCheck: ClassCheckRow[];
  stations: Station[];
  /** Groups by skill, used when the gradebook has no steps. */
  skillGroups: SkillGroup[];
  warnings: string[];
  /**
   * Skills in order, and each student's score on each (`skillTable.score(student, skill)`, NaN
   * without data).
   */
  skills: Skill[];
  skillTable: ScoreTable;
  /** The same scores flat, student after student (`skillTable.values`). */
  skillScores: Float64Array;
  /** Ladder steps in order, and each student's entry step (Progress groups by them). */
  steps: Pool[];
  entries: EntryStep[];
  /** Item statistics, answers and misconceptions (SPEC 6b). */
  itemReport: ItemReport;
}

function summarise({ items, answered, mastered }: Gradebook): ItemSummary[] {
  return items.map((item, i) => ({
    item: item.header,
    skills: item.skills,
    points: item.points,
    answered: answered[i],
    mastered: mastered[i],
    percentMastered: answered[i] > 0 ? mastered[i] / answered[i] : null,
  }));
}

/** A student's skills below the cut, as names. */
function gapsOf(mastery: StatusTable, skills: Pool[], s: number): Skill[] {
  const gaps: Skill[] = [];
  for (let p = 0; p < skills.length; p++) if (mastery.status(s, p) === STRUGGLING) gaps.push(skills[p].name);
  return gaps;
}

/** The book's skill and step scores were tallied as it was read (steps in `settings.stepOrder`). */
export function analyse(book: Gradebook, settings: Settings): Analysis {
  const warnings = [...book.warnings];
  const { students, skills, steps, skillScores, stepScores } = book;
  const sections = sectionOf(students);
  const skillMastery = poolMastery(skillScores, skills);
  const stepMastery = poolMastery(stepScores, steps);
  const entries = students.map((_, s) => entryStepOf(stepMastery, s, steps));
  // An entry as the JSON shows it: a step's number when it is one (worked out once per step).
  const entryValues = new Map<EntryStep, number | string>([
    ['ready', 'ready'],
    ['no-data', 'no-data'],
  ]);
  for (const step of steps) entryValues.set(step.name, stepValue(step.name));

  const results = students.map((student, s): StudentResult => ({
    name: student.name,
    section: student.section,
    gaps: gapsOf(skillMastery, skills, s),
    entryStep: steps.length > 0 ? entryValues.get(entries[s])! : null,
  }));
  const stations = computeStations(
    { students, sections, pools: steps, scores: stepScores, mastery: stepMastery, band: settings.band },
    entries,
    warnings,
  );
  // The item report's warnings and misconception groups come from answer-key items only; without
  // one, all it holds is item statistics, which only the item outputs read: they are worked out when
  // asked (a custom function's block, a class check, skips a second pass and a sort per item).
  let report: ItemReport | null = null;
  if (book.items.some((item) => item.key !== undefined)) {
    report = itemReport(book);
    for (const w of report.warnings) warnings.push(w);
    addMisconceptionGroups(book, steps, stations, report.patterns);
  }
  return {
    items: summarise(book),
    students: results,
    classCheck: classCheck(skillMastery, skills, sections, settings.band),
    stations,
    skillGroups: steps.length > 0 ? [] : skillGroups(students, sections, skills, skillMastery, settings.band),
    warnings: capWarnings(warnings),
    skills: skills.map((p) => p.name),
    skillTable: skillScores,
    skillScores: skillScores.values,
    steps,
    entries,
    get itemReport() {
      return (report ??= itemReport(book));
    },
  };
}

/** SPEC 6b's fields of the JSON: `itemAnalysis`, `reliability` ({ value, n }) and `misconceptions`. */
function itemJson({ itemAnalysis, reliability, misconceptions }: ItemReport) {
  return {
    itemAnalysis: itemAnalysis.map((r) => ({
      item: r.item,
      n: r.n,
      difficulty: r.difficulty,
      discrimination: r.discrimination,
      pointBiserial: r.pointBiserial,
      flags: r.flags,
      answers: r.answers,
    })),
    reliability: { value: reliability.value, n: reliability.n },
    misconceptions,
  };
}

/** The CLI's `--json` document: exactly the fields of SPEC section 11. */
export function toJson(analysis: Analysis) {
  const { items, students, classCheck: rows, stations, warnings } = analysis;
  // The SPEC's station fields only: `wholeClass`, `laterWholeClass` and `noDataSteps` hold the
  // numbers and names for the sentences, not the JSON.
  const stationJson = stations.map(
    ({ wholeClass: _numbers, laterWholeClass: _later, noDataSteps: _skipped, ...station }) => station,
  );
  return {
    items,
    students,
    classCheck: rows,
    stations: stationJson,
    warnings,
    ...itemJson(analysis.itemReport),
  };
}
