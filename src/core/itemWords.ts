/**
 * What a teacher reads about items and slips (SPEC 6b), written once for the CLI report, the
 * Item Analysis tab, the Groups tab, the sidebar and ITEM_STATS.
 */
import type { AnswerRow, ItemAnalysisRow } from './answers';
import type { ItemFlag, Reliability } from './itemAnalysis';
import { type Label, PATTERN_WORDS } from './patterns';
import { nameList, plural } from './tierWords';

/** A figure to two places ('–' when there is none). */
export function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** Under 30 students every figure is a hint, never a verdict. */
export function hint(n: number): string {
  return `hint: only ${n} student${n === 1 ? '' : 's'}`;
}

/** The flag as one word or two (ITEM_STATS' flags column). */
export const FLAG_WORD: Record<ItemFlag, string> = {
  'check-key': 'Check key',
  weak: 'Weak',
  'too-hard': 'Too hard',
  'small-sample': 'Small sample',
  'key-mismatch': 'Key mismatch',
};

const KEY_STILL_GRADES = 'Grading still follows the key.';

/** At or over this share correct, a `check-key` flag rests on a handful of wrong answers. */
const NEARLY_ALWAYS_RIGHT = 0.9;
/** A point-biserial above this (and below 0) is a slight disagreement with the rest of the test. */
const SLIGHT = -0.2;

/**
 * What a `check-key` flag (D < 0 or r < 0, SPEC 6b) rests on, in the words of what happened: the top
 * group did worse than the bottom group, or only the rest-of-test agreement is negative; on an item
 * nearly everyone got right that rests on very few wrong answers, so it is a hint, not a wrong key.
 */
function checkKeySentence(row: ItemAnalysisRow): string {
  if (row.strongestChose !== null)
    return `Most of the strongest students chose ${row.strongestChose}: is the key right?`;
  const what =
    row.discrimination !== null && row.discrimination < -1e-9 // float noise, as itemAnalysis.ts
      ? `The top group did worse on it than the bottom group (top vs bottom ${figure(row.discrimination)}).`
      : `Students who did better on the rest of the test did ${
          row.pointBiserial !== null && row.pointBiserial > SLIGHT ? 'slightly ' : ''
        }worse on this item (fits the test ${figure(row.pointBiserial)}).`;
  const nearlyAll = row.difficulty !== null && row.difficulty >= NEARLY_ALWAYS_RIGHT;
  const then = nearlyAll
    ? `Only ${plural(row.missed, 'student')} missed it: ` +
      'the flag rests on very few wrong answers, read it as a hint.'
    : 'Is the key (or the question) right?';
  return `${what} ${then}`;
}

/**
 * `weak` (0 ≤ D < 0.2). When every student earned all of the item's points, or none, nothing varies
 * and D is 0: the item is not badly written, it only cannot rank students. A teacher who gave an easy
 * check and saw everyone get it should hear that, not "weak" alone.
 */
function weakSentence(row: ItemAnalysisRow): string {
  const cannot = 'so it cannot tell stronger from weaker students (discrimination under 0.2).';
  if (row.missed === 0) return `Weak: every student earned full marks on it, ${cannot}`;
  if (row.difficulty === 0) return `Weak: no student earned a point on it, ${cannot}`;
  return 'Weak: it barely tells stronger from weaker students (discrimination under 0.2).';
}

/** The flags said per item: small-sample is said once per assessment (`smallSampleNote`). */
type ItemSentenceFlag = Exclude<ItemFlag, 'small-sample'>;

function flagSentence(row: ItemAnalysisRow, flag: ItemSentenceFlag): string {
  switch (flag) {
    case 'check-key':
      return checkKeySentence(row);
    case 'weak':
      return weakSentence(row);
    case 'too-hard':
      return 'Too hard: under 20% of the points were earned; reteach or rewrite it.';
    case 'key-mismatch':
      return `Key mismatch: ${row.keySays ?? "the key is not the equation's solution"}. ${KEY_STILL_GRADES}`;
  }
}

/** An item nobody has a score on yet (an upcoming assignment's column): it has no figures to read. */
export const NO_SCORES = 'No student has a score on it: its cells are blank or not scores.';

/**
 * Each flag of an item in words, but small-sample: it is the same for every item, so it is said
 * once per assessment (`smallSampleNote`), not once per item; its short form stays in the flags.
 */

