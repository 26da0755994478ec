/** Property tests: the engine survives any grid, counts stay ordered, row order changes no count. */
import fc from 'fast-check';
import { runs } from './helpers/runs';
import { analyse } from '../src/core/analyse';
import { readGradebook } from '../src/core/gradebook';
import { detectLayout, LayoutError } from '../src/core/layout';
import { normalizeLabel, rowLabel } from '../src/core/labels';
import { makeSettings } from '../src/core/settings';
import type { CellValue, Grid } from '../src/core/types';

const settings = makeSettings();

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    150,
    '',
    'absent',
    '80%',
    '4/5',
    '3 out of 4',
    '✓',
    'B+',
    '#N/A',
  ),
  fc.integer({ min: -5, max: 20 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.string({ minLength: 1000, maxLength: 3000 }),
  fc.constant(null),
  fc.constant(undefined),
);
const scoreCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom('', 'absent', '80%', '4/5', 'TRUE', 'B+', -1, '3 out of 4', 'ex'),
);

function run(grid: Grid) {
  const layout = detectLayout(grid);
  return analyse(readGradebook(grid, layout), settings);
}

/** A gradebook of random scores under a fixed header, points row and skill row. */
const gradebook = fc
  .record({
    width: fc.integer({ min: 1, max: 6 }),
    rows: fc.array(
      fc.tuple(fc.constantFrom('P1', 'P2', 'P3'), fc.array(scoreCell, { minLength: 6, maxLength: 6 })),
      { minLength: 1, maxLength: 40 },
    ),
    skills: fc.array(fc.constantFrom('A', 'B', 'C', 'A; B'), { minLength: 6, maxLength: 6 }),
    steps: fc.array(fc.constantFrom('1', '2', '3', ''), { minLength: 6, maxLength: 6 }),
  })
  .map(({ width, rows, skills, steps }): Grid => [
    ['Student', 'Period', ...Array.from({ length: width }, (_, i) => `Q${i + 1}`)],
    ['Points possible', '', ...Array(width).fill(10)],
    ['Skill', '', ...skills.slice(0, width)],
    ['Step', '', ...steps.slice(0, width)],
    ...rows.map(([period, cells], i) => [`Student ${i}`, period, ...cells.slice(0, width)]),
  ]);

