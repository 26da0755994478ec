/**
 * What the students answered (SPEC 6b): per answer-key item every distinct normalised answer
 * with its students, whether it is correct and, on an equation item, the slip behind it; the
 * misconception groups per section, item and pattern; and the item analysis that puts them
 * together with the figures of itemAnalysis.ts.
 */
import { answerId, answersMatch, isAnswered } from './answerKey';
import { bySection, sectionOf } from './classCheck';
import { cellText } from './cells';
import { type EquationReading, readEquation } from './equation';
import type { Gradebook } from './gradebook';
import { readFractions } from './gradebook';
import { type ItemFigures, itemStatistics, type Reliability } from './itemAnalysis';
import type { Pool } from './mastery';
import {
  formatValue,
  type Label,
  matches,
  PATTERN_WORDS,
  patternOf,
  readAnswer,
  type Slip,
  slipsOf,
  UNCLASSIFIED,
} from './misconceptions';
import { type Station, stepValue } from './stations';
import type { Section } from './types';

export interface AnswerRow {
  /** The answer as the first student who gave it wrote it (trimmed). */
  answer: string;
  count: number;
  correct: boolean;
  /** The slip behind a wrong answer to an equation item; null otherwise. */
  pattern: Label | null;
  students: string[];
}

export interface ItemAnalysisRow extends ItemFigures {
  item: string;
  answers: AnswerRow[];
  /** On a `check-key` answer-key item: the answer most of the upper group gave, when it is not the key. */
  strongestChose: string | null;
  /** On a `key-mismatch` item: "the key says 13; 3(y + 4) = 27 solves to 5". */
  keySays: string | null;
}

export interface MisconceptionRow {
  section: Section;
  item: string;
  pattern: Label;
  /** The slip's exact value, as a teacher writes it (5.6, -1/3). */
  answer: string;
  students: string[];
}

export interface ItemReport {
  itemAnalysis: ItemAnalysisRow[];
  reliability: Reliability;
  misconceptions: MisconceptionRow[];
  /** Per item (book order), per student: the pattern of a wrong answer to an equation item, else null. */
  patterns: (Label | null)[][];
  warnings: string[];
}

/** A wrong answer given by at least 2 students and at least 10% of those answering (SPEC 6b). */
export function isCommonWrong(row: AnswerRow, answering: number): boolean {
  return !row.correct && row.count >= 2 && row.count * 10 >= answering;
}

/**
 * Common wrong answers first (most given first), then the others by count; ties in order of appearance,
 * as `sort` is stable (ES2019, Apps Script's V8 too).
 */
function ordered(rows: AnswerRow[], answering: number): AnswerRow[] {
  const common = (r: AnswerRow) => (isCommonWrong(r, answering) ? 0 : 1);
  return rows.sort((x, y) => common(x) - common(y) || y.count - x.count);
}

/** An item's equation with its slips, when its header holds one that solves. */
interface Solved {
  reading: Extract<EquationReading, { kind: 'equation' }>;
  slips: Slip[];
}

function solvedOf(header: string, warnings: string[]): Solved | null {
  const reading = readEquation(header);
  if (reading.kind === 'degenerate') {
    const what = reading.every ? 'holds for every number' : 'has no solution';
    warnings.push(
      `"${header}": ${reading.equation.text} ${what}, so its wrong answers get no misconception labels.`,
    );
  }
  return reading.kind === 'equation' ? { reading, slips: slipsOf(reading.equation) } : null;
}

