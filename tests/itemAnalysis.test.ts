/** Item statistics (SPEC 6b): a gradebook worked by hand; 500 students against a separate reference. */
import { groupSize, itemStatistics, reliabilityOf } from '../src/core/itemAnalysis';
import { FractionTable } from '../src/core/studentTables';
import type { Grid } from '../src/core/types';
import { analyseGrid } from './helpers/engine';

/** Q1 and Q2 out of 1, Q3 out of 2; S6 has no data on Q2. */
const small: Grid = [
  ['Student', 'Q1', 'Q2', 'Q3'],
  ['Points possible', 1, 1, 2],
  ['S1', 1, 1, 2],
  ['S2', 1, 0, 2],
  ['S3', 0, 1, 1],
  ['S4', 1, 1, 0],
  ['S5', 0, 0, 1],
  ['S6', 0, '', 0],
];
// Worked out inside each test, never at load: under Stryker (ignoreStatic) a mutant reached both at load
// and in tests is active only while a test runs, so a report computed at load would never see it.
const report = () => analyseGrid(small).itemReport;
const q = (item: string) => report().itemAnalysis.find((r) => r.item === item)!;

describe('a small gradebook worked by hand', () => {
  // Q1: n 6, p = 3/6. Rest (Q2 + Q3 out of 3): S1 1, S2 2/3, S3 2/3, S4 1/3, S5 1/3, S6 0/2 = 0.
  // g = ⌈0.27·6⌉ = 2. Upper: S1, then S2 (tied with S3, earlier first): Q1 1, 1 → 1.
  // Lower: S6, then S4 (tied with S5, earlier first): Q1 0, 1 → 0.5. D = 0.5.
  test('Q1: n 6, difficulty 0.5, discrimination 0.5', () =>
    expect([q('Q1').n, q('Q1').difficulty, q('Q1').discrimination]).toEqual([6, 0.5, 0.5]));
  // x = 1 1 0 1 0 0, y = 1 2/3 2/3 1/3 1/3 0, both means 1/2: Σdxdy = 1/2, Σdx² = 3/2, Σdy² = 11/18,
  // r = (1/2) / √(3/2 · 11/18) = √(3/11) = 0.52223.
  test('Q1: point-biserial √(3/11)', () => {
    expect(q('Q1').pointBiserial).toBeCloseTo(Math.sqrt(3 / 11), 12);
  });
  test('Q1: only small-sample (6 < 30)', () => expect(q('Q1').flags).toEqual(['small-sample']));
  // Q2: n 5 (S6 blank), p 3/5. Rest (Q1 + Q3 out of 3): S1 1, S2 1, S3 1/3, S4 1/3, S5 1/3.
  // g = ⌈1.35⌉ = 2.
  // Upper S1, S2: Q2 1, 0 → 0.5. Lower S3, S4 (S5 tied, later): 1, 1 → 1. D = -0.5.
  test('Q2: n 5, difficulty 0.6, discrimination -0.5', () =>
    expect([q('Q2').n, q('Q2').difficulty, q('Q2').discrimination]).toEqual([5, 0.6, -0.5]));
  // x = 1 0 1 1 0 (mean 3/5), y = 1 1 1/3 1/3 1/3 (mean 3/5): Σdxdy = -2/15, Σdx² = 6/5, Σdy² = 8/15,
  // r = (-2/15) / √(16/25) = -1/6.
  test('Q2: point-biserial -1/6', () => expect(q('Q2').pointBiserial).toBeCloseTo(-1 / 6, 12));
  test('Q2: check-key (D < 0), not weak', () => expect(q('Q2').flags).toEqual(['check-key', 'small-sample']));
  // Q3 fractions 1 1 .5 0 .5 0, p 1/2. Rest (Q1 + Q2 out of 2): S1 1, S2 .5, S3 .5, S4 1, S5 0, S6 0/1 = 0.
  // Upper S1, S4: 1, 0 → .5. Lower S5, S6: .5, 0 → .25. D = .25 (not weak: ≥ 0.2).
  // dx = .5 .5 0 -.5 0 -.5, dy = .5 0 0 .5 -.5 -.5: Σdxdy = .25, Σdx² = 1, Σdy² = 1, r = .25.
  test('Q3 (out of 2): difficulty 0.5, discrimination 0.25, point-biserial 0.25', () => {
    expect([q('Q3').difficulty, q('Q3').discrimination]).toEqual([0.5, 0.25]);
    expect(q('Q3').pointBiserial).toBeCloseTo(0.25, 12);
  });
  // S1–S5 have every item. Population variances: Q1 .24, Q2 .24, Q3 (1 1 .5 0 .5) .14, Σ .62;
  // totals 3 2 1.5 2 .5 (mean 1.8): .66. alpha = 3/2 · (1 - .62/.66) = 1/11.
  test("reliability: Cronbach's alpha 1/11 over the 5 students with every item", () => {
    const { reliability } = report();
    expect(reliability.value).toBeCloseTo(1 / 11, 12);
    expect([reliability.n, reliability.kind]).toEqual([5, 'alpha']);
  });
  // Q1 .75 → .1875, Q2 .5 → .25, Σ .4375; totals 2 2 0 1 (mean 1.25): .6875.
  // KR-20 = 2 · (1 - .4375/.6875) = 8/11.
  test('reliability: KR-20 8/11 when every item is 0/1', () => {
    const binary = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ['A', 1, 1],
      ['B', 1, 1],
      ['C', 0, 0],
      ['D', 1, 0],
    ]);
    expect(binary.itemReport.reliability.value).toBeCloseTo(8 / 11, 12);
    expect(binary.itemReport.reliability.kind).toBe('KR-20');
  });
  // The same quiz with an upcoming assignment's empty column: still KR-20 8/11 over the 4 students.
  test('reliability: a column nobody has a score on is left out, not every student', () => {
    const withUpcoming = analyseGrid([
      ['Student', 'Q1', 'Q2', 'Unit test'],
      ['Points', 1, 1, 50],
      ['A', 1, 1, ''],
      ['B', 1, 1, ''],
      ['C', 0, 0, ''],
      ['D', 1, 0, ''],
    ]);
    expect(withUpcoming.itemReport.reliability.value).toBeCloseTo(8 / 11, 12);
    expect([withUpcoming.itemReport.reliability.n, withUpcoming.itemReport.reliability.kind]).toEqual([
      4,
      'KR-20',
    ]);
  });
  test('⌈0.27·n⌉ in integers: 27 of 100 (0.27 × 100 in floats is 27.000000000000004)', () =>
    expect(groupSize(100)).toBe(27));
  // Q1 all right: no spread.
  test('point-biserial is null when the item has no spread', () => {
    const flat = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ['A', 1, 1],
      ['B', 1, 0],
      ['C', 1, 1],
    ]);
    expect(flat.itemReport.itemAnalysis[0].pointBiserial).toBeNull();
  });
  // Q1 (all 1): rest = Q2; D = 1 - 1 = 0 → weak (0 ≤ D < 0.2).
  test('weak when 0 ≤ D < 0.2', () => {
    const flat = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ['A', 1, 1],
      ['B', 1, 0],
      ['C', 1, 1],
    ]);
    expect(flat.itemReport.itemAnalysis[0].flags).toEqual(['weak', 'small-sample']);
  });
  // Q2: 1 of 6 right, p = 1/6 < 0.2.
  test('too-hard on 1 right of 6', () => {
    const hard = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ...['A', 'B', 'C', 'D', 'E', 'F'].map((n, i) => [n, i % 2, i === 0 ? 1 : 0]),
    ]);
    expect(hard.itemReport.itemAnalysis[1].flags).toContain('too-hard');
  });
  test('a student with data on no other item is left out of D and r (n still counts them)', () => {
    const only = analyseGrid([
      ['Student', 'Q1', 'Q2'],
      ['Points', 1, 1],
      ['A', 1, ''],
      ['B', 0, ''],
    ]);
    expect(only.itemReport.itemAnalysis[0]).toMatchObject({
      n: 2,
      difficulty: 0.5,
      discrimination: null,
      pointBiserial: null,
    });
  });
});

