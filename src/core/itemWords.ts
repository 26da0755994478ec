/**
 * What a teacher reads about items and slips (SPEC 6b), written once for the CLI report, the
 * Item Analysis tab, the Groups tab, the sidebar and ITEM_STATS.
 */
import type { AnswerRow, ItemAnalysisRow } from './answers';
import type { ItemFlag, Reliability } from './itemAnalysis';
import { type Label, PATTERN_WORDS } from './patterns';

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

const HINT_ADVICE = 'read these figures as hints, not verdicts; pool sections for more.';
const KEY_STILL_GRADES = 'Grading still follows the key.';

function flagSentence(row: ItemAnalysisRow, flag: ItemFlag): string {
  switch (flag) {
    case 'check-key':
      return row.strongestChose !== null
        ? `Most of the strongest students chose ${row.strongestChose}: is the key right?`
        : 'The strongest students did worse on it than the weakest: is the key (or the question) right?';
    case 'weak':
      return 'Weak: it barely tells stronger from weaker students (discrimination under 0.2).';
    case 'too-hard':
      return 'Too hard: under 20% of the points were earned; reteach or rewrite it.';
    case 'small-sample':
      return `Only ${row.n} student${row.n === 1 ? '' : 's'}: ${HINT_ADVICE}`;
    case 'key-mismatch':
      return `Key mismatch: ${row.keySays ?? "the key is not the equation's solution"}. ${KEY_STILL_GRADES}`;
    default:
      return flag;
  }
}

/** Each flag in words, the small-sample hint first (it colours how the others read). */
export function flagSentences(row: ItemAnalysisRow): string[] {
  const flags = row.flags.slice().sort((a, b) => +(b === 'small-sample') - +(a === 'small-sample'));
  return flags.map((flag) => flagSentence(row, flag));
}

/** A wrong answer's words: the slip behind it, or none known. */
export function patternWords(pattern: Label | null): string {
  return pattern === null ? '' : PATTERN_WORDS[pattern];
}

/** A misconception group for the teacher table: "moved the constant without changing its sign: Ana". */
export function groupLine(pattern: Label, students: string[]): string {
  return `${PATTERN_WORDS[pattern]}: ${students.join(', ')}`;
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
    return `Consistency (reliability): not enough data (${r.n} students with every item).`;
  const small = r.n < 30 ? ` (${hint(r.n)})` : '';
  const name = r.kind === 'KR-20' ? 'KR-20' : "Cronbach's alpha";
  return (
    `Consistency of the items (reliability, ${name}): ${figure(r.value)} ` +
    `over ${r.n} students with every item${small}. ${RELIABILITY_GUIDE}`
  );
}
