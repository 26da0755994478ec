/**
 * Warnings list at most 100 per kind, then say how many more (SPEC 12): 2,000,000 invalid cells
 * make 101 lines, not a 2,000,000-row tab or a 124 MB sidebar state.
 */

/** At most this many warnings of one kind are listed. */
export const WARNING_LIMIT = 100;

/**
 * The line that stands for the rest of a kind, right after its last listed warning. It repeats the
 * warning's fixed ending when that ending holds no data (`…and 2 more: counted as no data.`); an
 * ending with a name or number in it would read with holes (`read as out of , its highest score.`),
 * so the line then points at the warning above it.
 */
export function moreLine(count: number, lastListed: string): string {
  const at = lastListed.lastIndexOf(': ');
  const ending = at < 0 ? '' : lastListed.slice(at + 2);
  const n = count.toLocaleString('en-US');
  return ending !== '' && ending === kindOf(ending)
    ? `…and ${n} more: ${ending}`
    : `…and ${n} more like the line above.`;
}

const MORE = /^…and [\d,]+ more[: ]/;

/**
 * A warning's kind: its sentence without the data in it. Quoted names, cell addresses and numbers
 * are removed, then the kind is the text after the last `: ` (every repeated warning ends with a
 * fixed phrase after its data, as `…: counted as no data.`). A quote inside the data cannot move
 * that last `: `, which lies in the fixed ending; a line with no `: ` is its own kind.
 */
export function kindOf(warning: string): string {
  const plain = warning.replace(/"[^"]*"/g, '').replace(/[0-9]+/g, '');
  const at = plain.lastIndexOf(': ');
  return at < 0 ? plain : plain.slice(at + 2);
}

/** The first 100 warnings of each kind in their order, each kind's rest as one "and N more" line. */
export function capWarnings(warnings: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const kept: string[] = [];
  for (const w of warnings) {
    if (MORE.test(w)) {
      kept.push(w);
      continue;
    }
    const kind = kindOf(w);
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= WARNING_LIMIT) kept.push(w);
  }
  // Each kind's "and N more" line goes right after its last listed warning.
  const out: string[] = [];
  const shown = new Map<string, number>();
  for (const w of kept) {
    out.push(w);
    if (MORE.test(w)) continue;
    const kind = kindOf(w);
    const total = seen.get(kind)!;
    const n = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, n);
    if (n === WARNING_LIMIT && total > WARNING_LIMIT) out.push(moreLine(total - WARNING_LIMIT, w));
  }
  return out;
}