describe('500 students against a separately written reference', () => {
  // A deterministic generator: scores are whole points (so every sum is exact in floats and ties are ties).
  let seed = 17;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const points = [1, 1, 2, 4, 1, 2];
  const ability = Array.from({ length: 500 }, () => random());
  /** Whole points 0..p: most items follow ability, Q5 is noise, Q6 runs against ability (a reversed key). */
  const scoreOf = (a: number, i: number, p: number) => {
    const r = random();
    const level = i === 4 ? r : i === 5 ? (1 - a) * 0.8 + r * 0.4 : a * 0.8 + r * 0.4;
    return Math.max(0, Math.min(p, Math.round(level * p)));
  };
  const scores: (number | '')[][] = ability.map((a) =>
    points.map((p, i) => (random() < 0.05 ? '' : scoreOf(a, i, p))),
  );
  const grid: Grid = [
    ['Student', ...points.map((_, i) => `Q${i + 1}`)],
    ['Points possible', ...points],
    ...scores.map((row, s) => [`S${s + 1}`, ...row]),
  ];
  const got = () => analyseGrid(grid).itemReport;

  /** The reference: the SPEC's words, one student object at a time, no shared code. */
  function reference(i: number) {
    const rows = scores.map((row, s) => ({ s, row })).filter(({ row }) => row[i] !== '');
    const f = (row: (number | '')[], k: number) => (row[k] as number) / points[k];
    const p = rows.reduce((t, { row }) => t + f(row, i), 0) / rows.length;
    const ranked: { s: number; x: number; rest: number }[] = [];
    for (const { s, row } of rows) {
      let earned = 0;
      let possible = 0;
      for (let k = 0; k < points.length; k++) {
        if (k === i || row[k] === '') continue;
        earned += row[k] as number;
        possible += points[k];
      }
      if (possible > 0) ranked.push({ s, x: f(row, i), rest: earned / possible });
    }
    const g = Math.ceil((ranked.length * 27) / 100);
    const meanX = (list: typeof ranked) => list.reduce((t, r) => t + r.x, 0) / list.length;
    const upper = [...ranked].sort((a, b) => b.rest - a.rest || a.s - b.s).slice(0, g);
    const lower = [...ranked].sort((a, b) => a.rest - b.rest || a.s - b.s).slice(0, g);
    const mx = meanX(ranked);
    const my = ranked.reduce((t, r) => t + r.rest, 0) / ranked.length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (const r of ranked) {
      sxy += (r.x - mx) * (r.rest - my);
      sxx += (r.x - mx) ** 2;
      syy += (r.rest - my) ** 2;
    }
    return {
      n: rows.length,
      difficulty: p,
      discrimination: meanX(upper) - meanX(lower),
      pointBiserial: sxy / Math.sqrt(sxx * syy),
    };
  }

  test.each(points.map((_, i) => i))(
    'item Q%#+1: n, difficulty, discrimination and point-biserial equal the reference',
    (i) => {
      const want = reference(i);
      const row = got().itemAnalysis[i];
      expect(row.n).toBe(want.n);
      expect(row.difficulty).toBeCloseTo(want.difficulty, 10);
      expect(row.discrimination).toBeCloseTo(want.discrimination, 10);
      expect(row.pointBiserial).toBeCloseTo(want.pointBiserial, 10);
    },
  );

  test("reliability equals the reference's alpha (sample variances: the ratio is the same)", () => {
    const complete = scores.filter((row) => row.every((v) => v !== ''));
    const fr = complete.map((row) => row.map((v, k) => (v as number) / points[k]));
    const sampleVar = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
    };
    const k = points.length;
    const itemVars = points.map((_, i) => sampleVar(fr.map((r) => r[i]))).reduce((a, b) => a + b, 0);
    const alpha = (k / (k - 1)) * (1 - itemVars / sampleVar(fr.map((r) => r.reduce((a, b) => a + b, 0))));
    const { reliability } = got();
    expect(reliability.n).toBe(complete.length);
    expect(reliability.value).toBeCloseTo(alpha, 10);
  });

  test('the generated class is not degenerate: a discriminating item and a reversed one', () => {
    const ds = got().itemAnalysis.map((r) => r.discrimination!);
    expect(ds[5]).toBeLessThan(0); // Q6 is scored against ability
    expect(ds[0]).toBeGreaterThan(0.3);
  });
});

