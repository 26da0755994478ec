/**
 * The custom functions of SPEC section 9, thin over the engine: arguments → one analysis of the
 * block (`checkBlock`, the same `analyse` as a whole sheet) → the part of it each one shows.
 * Each works over the whole range in one pass and touches no service.
 */
import { checkBlock } from '../core/block';
import type { CheckResult } from '../core/engine';
import { readFractions } from '../core/gradebook';
import { isBelow } from '../core/mastery';
import { splitSkills, stepLabel } from '../core/skillMap';
import { TIER_WORD } from '../core/tierWords';
import type { CellValue, ClassCheckRow, Settings } from '../core/types';
import { type Arg, ArgumentError, perColumn, pointsArg, settingsArg, toGrid } from './args';

type Out = CellValue[][];

/** The block's scores read and analysed; skills or step labels per column when the function takes them. */
function block(
  scores: Arg,
  points: Arg,
  settings: Settings,
  extra: { skills?: Arg; steps?: Arg } = {},
): CheckResult {
  const grid = toGrid(scores, 'scores');
  const width = grid[0].length;
  const skills = extra.skills === undefined ? undefined : perColumn(extra.skills, width, 'skills');
  if (extra.skills !== undefined && !skills)
    throw new ArgumentError('skills is required: one skill name per score column.');
  const steps = extra.steps === undefined ? null : perColumn(extra.steps, width, 'step_labels');
  return checkBlock(
    grid,
    {
      points: pointsArg(points, width),
      cut: settings.masteryCut,
      skills: skills?.map((s, c) => {
        const names = splitSkills(s);
        return names.length > 0 ? names : [`Column ${c + 1}`];
      }),
      steps:
        extra.steps === undefined
          ? undefined
          : (steps ?? grid[0].map((_, c) => String(c + 1))).map((s) => stepLabel(s)),
    },
    settings,
  );
}

/** The class-check row of a block that is one skill (one roster, so one row). */
function oneSkill(scores: Arg, points: Arg, settings: Settings): ClassCheckRow {
  return block(scores, points, settings).analysis.classCheck[0];
}

export function INTERVENTION_TIER(scores: Arg, points?: Arg, cut?: Arg, lower?: Arg, upper?: Arg): string {
  return TIER_WORD[oneSkill(scores, points, settingsArg(cut, lower, upper)).tier];
}

export function PERCENT_STRUGGLING(scores: Arg, points?: Arg, cut?: Arg): number {
  const { percentStruggling } = oneSkill(scores, points, settingsArg(cut));
  if (percentStruggling === null)
    throw new ArgumentError('No student in the range has a score yet: collect data first.');
  return percentStruggling;
}

export function CLASS_CHECK(
  scores: Arg,
  skills: Arg,
  points?: Arg,
  cut?: Arg,
  lower?: Arg,
  upper?: Arg,
): Out {
  const { analysis } = block(scores, points, settingsArg(cut, lower, upper), { skills: skills ?? '' });
  return [
    ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
    ...analysis.classCheck.map((r) => [
      r.skill,
      r.roster,
      r.struggling,
      r.percentStruggling ?? '',
      TIER_WORD[r.tier],
    ]),
  ];
}

export function SKILL_GAPS(scores: Arg, skills: Arg, points?: Arg, cut?: Arg): Out {
  const { analysis } = block(scores, points, settingsArg(cut), { skills: skills ?? '' });
  return analysis.students.map((student) => [student.gaps.join(', ')]);
}

export function JIT_GROUP(scores: Arg, stepLabels?: Arg, points?: Arg, cut?: Arg): Out {
  // Steps in the order the labels first appear, whatever they say (readBlock).
  const { analysis } = block(scores, points, settingsArg(cut), { steps: stepLabels ?? '' });
  return analysis.students.map(({ entryStep }) => [
    entryStep === 'ready' ? 'Ready' : entryStep === 'no-data' || entryStep === null ? '' : entryStep,
  ]);
}

export function MASTERY(scores: Arg, points?: Arg, cut?: Arg): Out {
  const { book } = block(scores, points, settingsArg(cut));
  const fractions = readFractions(book);
  return book.students.map((_, s) =>
    book.items.map((item, i) => {
      const f = fractions.fraction(s, i);
      return f !== f ? '' : !isBelow(f, item.cut);
    }),
  );
}

export function SCORE_CHANGE(before: Arg, after: Arg, points?: Arg): Out {
  const settings = settingsArg(undefined);
  // The block is one skill: each row's score on it.
  const rowScores = (scores: Arg, name: string) =>
    block(toGrid(scores, name), points, settings).analysis.skillTable;
  const a = rowScores(before, 'before');
  const b = rowScores(after, 'after');
  if (a.students !== b.students)
    throw new ArgumentError(
      `before has ${a.students} rows but after has ${b.students}: give one row per student in both.`,
    );
  return Array.from({ length: a.students }, (_, s) => {
    const change = b.score(s, 0) - a.score(s, 0);
    return [Number.isNaN(change) ? '' : change];
  });
}
