/**
 * A bare block of scores (students × items, no header), as a custom function receives it,
 * read into a Gradebook with the same cell rules as a whole sheet.
 */
import { type Gradebook, readScores } from './gradebook';
import type { Grid, Item, MasteryCut, Skill, Step, Student } from './types';

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
  const students: Student[] = scores.map((_, row) => ({ row, name: `Row ${row + 1}`, email: null, section: null }));
  const warnings: string[] = [];
  const invalid: Gradebook['invalid'] = [];
  const fractions = readScores(scores, items, students, {}, invalid, warnings);
  const layout = { kind: 'plain' as const, headerRow: -1, columns: items.map(() => 'item' as const), rows: {}, studentRows: students.map((s) => s.row), answerKeyRow: null, guesses: [] };
  return { layout, items, students, fractions, invalid, warnings };
}