/** Students' item fractions, one row each (NaN: no data). */
const tableOf = (rows: number[][]) => new FractionTable(Float64Array.from(rows.flat()), rows[0].length);
/** Every item out of 1 point unless told: a rest score is then the mean of the other fractions. */
const figuresOf = (rows: number[][], points = rows[0].map(() => 1)) => itemStatistics(tableOf(rows), points);
/** Q1's figures when Q2 is the rest score: [Q1, Q2] per student. */
const q1Of = (rows: number[][]) => figuresOf(rows).items[0];

describe('SPEC 6b item figures, from the fraction table', () => {
  /*
   * Q1 fractions with the rest (Q2): A .5 1, B .5 .9, C 1 .8, D 1 .7, E 0 .3, F .6 .1, G .6 0.
   * g = ⌈1.89⌉ = 2: upper A, B (.5) minus lower G, F (.6): D = -.1 < 0.
   * x̄ = 4.2/7 = .6; Σ(x − x̄)·y = -.1 - .09 + .32 + .28 - .18 = .23 > 0, so r > 0: D alone flags it.
   */
  test('SPEC 6b: check-key when D < 0 though r ≥ 0', () => {
    const q1 = q1Of([
      [0.5, 1],
      [0.5, 0.9],
      [1, 0.8],
      [1, 0.7],
      [0, 0.3],
      [0.6, 0.1],
      [0.6, 0],
    ]);
    expect(q1.discrimination).toBeCloseTo(-0.1, 12);
    expect(q1.pointBiserial).toBeGreaterThan(0);
    expect(q1.flags).toEqual(['check-key', 'small-sample']);
  });
  /*
   * 10 students, Q1 right for all but S4 (p = 0.9); rest (Q2, Q3) S1–S4 1, S5–S7 .5, S8–S10 0.
   * g = 3: upper S1–S3, lower S8–S10, all right: D = 0 (weak). r = -0.45/√1.5525 = -0.36 < 0: check-key.
   */
  test('SPEC 6b: check-key when r < 0 though D ≥ 0', () => {
    const q1 = figuresOf([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [0, 1, 1],
      [1, 1, 0],
      [1, 1, 0],
      [1, 0, 1],
      [1, 0, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]).items[0];
    expect([q1.discrimination, q1.flags]).toEqual([0, ['check-key', 'weak', 'small-sample']]);
    expect(q1.pointBiserial).toBeCloseTo(-0.45 / Math.sqrt(1.5525), 12);
  });
  /*
   * Q1 0, 1, 0, .5 against rest 1, .75, .25, 0 (x̄ .375, ȳ .5). g = 2: upper 0 and 1 (.5), lower .5 and
   * 0 (.25): D = .25. Σ(x − x̄)(y − ȳ) = -.1875 + .15625 + .09375 - .0625 = 0 (exact in binary): r = 0.
   */
  test('SPEC 6b: r = 0 is no check-key (only r < 0 is)', () => {
    const q1 = q1Of([
      [0, 1],
      [1, 0.75],
      [0, 0.25],
      [0.5, 0],
    ]);
    expect([q1.discrimination, q1.pointBiserial, q1.flags]).toEqual([0.25, 0, ['small-sample']]);
  });
  // Upper .7 + .7 = 1.4, lower .5 + .5 = 1: D = .4/2, computed 0.19999999999999996: that is 0.2, not weak.
  test('SPEC 6b: D = 0.2 (up to float noise) is not weak', () => {
    const q1 = q1Of([
      [0.7, 1],
      [0.7, 0.75],
      [0.5, 0.25],
      [0.5, 0],
    ]);
    expect(q1.discrimination).toBeCloseTo(0.2, 12);
    expect(q1.flags).toEqual(['small-sample']);
  });
  // 1 right of 5: p = 0.2, not under it. g = 2: upper 1, 0 (rest 1, .5 tied: the earlier), lower 0, 0.
  test('SPEC 6b: p = 0.2 is not too-hard', () => {
    const q1 = q1Of([
      [1, 1],
      [0, 0.5],
      [0, 0.5],
      [0, 0.5],
      [0, 0],
    ]);
    expect([q1.difficulty, q1.flags]).toEqual([0.2, ['small-sample']]);
  });
  // Q1 = Q2, alternately 1 and 0: only the number of students changes.
  test('SPEC 6b: small-sample under 30 students with data, not at 30', () => {
    const alternate = (n: number) => Array.from({ length: n }, (_, s) => [s % 2, s % 2]);
    expect([29, 30].map((n) => q1Of(alternate(n)).flags.includes('small-sample'))).toEqual([true, false]);
  });
  // Q1 1, 1, .5, 0, no data, 1 − 2⁻⁵³ (full marks up to float noise): 2 with data earned less than 1.
  test('SPEC 6b: missed counts the students with data below full marks on the item', () =>
    expect(
      q1Of([
        [1, 1],
        [1, 1],
        [0.5, 1],
        [0, 1],
        [NaN, 1],
        [1 - 2 ** -53, 1],
      ]).missed,
    ).toBe(2));
  // Q2 has no data at all; Q1's students have no other item, so Q1 has no D and no r either.
  test('SPEC 6b: an item without data has n 0, null figures and no flag but small-sample', () =>
    expect(
      figuresOf([
        [1, NaN],
        [0, NaN],
      ]).items,
    ).toEqual([
      {
        n: 2,
        difficulty: 0.5,
        discrimination: null,
        pointBiserial: null,
        flags: ['small-sample'],
        upper: [],
        missed: 1,
      },
      {
        n: 0,
        difficulty: null,
        discrimination: null,
        pointBiserial: null,
        flags: ['small-sample'],
        upper: [],
        missed: 0,
      },
    ]));
  // S0 has Q1 only (left out); S1–S3 rest .5, 1, 0: g = ⌈0.27·3⌉ = 1, the upper group is S2.
  test('SPEC 6b: the upper group is given as roster indices', () =>
    expect(
      q1Of([
        [1, NaN],
        [0, 0.5],
        [1, 1],
        [1, 0],
      ]).upper,
    ).toEqual([2]));
  // Q1 1, 0, 1, 0 against a rest of 1 for all: the rest score has no spread.
  test('SPEC 6b: r is null when the rest score has no spread', () =>
    expect(
      q1Of([
        [1, 1],
        [0, 1],
        [1, 1],
        [0, 1],
      ]).pointBiserial,
    ).toBeNull());
  // Two students, (1, 1) and (0, 0): r = 1.
  test('SPEC 6b: two students with spread have an r', () =>
    expect(
      q1Of([
        [1, 1],
        [0, 0],
      ]).pointBiserial,
    ).toBeCloseTo(1, 12));
});

describe('SPEC 6b reliability, from the fraction table', () => {
  test('SPEC 6b: one item has no reliability', () =>
    expect(reliabilityOf(tableOf([[1], [0], [1]]))).toEqual({ value: null, n: 3, kind: 'KR-20' }));
  // Item variances .25 + .25 = .5; totals 2, 0: variance 1. KR-20 = 2 · (1 − .5/1) = 1.
  test('SPEC 6b: two students with every item are enough for a reliability', () =>
    expect(
      reliabilityOf(
        tableOf([
          [1, 1],
          [0, 0],
        ]),
      ).value,
    ).toBe(1));
  // Totals 1 and 1: no spread in the total, so alpha is undefined (not -∞).
  test('SPEC 6b: no reliability when the totals have no spread', () =>
    expect(
      reliabilityOf(
        tableOf([
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toEqual({ value: null, n: 2, kind: 'KR-20' }));
});