/** The item analysis, answer distributions and misconceptions of a read gradebook. */
export function itemReport(book: Gradebook): ItemReport {
  const { items, students, grid } = book;
  const warnings: string[] = [];
  const table = readFractions(book);
  const { items: figures, reliability } = itemStatistics(
    table,
    items.map((item) => item.points),
  );
  const patterns: (Label | null)[][] = [];
  const itemAnalysis = items.map((item, i): ItemAnalysisRow => {
    const row: ItemAnalysisRow = {
      item: item.header,
      ...figures[i],
      flags: figures[i].flags.slice(),
      answers: [],
      strongestChose: null,
      keySays: null,
    };
    const labels: (Label | null)[] = new Array<Label | null>(students.length).fill(null);
    patterns.push(labels);
    if (item.key === undefined) return row;
    const solved = solvedOf(item.header, warnings);
    if (solved) {
      const key = readAnswer(item.key);
      if (key === null || !matches(key, solved.reading.solution)) {
        row.flags.push('key-mismatch');
        const x = formatValue(solved.reading.solution);
        row.keySays = `the key says ${item.key}; ${solved.reading.equation.text} solves to ${x}`;
        warnings.push(`"${item.header}": ${row.keySays}. Grading still follows the key.`);
      }
    }
    const byId = new Map<string, AnswerRow>();
    const answerOf = new Map<number, AnswerRow>();
    let answering = 0;
    for (let s = 0; s < students.length; s++) {
      const raw = grid[students[s].row][item.column];
      // As in grading, only a blank is no answer: `E` is a choice, not the no-data word `e` (SPEC 3).
      if (!isAnswered(raw)) continue;
      answering++;
      const id = answerId(raw);
      let answer = byId.get(id);
      if (!answer) {
        const correct = answersMatch(raw, item.key);
        const text = cellText(raw).trim();
        const pattern = correct || !solved ? null : patternOf(solved.slips, text);
        answer = { answer: text, count: 0, correct, pattern, students: [] };
        byId.set(id, answer);
      }
      answer.count++;
      answer.students.push(students[s].name);
      labels[s] = answer.pattern;
      answerOf.set(s, answer);
    }
    if (row.flags.includes('check-key')) row.strongestChose = strongestChoice(row.upper, answerOf);
    row.answers = ordered([...byId.values()], answering);
    return row;
  });
  return { itemAnalysis, reliability, misconceptions: misconceptionRows(book, patterns), patterns, warnings };
}

/** The answer most of the upper group gave (more than half of them), unless it is a correct one. */
function strongestChoice(upper: number[], answerOf: Map<number, AnswerRow>): string | null {
  const counts = new Map<AnswerRow, number>();
  for (const s of upper) {
    const answer = answerOf.get(s);
    if (answer) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  }
  for (const [answer, count] of counts) if (!answer.correct && count * 2 > upper.length) return answer.answer;
  return null;
}

/** Per section (`(all)` without any), item and pattern (table order): each student whose answer shows it. */
function misconceptionRows(book: Gradebook, patterns: (Label | null)[][]): MisconceptionRow[] {
  const rows: MisconceptionRow[] = [];
  const slips = book.items.map((item) => (item.key === undefined ? null : solvedOf(item.header, [])));
  for (const { section, members } of bySection(sectionOf(book.students))) {
    book.items.forEach((item, i) => {
      const solved = slips[i];
      if (!solved) return;
      for (const slip of solved.slips) {
        const names: string[] = [];
        for (const s of members) if (patterns[i][s] === slip.pattern) names.push(book.students[s].name);
        if (names.length > 0) {
          rows.push({
            section,
            item: item.header,
            pattern: slip.pattern,
            answer: formatValue(slip.value),
            students: names,
          });
        }
      }
    });
  }
  return rows;
}

/** Patterns in the SPEC's table order (PATTERN_WORDS lists them so). */
const TABLE_ORDER = (Object.keys(PATTERN_WORDS) as Label[]).filter((p) => p !== UNCLASSIFIED);

/**
 * In the stations, each teacher-table group's patterns on its step's items together, in table
 * order, each with its students (group order, each once): the table can start there (SPEC 6b).
 */
export function addMisconceptionGroups(
  book: Gradebook,
  steps: Pool[],
  stations: Station[],
  patterns: (Label | null)[][],
): void {
  const sections = sectionOf(book.students);
  for (const station of stations) {
    // The section's students by name: a group lists names.
    const byName = new Map<string, number[]>();
    sections.forEach((section, s) => {
      if (section !== station.section) return;
      const name = book.students[s].name;
      const list = byName.get(name);
      if (list) list.push(s);
      else byName.set(name, [s]);
    });
    for (const group of station.teacherTable) {
      const pool = steps.find((p) => stepValue(p.name) === group.step);
      if (!pool) continue;
      const found = new Map<Label, string[]>();
      for (const name of group.students) {
        for (const s of byName.get(name) ?? []) {
          for (const i of pool.items) {
            const pattern = patterns[i][s];
            if (pattern === null || pattern === UNCLASSIFIED) continue;
            const names = found.get(pattern) ?? [];
            if (!names.includes(name)) names.push(name);
            found.set(pattern, names);
          }
        }
      }
      const list = TABLE_ORDER.filter((p) => found.has(p)).map((pattern) => ({
        pattern,
        students: found.get(pattern)!,
      }));
      if (list.length > 0) group.misconceptions = list;
    }
  }
}
