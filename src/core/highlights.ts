/**
 * Highlights as conditional-format rule specs (SPEC section 7): below cut, no data, invalid, on
 * the gradebook's score cells. Formulas, so they update live when scores change. Each formula
 * carries a marker, `N("jit-intervention:KIND|points|cut")` (always 0), that makes the rule
 * recognisably the add-on's own and lets the local preview read back what it tests.
 */
import { a1, columnLetter } from './a1';
import type { Gradebook } from './gradebook';
import { answerFormula, literal, readingFormula } from './highlightFormula';
import { HIGHLIGHT_COLOURS } from './render';

export const RULE_MARKER = 'jit-intervention:';

export type HighlightKind = 'below' | 'noData' | 'invalid';

export interface RuleSpec {
  kind: HighlightKind;
  formula: string;
  colour: string;
  /** A1 ranges on the gradebook sheet. */
  ranges: string[];
}

/** Contiguous runs of student rows, as A1 ranges in one column. */
function columnRanges(rows: number[], column: number): string[] {
  const ranges: string[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
      const [from, to] = [rows[start], rows[i - 1]];
      ranges.push(from === to ? a1(from, column) : `${a1(from, column)}:${a1(to, column)}`);
      start = i;
    }
  }
  return ranges;
}

/**
 * The rule for one kind of highlight on the cell `cell` (the top-left cell of the rule's ranges):
 * true when the cell reads as `kind`. With `key` (the answer key's cell, row-absolute), the cell
 * holds a raw answer graded against it.
 */
export function formulaFor(
  kind: HighlightKind,
  cell: string,
  points: number,
  cut: number,
  key?: string,
): string {
  const marker = `N("${RULE_MARKER}${kind}|${literal(points)}|${literal(cut)}")=0`;
  const reading = key === undefined ? readingFormula(cell, points, cut) : answerFormula(cell, key, cut);
  // Neither argument can be an error (the reading is inside IFERROR): AND gives the same answer
  // whether or not it stops at the first FALSE.
  return `=AND(${marker},${reading}="${kind}")`;
}

/** One rule per kind and (points, cut) pair: their number depends on the items, never on the roster. */
export function highlightRules(book: Gradebook): RuleSpec[] {
  const rows = book.layout.studentRows;
  if (rows.length === 0) return [];
  const groups = new Map<string, { points: number; cut: number; columns: number[]; graded: boolean }>();
  for (const item of book.items) {
    const graded = item.key !== undefined;
    const key = `${item.points}|${item.cut}|${graded}`;
    const group = groups.get(key) ?? { points: item.points, cut: item.cut, columns: [], graded };
    group.columns.push(item.column);
    groups.set(key, group);
  }
  const specs: RuleSpec[] = [];
  for (const group of groups.values()) {
    const ranges = group.columns.flatMap((c) => columnRanges(rows, c));
    // Relative references follow from the first range's top-left cell, like a typed rule.
    const cell = `${columnLetter(group.columns[0])}${rows[0] + 1}`;
    // Answer-key items hold raw answers, graded against the key row's cell in the same column
    // (row-absolute: the column shifts with the cell, the row stays). They are never invalid.
    const keyRow = book.layout.answerKeyRow;
    const key =
      group.graded && keyRow !== null ? `${columnLetter(group.columns[0])}$${keyRow + 1}` : undefined;
    const kinds: HighlightKind[] = key !== undefined ? ['below', 'noData'] : ['below', 'noData', 'invalid'];
    for (const kind of kinds) {
      specs.push({
        kind,
        formula: formulaFor(kind, cell, group.points, group.cut, key),
        colour: HIGHLIGHT_COLOURS[kind],
        ranges,
      });
    }
  }
  return specs;
}

/** Reads a rule's marker back: its kind, points and cut, or null when the rule is not ours. */
export function parseMarker(formula: string): { kind: HighlightKind; points: number; cut: number } | null {
  const m = /N\("jit-intervention:(below|noData|invalid)\|([\d.]+)\|([\d.]+)"\)/.exec(formula);
  return m ? { kind: m[1] as HighlightKind, points: Number(m[2]), cut: Number(m[3]) } : null;
}