describe('engine properties', () => {
  test('never throws on any grid of cell values (other than a clear LayoutError)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }),
        fc.boolean(),
        (grid, withHeader) => {
          const g: CellValue[][] = withHeader ? [['Student', 'Q1', 'Q2', 'Q3'], ...grid] : grid;
          try {
            run(g);
          } catch (e) {
            if (!(e instanceof LayoutError)) throw e;
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  test("class check counts equal a plain count of each student's own scores (points 10, cut 80%)", () => {
    // Each score cell as SPEC 3 reads it, in percent of the item's 10 points (null: no data):
    // a number n of 10 is 10n (11 and 12 are extra credit, full marks), 80% and 4/5 are 80,
    // 3 out of 4 is 75, TRUE is 100; blank, absent, ex, the invalid B+ and -1 are no data.
    const percentOf = (cell: CellValue): number | null => {
      if (typeof cell === 'number') return cell < 0 ? null : Math.min(cell, 10) * 10;
      return (
        ({ '80%': 80, '4/5': 80, '3 out of 4': 75, TRUE: 100 } as Record<string, number>)[String(cell)] ??
        null
      );
    };
    fc.assert(
      fc.property(gradebook, (grid) => {
        const [header, , skillRow] = grid;
        const students = grid.slice(4);
        const columns = header.slice(2).map((_, i) => 2 + i);
        const skillsOf = (c: number) =>
          String(skillRow[c])
            .split(';')
            .map((x) => x.trim());
        const skills = [...new Set(columns.flatMap(skillsOf))];
        const periods = [...new Set(students.map((row) => String(row[1])))];
        const scopes = [
          ['(all)', students] as const,
          ...(periods.length > 1
            ? periods.map((p) => [p, students.filter((row) => row[1] === p)] as const)
            : []),
        ];
        const expected: unknown[] = [];
        for (const [section, members] of scopes) {
          for (const skill of skills) {
            let withData = 0;
            let struggling = 0;
            for (const row of members) {
              let sum = 0;
              let answered = 0;
              for (const c of columns) {
                const percent = percentOf(row[c]);
                if (!skillsOf(c).includes(skill) || percent === null) continue;
                sum += percent;
                answered += 1;
              }
              if (answered === 0) continue;
              withData += 1;
              if (sum < 80 * answered) struggling += 1; // equal points: mean percent under 80
            }
            // First that holds: no data, nobody, over 1/5, under 1/10, else borderline (exact integers).
            const tier =
              withData === 0
                ? 'no-data'
                : struggling === 0
                  ? 'none'
                  : 5 * struggling > withData
                    ? 'classroom'
                    : 10 * struggling < withData
                      ? 'student'
                      : 'borderline';
            expected.push([
              section,
              skill,
              members.length,
              withData,
              struggling,
              withData ? struggling / withData : null,
              tier,
            ]);
          }
        }
        const actual = run(grid).classCheck.map((r) => [
          r.section,
          r.skill,
          r.roster,
          r.withData,
          r.struggling,
          r.percentStruggling,
          r.tier,
        ]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });

  test('shuffling the student rows changes no count', () => {
    fc.assert(
      fc.property(gradebook, fc.infiniteStream(fc.nat()), (grid, randoms) => {
        const head = grid.slice(0, 4);
        const body = [...grid.slice(4)];
        for (let i = body.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [body[i], body[j]] = [body[j], body[i]];
        }
        const counts = (g: Grid) => {
          const a = run(g);
          const sorted = (xs: string[]) => [...xs].sort();
          return {
            check: a.classCheck
              .map((r) => [r.section, r.skill, r.roster, r.withData, r.struggling, r.tier])
              .sort(),
            items: a.items.map((i) => [i.answered, i.mastered]),
            tables: a.stations
              .map((s) => [
                s.section,
                s.wholeClassStep,
                s.teacherTable.map((t) => [t.step, sorted(t.students)]),
                s.peerCoaching.length,
                sorted(s.ready),
              ])
              .sort(),
          };
        };
        expect(counts([...head, ...body])).toEqual(counts(grid));
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('label normalising', () => {
  // The fast path must agree with the full rule on any text, whitespace of every kind included.
  const full = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/\s*[:*]$/, '');
  test('normalizeLabel equals trim, lower case, single spaces, no trailing colon or star', () => {
    const pieces = fc.constantFrom(
      'Points',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2028',
      '\ufeff',
      ':',
      '*',
      'Skill',
      'x',
      '.',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
        (s) => {
          expect(normalizeLabel(s)).toBe(full(s));
        },
      ),
      { numRuns: runs(500) },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normalizeLabel(s)).toBe(full(s));
      }),
      { numRuns: runs(100) },
    );
  });

  test('rowLabel answers the same with or without its quick test on the first three letters', () => {
    // A leading space always takes the full rule, and trimming makes it change nothing else.
    const words = fc.constantFrom(
      'Points possible',
      'MAX',
      'out of',
      'Skill',
      'standards',
      'Step',
      'Mastery cut',
      'KEY',
      'due date',
      'Class average',
      'Mean',
      'Student 5',
      'Ma',
      'Key:',
      'Sk',
      '\u212aey',
      'İ',
      'ste p',
      'Poin',
    );
    const text = fc.oneof(
      fc
        .tuple(words, fc.constantFrom('', ':', '*', ' ', '  :', 'x'), fc.boolean())
        .map(([w, tail, upper]) => (upper ? w.toUpperCase() : w) + tail),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(rowLabel(s)).toBe(rowLabel(` ${s}`));
      }),
      { numRuns: runs(1000) },
    );
    expect(rowLabel('Points Possible:')).toBe('points');
    expect(rowLabel('Student 5')).toBeNull();
  });
});
