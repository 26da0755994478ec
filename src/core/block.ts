/**
 * A bare block of scores (students × items, no header), as a custom function receives it,
 * read into a Gradebook with the same cell rules as a whole sheet, and analysed by the same
 * `analyse` as a whole sheet: each custom function is a view of that one analysis.
 */
import { analyse } from './analyse';
import type { CheckResult } from './engine';
import { type Gradebook, scoreGradebook } from './gradebook';
import type { Layout } from './layout';
import type { Grid, Item, MasteryCut, Settings, Skill, Step, Student } from './types';

export interface BlockOptions {
  /** Points possible per column; NaN where unknown (inferred from the column). */
  points: number[];
  cut: MasteryCut;
  /** Skills per column; default: one skill for the whole block. */
  skills?: Skill[][];
  steps?: (Step | null)[];
}

export function readBlock(scores: Grid, options: BlockOptions): Gradebook {
  const items: Item[] = options.points.map((points, column) => ({
    column,
    header: `Column ${column + 1}`,
    skills: options.skills?.[column] ?? ['(block)'],
    step: options.steps?.[column] ?? null,
    points,
    cut: options.cut,
  }));
  const students: Student[] = scores.map((_, row) => ({
    row,
    name: `Row ${row + 1}`,
    email: null,
    section: null,
  }));
  const layout: Layout = {
    kind: 'plain',
    headerRow: -1,
    columns: items.map(() => 'item'),
    rows: {},
    studentRows: students.map((s) => s.row),
    answerKeyRow: null,
    guesses: [],
  };
  // A block's step labels pool in the order they first appear, whatever they say.
  const stepOrder = [...new Set(items.map((i) => i.step).filter((s): s is Step => s !== null))];
  return scoreGradebook(scores, layout, items, students, { stepOrder }, []);
}

/** The block read and analysed, as `checkGrid` does a whole sheet (one roster, no sections). */
export function checkBlock(scores: Grid, options: BlockOptions, settings: Settings): CheckResult {
  const book = readBlock(scores, options);
  return { book, analysis: analyse(book, settings) };
}
