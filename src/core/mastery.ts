/**
 * Mastery (SPEC section 4): a student's score on a pool of items (a skill's, or a step's) is
 * points earned over points possible on the items the student has data for; extra credit counts
 * as full marks. Below the pool's cut means struggling.
 */
import type { Gradebook } from './gradebook';
import type { Item, MasteryCut, Settings, Skill, Step } from './types';

/** Float noise only: 1 of 5 must compare as exactly 20%, 4 of 5 as exactly 80%. */
export const EPSILON = 1e-12;

export function isBelow(score: number, cut: MasteryCut): boolean {
  return score < cut - EPSILON;
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
  return [...groupBy(items, (item) => item.skills)].map(([skill, indices]) => makePool(skill as Skill, indices, items));
}

/** One pool per step, in ladder order: the saved order, else numeric, else first appearance. */
export function stepPools(items: Item[], settings: Pick<Settings, 'stepOrder'> = {}): Pool[] {
  const groups = groupBy(items, (item) => (item.step === null ? [] : [item.step]));
  const steps = [...groups.keys()];
  const order = settings.stepOrder ?? [];
  const rank = (step: Step) => {
    const saved = order.indexOf(step);
    return saved >= 0 ? saved : order.length + (steps.every((s) => !Number.isNaN(Number(s))) ? Number(step) : steps.indexOf(step));
  };
  steps.sort((a, b) => rank(a) - rank(b));
  return steps.map((step) => makePool(step, groups.get(step)!, items));
}

/** `scores[s * pools.length + p]`: student s's score on pool p, NaN without data. */
export function poolScores(book: Gradebook, pools: Pool[]): Float64Array {
  const { items, fractions } = book;
  const width = items.length;
  const n = book.students.length;
  const P = pools.length;
  const points = Float64Array.from(items, (item) => item.points);
  // The pools' items as one flat list: pool p's are members[starts[p]] .. members[starts[p + 1] - 1].
  const starts = new Int32Array(P + 1);
  pools.forEach((pool, p) => { starts[p + 1] = starts[p] + pool.items.length; });
  const members = Int32Array.from(pools.flatMap((pool) => pool.items));
  const scores = new Float64Array(n * P);
  for (let s = 0; s < n; s++) {
    const base = s * width;
    for (let p = 0; p < P; p++) {
      let earned = 0;
      let possible = 0;
      for (let m = starts[p]; m < starts[p + 1]; m++) {
        const i = members[m];
        const f = fractions[base + i];
        if (f !== f) continue; // NaN: no data
        earned += (f > 1 ? 1 : f) * points[i];
        possible += points[i];
      }
      scores[s * P + p] = possible > 0 ? earned / possible : NaN;
    }
  }
  return scores;
}

/** Whether each student masters each pool: 1 mastered, 0 not, -1 no data. */
export function poolMastery(scores: Float64Array, pools: Pool[]): Int8Array {
  const out = new Int8Array(scores.length);
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k];
    out[k] = score !== score ? -1 : isBelow(score, pools[k % pools.length].cut) ? 0 : 1;
  }
  return out;
}
