/**
 * Mastery (SPEC section 4): a student's score on a pool of items (a skill's, or a step's) is
 * points earned over points possible on the items the student has data for; extra credit counts
 * as full marks. Below the pool's cut means struggling.
 */
import { type FractionTable, ScoreTable, type StatusTable } from './studentTables';
import type { Item, MasteryCut, Settings, Skill, Step } from './types';

/** Float noise only: 1 of 5 must compare as exactly 20%, 4 of 5 as exactly 80%. */
export const EPSILON = 1e-12;

/** The lowest fraction that counts as mastered under a cut: the cut itself, float noise allowed. */
export function threshold(cut: MasteryCut): number {
  return cut - EPSILON;
}

/** Below the cut: struggling on a pool, not mastered on an item. */
export function isBelow(score: number, cut: MasteryCut): boolean {
  return score < threshold(cut);
}

export function isAbove(score: number, limit: number): boolean {
  return score > limit + EPSILON;
}

/** Items pooled into one score. */
export interface Pool {
  name: string;
  items: number[];
  /** Points-weighted cut of its items (their common cut when they agree). */
  cut: MasteryCut;
}

export function makePool(name: string, indices: number[], items: Item[]): Pool {
  let points = 0;
  let weighted = 0;
  for (const i of indices) {
    points += items[i].points;
    weighted += items[i].points * items[i].cut;
  }
  return { name, items: indices, cut: points > 0 ? weighted / points : items[indices[0]].cut };
}

function groupBy(items: Item[], keys: (item: Item) => string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of keys(item)) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return groups;
}

/** One pool per skill, in the order skills first appear. */
export function skillPools(items: Item[]): Pool[] {
  return [...groupBy(items, (item) => item.skills)].map(([skill, indices]) =>
    makePool(skill as Skill, indices, items),
  );
}

/** One pool per step, in ladder order: the saved order, else numeric, else first appearance. */
export function stepPools(items: Item[], settings: Pick<Settings, 'stepOrder'> = {}): Pool[] {
  const groups = groupBy(items, (item) => (item.step === null ? [] : [item.step]));
  const steps = [...groups.keys()];
  const order = settings.stepOrder ?? [];
  const rank = (step: Step) => {
    const saved = order.indexOf(step);
    return saved >= 0
      ? saved
      : order.length + (steps.every((s) => !Number.isNaN(Number(s))) ? Number(step) : steps.indexOf(step));
  };
  steps.sort((a, b) => rank(a) - rank(b));
  return steps.map((step) => makePool(step, groups.get(step)!, items));
}

/**
 * Each student's score on every pool of some pool sets (skills, steps), taken one row of
 * fractions at a time while the row is still in the cache. A pool adds its items in item
 * order, as the items are listed in the pool. (Flattening the pools' item lists into one typed
 * array bought less than 5% of the engine and was removed.)
 */
export class PoolTally {
  /** Per pool set, each student's score on each of its pools (NaN without data). */
  readonly scores: ScoreTable[];
  private readonly points: Float64Array;

  constructor(
    items: Item[],
    private readonly poolSets: Pool[][],
    students: number,
  ) {
    this.points = Float64Array.from(items, (item) => item.points);
    this.scores = poolSets.map((pools) => ScoreTable.empty(students, pools.length));
  }

  /** Adds student s, whose fraction of item i is `fractions[i]` (NaN: no data). */
  row(s: number, fractions: Float64Array): void {
    const points = this.points;
    for (let set = 0; set < this.poolSets.length; set++) {
      const pools = this.poolSets[set];
      const out = this.scores[set];
      for (let p = 0; p < pools.length; p++) {
        const members = pools[p].items;
        let earned = 0;
        let possible = 0;
        for (let m = 0; m < members.length; m++) {
          const i = members[m];
          const f = fractions[i];
          if (f !== f) continue; // NaN: no data
          earned += (f > 1 ? 1 : f) * points[i]; // extra credit counts as full marks
          possible += points[i];
        }
        out.setScore(s, p, possible > 0 ? earned / possible : NaN);
      }
    }
  }
}

/** Each student's score on each pool, from a table of fractions read in full (`readFractions`). */
export function poolScores(fractions: FractionTable, items: Item[], pools: Pool[]): ScoreTable {
  const tally = new PoolTally(items, [pools], fractions.students);
  for (let s = 0; s < fractions.students; s++) tally.row(s, fractions.row(s));
  return tally.scores[0];
}

/** Whether each student masters each pool (its cut, pooled from its items' cuts). */
export function poolMastery(scores: ScoreTable, pools: Pool[]): StatusTable {
  return scores.statuses(Float64Array.from(pools, (pool) => threshold(pool.cut)));
}
