/**
 * Highlights as conditional-format rule specs (SPEC section 7): below cut, no data, invalid, on
 * the gradebook's score cells. Formulas, so they update live when scores change. Each formula
 * carries a marker, `N("jit-intervention:KIND|points|cut")` (always 0), that makes the rule
 * recognisably the add-on's own and lets the local preview read back what it tests.
 */
import { a1, columnLetter } from './a1';
import { EXTRA_CREDIT_LIMIT } from './cells';
import type { Gradebook } from './gradebook';
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

const NO_DATA = 'absent|abs|ex|exc|excused|n/a|na|-';
const WORDS_FALSE = 'false|n|no|incorrect|✗|✘';
const TEXT_SCORES = `${NO_DATA}|true|false|y|n|yes|no|correct|incorrect|✓|✔|☑|✗|✘|☒|\\d*\\.?\\d+ *%|\\d*\\.?\\d+ *(/|out of) *\\d*\\.?\\d+`;

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

export function formulaFor(kind: HighlightKind, cell: string, points: number, cut: number): string {
  const marker = `N("${RULE_MARKER}${kind}|${points}|${cut}")=0`;
  const text = `LOWER(TRIM(TO_TEXT(${cell})))`;
  const max = points * EXTRA_CREDIT_LIMIT;
  switch (kind) {
    case 'below':
      return `=AND(${marker},IFERROR(OR(AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=${max},${cell}/${points}<${cut}),AND(ISLOGICAL(${cell}),NOT(${cell})),REGEXMATCH(${text},"^(${WORDS_FALSE})$")),FALSE))`;
    case 'noData':
      return `=AND(${marker},IFERROR(REGEXMATCH(${text},"^(|${NO_DATA})$"),FALSE))`;
    case 'invalid':
      return `=AND(${marker},IFERROR(AND(NOT(ISLOGICAL(${cell})),IF(ISNUMBER(${cell}),OR(${cell}<0,${cell}>${max}),NOT(REGEXMATCH(${text},"^(|${TEXT_SCORES})$")))),TRUE))`;
    default:
      throw new Error(`unknown highlight ${kind as string}`);
  }
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
    // Answer-key items hold raw answers: only "no data" can be told from the cell alone.
    const kinds: HighlightKind[] = group.graded ? ['noData'] : ['below', 'noData', 'invalid'];
    for (const kind of kinds) {
      specs.push({ kind, formula: formulaFor(kind, cell, group.points, group.cut), colour: HIGHLIGHT_COLOURS[kind], ranges });
    }
  }
  return specs;
}

/** Reads a rule's marker back: its kind, points and cut, or null when the rule is not ours. */
export function parseMarker(formula: string): { kind: HighlightKind; points: number; cut: number } | null {
  const m = /N\("jit-intervention:(below|noData|invalid)\|([\d.]+)\|([\d.]+)"\)/.exec(formula);
  return m ? { kind: m[1] as HighlightKind, points: Number(m[2]), cut: Number(m[3]) } : null;
}
