/**
 * The seven custom functions of SPEC section 9, thin over the engine: arguments → core → arrays.
 * Each works over the whole range in one pass and touches no service.
 */
import { classCheck, tally, tierOf } from '../core/classCheck';
import { readBlock } from '../core/block';
import { readFractions } from '../core/gradebook';
import { isBelow, poolMastery } from '../core/mastery';
import { splitSkills, stepLabel } from '../core/skillMap';
import { entryStepOf } from '../core/stations';
import { STRUGGLING } from '../core/studentTables';
import { TIER_WORD } from '../core/tierWords';
import { ALL, type CellValue, type Settings } from '../core/types';
import { type Arg, ArgumentError, perColumn, pointsArg, settingsArg, toGrid } from './args';

type Out = CellValue[][];

function block(scores: Arg, points: Arg, settings: Settings, extra: { skills?: Arg; steps?: Arg } = {}) {
  const grid = toGrid(scores, 'scores');
  const width = grid[0].length;
  const skills = extra.skills === undefined ? undefined : perColumn(extra.skills, width, 'skills');
  if (extra.skills !== undefined && !skills) throw new ArgumentError('skills is required: one skill name per score column.');
  const steps = extra.steps === undefined ? null : perColumn(extra.steps, width, 'step_labels');
  return readBlock(grid, {
    points: pointsArg(points, width),
    cut: settings.masteryCut,
    skills: skills?.map((s, c) => {
      const names = splitSkills(s);
      return names.length > 0 ? names : [`Column ${c + 1}`];
    }),
    steps: extra.steps === undefined ? undefined : (steps ?? grid[0].map((_, c) => String(c + 1))).map((s) => stepLabel(s)),
  });
}

function oneSkill(scores: Arg, points: Arg, settings: Settings) {
  const book = block(scores, points, settings);
  const mastery = poolMastery(book.skillScores, book.skills);
  return tally(mastery, book.students.map((_, s) => s), 0);
}

export function INTERVENTION_TIER(scores: Arg, points?: Arg, cut?: Arg, lower?: Arg, upper?: Arg): string {
  const settings = settingsArg(cut, lower, upper);
  const { withData, struggling } = oneSkill(scores, points, settings);
  return TIER_WORD[tierOf(struggling, withData, settings.band)];
}

export function PERCENT_STRUGGLING(scores: Arg, points?: Arg, cut?: Arg): number {
  const { withData, struggling } = oneSkill(scores, points, settingsArg(cut));
  if (withData === 0) throw new ArgumentError('No student in the range has a score yet: collect data first.');
  return struggling / withData;
}

export function CLASS_CHECK(scores: Arg, skills: Arg, points?: Arg, cut?: Arg, lower?: Arg, upper?: Arg): Out {
  const settings = settingsArg(cut, lower, upper);
  const book = block(scores, points, settings, { skills: skills ?? '' });
  const pools = book.skills;
  const mastery = poolMastery(book.skillScores, pools);
  const rows = classCheck(mastery, pools, book.students.map(() => ALL), settings.band);
  return [
    ['Skill', 'Students', 'Struggling', '% struggling', 'Tier'],
    ...rows.map((r) => [r.skill, r.roster, r.struggling, r.percentStruggling ?? '', TIER_WORD[r.tier]]),
  ];
}

function perStudent(n: number, pick: (s: number) => CellValue): Out {
  return Array.from({ length: n }, (_, s) => [pick(s)]);
}

export function SKILL_GAPS(scores: Arg, skills: Arg, points?: Arg, cut?: Arg): Out {
  const settings = settingsArg(cut);
  const book = block(scores, points, settings, { skills: skills ?? '' });
  const pools = book.skills;
  const mastery = poolMastery(book.skillScores, pools);
  return perStudent(book.students.length, (s) =>
    pools.filter((_, p) => mastery.status(s, p) === STRUGGLING).map((p) => p.name).join(', '));
}

export function JIT_GROUP(scores: Arg, stepLabels?: Arg, points?: Arg, cut?: Arg): Out {
  const settings = settingsArg(cut);
  const book = block(scores, points, settings, { steps: stepLabels ?? '' });
  const pools = book.steps; // in the order the labels first appear, whatever they say
  const mastery = poolMastery(book.stepScores, pools);
  return perStudent(book.students.length, (s) => {
    const entry = entryStepOf(mastery, s, pools);
    if (entry === 'no-data') return '';
    if (entry === 'ready') return 'Ready';
    const n = Number(entry);
    return Number.isFinite(n) ? n : entry;
  });
}

export function MASTERY(scores: Arg, points?: Arg, cut?: Arg): Out {
  const settings = settingsArg(cut);
  const book = block(scores, points, settings);
  const fractions = readFractions(book);
  return book.students.map((_, s) =>
    book.items.map((item, i) => {
      const f = fractions.fraction(s, i);
      return f !== f ? '' : !isBelow(f, item.cut);
    }));
}

export function SCORE_CHANGE(before: Arg, after: Arg, points?: Arg): Out {
  const settings = settingsArg(undefined);
  const rowScore = (scores: Arg, name: string) => {
    const grid = toGrid(scores, name);
    const book = block(grid, points, settings);
    return { n: grid.length, scores: book.skillScores };
  };
  const a = rowScore(before, 'before');
  const b = rowScore(after, 'after');
  if (a.n !== b.n) throw new ArgumentError(`before has ${a.n} rows but after has ${b.n}: give one row per student in both.`);
  return Array.from({ length: a.n }, (_, s) => {
    const change = b.scores.score(s, 0) - a.scores.score(s, 0);
    return [Number.isNaN(change) ? '' : change];
  });
}