export function flagSentences(row: ItemAnalysisRow): string[] {
  if (row.n === 0) return [NO_SCORES];
  return row.flags
    .filter((flag): flag is ItemSentenceFlag => flag !== 'small-sample')
    .map((flag) => flagSentence(row, flag));
}

/**
 * The small-sample hint, once for an assessment's items (SPEC 6b): "Only 22 students: read these
 * figures as hints, not verdicts." (or "Only 19 to 24 students per item: …"); null when no item
 * has the flag. Pooling sections is advised only when the figures are of one section (`perSection`):
 * figures over "(all)" already pool them.
 */
export function smallSampleNote(
  rows: readonly { n: number; flags: readonly ItemFlag[] }[],
  perSection = false,
): string | null {
  // Items nobody has a score on are no sample at all ("Only 0 students" would be no hint).
  const scored = rows.filter((r) => r.n > 0);
  const small = scored.filter((r) => r.flags.includes('small-sample'));
  if (small.length === 0) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const r of small) {
    low = Math.min(low, r.n);
    high = Math.max(high, r.n);
  }
  const few = low === high ? plural(low, 'student') : `${low} to ${high} students`;
  const which =
    small.length === scored.length
      ? low === high
        ? ''
        : ' per item'
      : ` on ${plural(small.length, 'item')}`;
  const pool = perSection ? '; pool sections for more' : '';
  return `Only ${few}${which}: read these figures as hints, not verdicts${pool}.`;
}

/** A wrong answer's words: the slip behind it, or none known. */
export function patternWords(pattern: Label | null): string {
  return pattern === null ? '' : PATTERN_WORDS[pattern];
}

/** A misconception group for the teacher table: "moved the constant without changing its sign: Ana". */
export function groupLine(pattern: Label, students: string[]): string {
  return `${PATTERN_WORDS[pattern]}: ${nameList(students)}`;
}

/** An answer as the tab and the sidebar list it: "19 (2 students): moved the constant ...". */
export function answerLine(answer: AnswerRow): string {
  const who = `${answer.count} student${answer.count === 1 ? '' : 's'}`;
  const what = answer.correct ? 'correct' : patternWords(answer.pattern) || 'wrong';
  return `${answer.answer} (${who}): ${what}`;
}

/**
 * Each figure in plain words, its term of art kept beside it (teachers found "Diff.", "Disc.", "r"
 * and "KR-20" unreadable): the sidebar heads its columns with `words` and explains them below;
 * the tab and the CLI say both. The JSON keeps its field names (SPEC 6b).
 */
export const FIGURE_WORDS = {
  difficulty: {
    words: 'Share correct',
    term: 'difficulty',
    means: 'the share of the points earned, 0 to 1',
  },
  discrimination: {
    words: 'Top vs bottom',
    term: 'discrimination',
    means: "the top group's share correct minus the bottom group's; under 0.2 tells them apart poorly",
  },
  pointBiserial: {
    words: 'Fits the test',
    term: 'point-biserial r',
    means: 'how the item agrees with the rest of the test, -1 to 1; below 0 is suspect',
  },
} as const;

/** A figure's header on the tab: "Share correct (difficulty)". */
export function figureHeader(key: keyof typeof FIGURE_WORDS): string {
  return `${FIGURE_WORDS[key].words} (${FIGURE_WORDS[key].term})`;
}

/**
 * How to read the consistency figure, said with it (KR-20 and alpha alike): high when the items
 * rank the students alike; low when they measure different things, or there are too few items.
 */
export const RELIABILITY_GUIDE =
  'As a guide, 0.7 or more: the items agree; under 0.5: they may measure different things, ' +
  'or the test is short.';

/** "Consistency (reliability, KR-20): 0.89 over 7 students with every item" (or why there is none). */
export function reliabilityWords(r: Reliability): string {
  if (r.value === null)
    return `Consistency (reliability): not enough data (${plural(r.n, 'student')} with every item).`;
  const small = r.n < 30 ? ` (${hint(r.n)})` : '';
  const name = r.kind === 'KR-20' ? 'KR-20' : "Cronbach's alpha";
  return (
    `Consistency of the items (reliability, ${name}): ${figure(r.value)} ` +
    `over ${r.n} students with every item${small}. ${RELIABILITY_GUIDE}`
  );
}
