/**
 * What the engine keeps per student, one typed array per table, student after student: each
 * student's fraction of each item, score on each skill or step, and mastery status of each.
 * This file alone knows that student s, column c sits at `s * width + c`; everything else asks
 * by name (`fraction(student, item)`, `score(student, skill)`, `status(student, skill)`).
 *
 * Typed arrays rather than arrays of objects: 10,000 students × 100 items is one 8 MB block
 * instead of a million heap numbers, and a row is read while it is in the cache.
 */
import type { Fraction } from './types';

/** Mastery of a skill or step by one student (SPEC section 4). */
export const MASTERED = 1;
/** Below the cut: a gap. */
export const STRUGGLING = 0;
/** No answered item: neither mastered nor a gap. */
export const NO_DATA = -1;
export type Status = typeof MASTERED | typeof STRUGGLING | typeof NO_DATA;

/** Students × columns, row-major. The only place with the index arithmetic. */
abstract class StudentTable<A extends Float64Array | Int8Array> {
  constructor(
    readonly values: A,
    readonly width: number,
  ) {}

  get students(): number {
    return this.width === 0 ? 0 : this.values.length / this.width;
  }

  /**
   * Where student s, column c sits. Each table reads its own array at this index (rather than one
   * shared getter here) so every read site sees one kind of typed array and stays monomorphic.
   */
  protected index(student: number, column: number): number {
    return student * this.width + column;
  }
}

/** Each student's fraction of each item's points; NaN = no data. */
export class FractionTable extends StudentTable<Float64Array> {
  static empty(students: number, items: number): FractionTable {
    return new FractionTable(new Float64Array(students * items), items);
  }

  fraction(student: number, item: number): Fraction {
    return this.values[this.index(student, item)];
  }

  /** One student's fractions, item by item (a view: no copy). */
  row(student: number): Float64Array {
    const start = this.index(student, 0);
    return this.values.subarray(start, start + this.width);
  }

  setRow(student: number, fractions: Float64Array): void {
    this.values.set(fractions, this.index(student, 0));
  }
}

/** Each student's score on each pool (a skill or a step); NaN = no data. */
export class ScoreTable extends StudentTable<Float64Array> {
  static empty(students: number, pools: number): ScoreTable {
    return new ScoreTable(new Float64Array(students * pools), pools);
  }

  score(student: number, pool: number): Fraction {
    return this.values[this.index(student, pool)];
  }

  setScore(student: number, pool: number, score: Fraction): void {
    this.values[this.index(student, pool)] = score;
  }

  /**
   * Every student's status on every pool: MASTERED at or above the pool's threshold (its cut,
   * less float noise: see `threshold` in mastery.ts), STRUGGLING below, NO_DATA on NaN.
   */
  statuses(thresholds: Float64Array): StatusTable {
    const scores = this.values;
    const out = new Int8Array(scores.length);
    const width = this.width;
    for (let k = 0; k < scores.length; k += width) {
      for (let p = 0; p < width; p++) {
        const score = scores[k + p];
        out[k + p] = score !== score ? NO_DATA : score >= thresholds[p] ? MASTERED : STRUGGLING;
      }
    }
    return new StatusTable(out, width);
  }
}

/** Each student's mastery of each pool: MASTERED, STRUGGLING or NO_DATA. */
export class StatusTable extends StudentTable<Int8Array> {
  status(student: number, pool: number): Status {
    return this.values[this.index(student, pool)] as Status;
  }
}
