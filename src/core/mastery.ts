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

export interface RowTotals {
  /** Per pool set: `scores[set][s * pools.length + p]`, student s's score on pool p, NaN without data. */
  scores: Float64Array[];
  /** Per item: students with data, and students at or above its cut. */
  answered: Int32Array;
  mastered: Int32Array;
}

/**
 * One pass over each student's row for everything that sums it: item counts and the scores of
 * every pool set (skills, steps). Each pool adds its items in item order, as a pool alone would.
 */
export function scoreRows(book: Gradebook, poolSets: Pool[][]): RowTotals {
  const { items, fractions } = book;
  const width = items.length;
  const n = book.students.length;
  const points = Float64Array.from(items, (item) => item.points);
  const cuts = Float64Array.from(items, (item) => item.cut - EPSILON);
  // Item i adds to pool first[i] (-1: none) and then to extra[extraStart[i]] .. (most items
  // measure one skill; a separate list for the rest keeps the common case a straight line).
  const owners: number[][] = items.map(() => []);
  const offsets: number[] = [];
  let total = 0;
  for (const pools of poolSets) {
    offsets.push(total);
    pools.forEach((pool, p) => { for (const i of pool.items) owners[i].push(total + p); });
    total += pools.length;
  }
  const first = Int32Array.from(owners, (list) => (list.length > 0 ? list[0] : -1));
  const extraStart = new Int32Array(width + 1);
  owners.forEach((list, i) => { extraStart[i + 1] = extraStart[i] + Math.max(0, list.length - 1); });
  const extra = Int32Array.from(owners.flatMap((list) => list.slice(1)));
  const earned = new Float64Array(total);
  const possible = new Float64Array(total);
  const answered = new Int32Array(width);
  const mastered = new Int32Array(width);
  const scores = poolSets.map((pools) => new Float64Array(n * pools.length));
  for (let s = 0; s < n; s++) {
    const base = s * width;
    for (let i = 0; i < width; i++) {
      const f = fractions[base + i];
      if (f !== f) continue; // NaN: no data
      answered[i]++;
      mastered[i] += +(f >= cuts[i]); // branch-free: mastery is a coin toss the CPU cannot predict
      const pts = points[i];
      const got = (f > 1 ? 1 : f) * pts; // extra credit counts as full marks
      const g = first[i];
      if (g < 0) continue;
      earned[g] += got;
      possible[g] += pts;
      for (let m = extraStart[i]; m < extraStart[i + 1]; m++) {
        earned[extra[m]] += got;
        possible[extra[m]] += pts;
      }
    }
    for (let set = 0; set < poolSets.length; set++) {
      const out = scores[set];
      const P = poolSets[set].length;
      for (let p = 0, g = offsets[set]; p < P; p++, g++) {
        out[s * P + p] = possible[g] > 0 ? earned[g] / possible[g] : NaN;
        earned[g] = 0;
        possible[g] = 0;
      }
    }
  }
  return { scores, answered, mastered };
}

/** `scores[s * pools.length + p]`: student s's score on pool p, NaN without data. */
export function poolScores(book: Gradebook, pools: Pool[]): Float64Array {
  return scoreRows(book, [pools]).scores[0];
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
