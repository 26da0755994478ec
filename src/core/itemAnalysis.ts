/**
 * Item statistics of one assessment (SPEC 6b): per item its n, difficulty, discrimination on the
 * rest score, item–rest point-biserial and flags; the assessment's reliability.
 *
 * simple-statistics computes the means, variances and the correlation. Written here, because no
 * library has them: the rest score (SPEC 4's earned ÷ possible over the other items), the upper
 * and lower groups with the SPEC's tie rule (roster order, earlier first, in both directions) and
 * ⌈0.27·n⌉ in integers (0.27 × 100 is 27.000000000000004 in floats, whose ceiling is 28).
 */
import { sampleCorrelation, variance } from 'simple-statistics';
import type { FractionTable } from './studentTables';

export type ItemFlag = 'check-key' | 'weak' | 'too-hard' | 'small-sample' | 'key-mismatch';

export interface ItemFigures {
  /** Students with data on the item. */
  n: number;
  /** Their mean item fraction; null without data. */
  difficulty: number | null;
  /** Upper group's mean minus lower group's; null when no student has a rest score. */
  discrimination: number | null;
  /** Pearson r of item fraction and rest score; null without spread in either. */
  pointBiserial: number | null;
  flags: ItemFlag[];
  /** The upper group's students (indices): who "the strongest students" are. */
  upper: number[];
  /** Students with data who earned less than all of its points: what a `check-key` flag rests on. */
  missed: number;
}

export interface Reliability {
  /** Cronbach's alpha (KR-20 when every item is 0/1); null under 2 items or 2 students, or no spread. */
  value: number | null;
  /** Students with data on every item. */
  n: number;
  kind: 'alpha' | 'KR-20';
}

/** Under 30 students with data every figure is a hint (SPEC 6b). */
export const SMALL_SAMPLE = 30;
/** Float noise allowed when a figure is compared with a limit (0.2 computed as 0.19999999999999998). */
const EPS = 1e-9;
/** Rest scores equal up to float noise are ties (sums of the same points in another order). */
const tie = (x: number) => Math.round(x * 1e10) / 1e10;

/** ⌈0.27·n⌉ in integers. */
export function groupSize(n: number): number {
  return Math.ceil((27 * n) / 100);
}

/**
 * The first g of the ranking by `order` (direction 1: highest first, -1: lowest first), ties broken by
 * position, earlier first (students are in roster order). Linear but for one native sort of the values
 * (shared by both groups): the g-th value is the cut; everyone beyond it is in, then the earliest at it
 * fill the group. Two comparator sorts per item took seconds on 10,000 students × 200 items.
 */
function pick(order: number[], sorted: Float64Array, g: number, direction: 1 | -1): number[] {
  const cut = direction === 1 ? sorted[sorted.length - g] : sorted[g - 1];
  const beyond: number[] = [];
  const at: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    if (direction === 1 ? v > cut : v < cut) beyond.push(k);
    else if (v === cut && at.length < g) at.push(k);
  }
  // Beyond the cut first (their order among themselves does not change a group's sum).
  for (let k = 0; beyond.length < g; k++) beyond.push(at[k]);
  return beyond;
}

/** Each student's total earned and possible points over the items they have data for. */
function totals(
  table: FractionTable,
  points: ArrayLike<number>,
): { earned: Float64Array; possible: Float64Array } {
  const n = table.students;
  const earned = new Float64Array(n);
  const possible = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const row = table.row(s);
    for (let i = 0; i < row.length; i++) {
      const f = row[i];
      if (f !== f) continue;
      earned[s] += f * points[i];
      possible[s] += points[i];
    }
  }
  return { earned, possible };
}

