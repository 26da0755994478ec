/**
 * Points possible written in an item's header, as teachers head their columns when the gradebook has
 * no points row: `Quiz 1 (20 pts)`, `Test [50 points]`, `HW 3 (out of 10)`, `Exit ticket /4`,
 * `Lab - 15 marks`. Without it such a column is read out of its highest score, so a class whose best
 * student scored 19 of 20 would read 19 as full marks. A points row, a Skill Map or the teacher's own
 * setup still wins (`gradebook.ts` uses these only where the points row is blank).
 */
import { cellText } from './cells';
import { firstFew } from './exportLayouts';
import type { ColumnRole, RowLabel } from './labels';
import type { CellValue, Grid } from './types';

/**
 * Only the header's end is looked at: the note closes it, and a fixed-length tail keeps a 10,000-
 * character header as cheap as a short one (SPEC 12), whatever the patterns below would try.
 */
const TAIL = 40;
const NUMBER = String.raw`(\d{1,5}(?:\.\d{1,3})?)`;
const UNIT = String.raw`(?:pts?|points?|marks?)\.?`;
const NOTES = [
  // (20 pts), [20 points], (out of 20), (/20), (20)… needs a unit, "out of" or a slash: "(2)" is a version.
  new RegExp(String.raw`[([]\s*(?:out of\s*|/\s*)${NUMBER}\s*[)\]]$`, 'i'),
  new RegExp(String.raw`[([]\s*${NUMBER}\s*${UNIT}\s*[)\]]$`, 'i'),
  // 20 pts, - 20 points, : 20 marks at the very end, after a space or a dash/colon.
  new RegExp(String.raw`(?:^|[\s:–-])${NUMBER}\s*${UNIT}$`, 'i'),
  // out of 20, / 20 after a space ("Week 1/2" has none: a date or a week, not points).
  new RegExp(String.raw`(?:^|\s)(?:out of|/)\s*${NUMBER}$`, 'i'),
];

/** The points a header states (`Quiz 1 (20 pts)` → 20), or null when it states none. */
export function pointsInHeader(header: string): number | null {
  const end = header.trimEnd();
  // Where the tail cuts a longer header, a letter stands for what was cut, so that `^` in the patterns
  // is only ever the header's own start (`Quiz12 … points` is no "12 points"); the tail keeps one
  // character more than a note needs, so the one before a number is the header's own.
  const tail = end.length > TAIL ? `x${end.slice(-TAIL - 1)}` : end;
  for (const note of NOTES) {
    const found = note.exec(tail);
    if (found === null) continue;
    const points = Number(found[1]);
    return points > 0 ? points : null;
  }
  return null;
}

/**
 * Points stated in the headers of item columns whose points-row cell is blank (or that have no points
 * row), by 0-based column, and one line saying which headers gave them.
 */
export function headerPoints(
  grid: Grid,
  header: readonly CellValue[],
  columns: readonly ColumnRole[],
  rows: Readonly<Record<number, RowLabel>>,
): { points: Record<number, number>; note: string | null } {
  const pointsRow = Object.keys(rows)
    .map(Number)
    .find((r) => rows[r] === 'points');
  const points: Record<number, number> = {};
  const named: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    if (columns[c] !== 'item') continue;
    if (pointsRow !== undefined && cellText(grid[pointsRow][c]).trim() !== '') continue;
    const text = cellText(header[c]);
    const stated = pointsInHeader(text);
    if (stated === null) continue;
    points[c] = stated;
    named.push(`"${text.trim()}"`);
  }
  const note =
    named.length === 0
      ? null
      : `Points possible read from the header${named.length === 1 ? '' : 's'} of ${firstFew(named)}.`;
  return { points, note };
}