/** The figures of one item (`key-mismatch` is added by answers.ts, which reads the equations). */
function itemFigures(
  table: FractionTable,
  points: ArrayLike<number>,
  i: number,
  sums: ReturnType<typeof totals>,
): ItemFigures {
  const item: number[] = [];
  const rest: number[] = [];
  /** The rest scores as ranked: equal up to float noise is a tie. */
  const order: number[] = [];
  const studentOf: number[] = [];
  const upperGroup: number[] = [];
  let n = 0;
  let sum = 0;
  let missed = 0;
  for (let s = 0; s < table.students; s++) {
    const f = table.fraction(s, i);
    if (f !== f) continue;
    n++;
    sum += f;
    missed += +(f < 1 - EPS);
    const others = sums.possible[s] - points[i];
    if (others <= EPS) continue; // no other item with data: left out of D and r
    item.push(f);
    const r = (sums.earned[s] - f * points[i]) / others;
    rest.push(r);
    order.push(tie(r));
    studentOf.push(s);
  }
  const difficulty = n > 0 ? sum / n : null;
  let discrimination: number | null = null;
  let pointBiserial: number | null = null;
  const m = item.length;
  if (m > 0) {
    const g = groupSize(m);
    const sorted = Float64Array.from(order).sort();
    const upper = pick(order, sorted, g, 1);
    const lower = pick(order, sorted, g, -1);
    let upperSum = 0;
    let lowerSum = 0;
    for (let k = 0; k < g; k++) {
      upperSum += item[upper[k]];
      upperGroup.push(studentOf[upper[k]]);
      lowerSum += item[lower[k]];
    }
    discrimination = (upperSum - lowerSum) / g;
    if (m >= 2 && variance(item) > 0 && variance(rest) > 0) pointBiserial = sampleCorrelation(item, rest);
  }
  const flags: ItemFlag[] = [];
  if ((discrimination !== null && discrimination < -EPS) || (pointBiserial !== null && pointBiserial < -EPS))
    flags.push('check-key');
  if (discrimination !== null && discrimination > -EPS && discrimination < 0.2 - EPS) flags.push('weak');
  if (difficulty !== null && difficulty < 0.2 - EPS) flags.push('too-hard');
  if (n < SMALL_SAMPLE) flags.push('small-sample');
  return { n, difficulty, discrimination, pointBiserial, flags, upper: upperGroup, missed };
}

/**
 * Cronbach's alpha over the students with data on every item (KR-20 when every fraction is 0 or 1).
 * An item nobody has a score on (an upcoming assignment's empty column) is not part of the test yet:
 * counted, it would leave no student with data on every item, and no figure at all.
 */
export function reliabilityOf(table: FractionTable): Reliability {
  const scored: number[] = [];
  for (let i = 0; i < table.width; i++) {
    for (let s = 0; s < table.students; s++) {
      const f = table.fraction(s, i);
      if (f === f) {
        scored.push(i);
        break;
      }
    }
  }
  const k = scored.length;
  const complete: number[] = [];
  let binary = true;
  for (let s = 0; s < table.students; s++) {
    const row = table.row(s);
    let full = true;
    for (const i of scored) if (row[i] !== row[i]) full = false;
    if (!full) continue;
    complete.push(s);
    for (const i of scored) if (row[i] !== 0 && row[i] !== 1) binary = false;
  }
  const kind = binary ? 'KR-20' : 'alpha';
  const n = complete.length;
  if (k < 2 || n < 2) return { value: null, n, kind };
  // Population variances throughout: with 0/1 items each item's is p(1 - p), so alpha is KR-20.
  const totalsOf: number[] = complete.map((s) => {
    const row = table.row(s);
    let t = 0;
    for (const i of scored) t += row[i];
    return t;
  });
  const totalVariance = variance(totalsOf);
  if (totalVariance <= EPS) return { value: null, n, kind };
  let itemVariances = 0;
  for (const i of scored) itemVariances += variance(complete.map((s) => table.fraction(s, i)));
  return { value: (k / (k - 1)) * (1 - itemVariances / totalVariance), n, kind };
}

/** Every item's figures (items in table order) and the assessment's reliability. */
export function itemStatistics(
  table: FractionTable,
  points: ArrayLike<number>,
): { items: ItemFigures[]; reliability: Reliability } {
  const sums = totals(table, points);
  const items: ItemFigures[] = [];
  for (let i = 0; i < table.width; i++) items.push(itemFigures(table, points, i, sums));
  return { items, reliability: reliabilityOf(table) };
}
