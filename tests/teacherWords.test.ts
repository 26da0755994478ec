/**
 * The words a new-teacher trial found unclear (tierWords.ts, itemWords.ts): name lists with
 * "Last, First" names, who "the listed students" are, percentage points, warnings that say what
 * to do, the small-sample hint said once.
 */
import { itemSection } from '../src/core/itemText';
import { itemView } from '../src/core/itemView';
import { CELL_TEXT_LIMIT, namesInCells, renderClassCheck } from '../src/core/render';
import { renderItems } from '../src/core/renderItems';
import { makeSettings } from '../src/core/settings';
import {
  highlightRuleWords,
  isAre,
  nameList,
  nameListUpTo,
  pairList,
  pointsChange,
  skillGroupLine,
  stationLines,
  strugglingChange,
  whoWords,
} from '../src/core/tierWords';
import type { Grid } from '../src/core/types';
import { strugglingPerRow } from '../src/core/whoToHelp';
import { analyseGrid } from './helpers/engine';

describe('name lists stay readable with "Last, First" names (classroom export)', () => {
  test('first-name-first names are joined with ", "', () =>
    expect(nameList(['Ana Alvarez', 'Ben Brooks'])).toBe('Ana Alvarez, Ben Brooks'));
  test('when any name holds a comma, names are joined with "; "', () =>
    expect(nameList(['Alvarez, Ana', 'Brooks, Ben', 'Gus'])).toBe('Alvarez, Ana; Brooks, Ben; Gus'));
  test('peer-coaching pairs: "; " between pairs, or " · " when names hold commas', () => {
    expect(
      pairList([
        { learner: 'Ana', coach: 'Ben' },
        { learner: 'Cy', coach: 'Di' },
      ]),
    ).toBe('Ana with Ben; Cy with Di');
    expect(
      pairList([
        { learner: 'Xu, Xin', coach: 'Evans, Elif' },
        { learner: 'Wong, Wes', coach: 'Kim, Kai' },
      ]),
    ).toBe('Xu, Xin with Evans, Elif · Wong, Wes with Kim, Kai');
  });
  test('station lines (report, sidebar) use them', () => {
    const steps = [
      { step: '1', skills: 'One-step equations' },
      { step: '2', skills: 'Two-step equations' },
    ];
    const station = {
      wholeClass: null,
      teacherTable: [{ step: 1, students: ['Alvarez, Ana', 'Brooks, Ben'] }],
      peerCoaching: [
        { learner: 'Xu, Xin', coach: 'Evans, Elif' },
        { learner: 'Wong, Wes', coach: 'Kim, Kai' },
      ],
      ready: ['Lee, Lu', 'Fox, Fay'],
      laterWholeClass: [],
      noDataSteps: [],
    };
    expect(stationLines(station, steps, () => '').map((l) => l.text)).toEqual([
      'Teacher table, step 1 · One-step equations: Alvarez, Ana; Brooks, Ben',
      'Peer coaching, step 2 · Two-step equations: Xu, Xin with Evans, Elif · Wong, Wes with Kim, Kai',
      'Ready: Lee, Lu; Fox, Fay',
    ]);
  });
  test('skill groups too', () =>
    expect(
      skillGroupLine({ section: 'A', skill: 'Ratios', tier: 'student', students: ['Lee, Ann', 'Kim, Bo'] }),
    ).toBe('A · Ratios (Student): Lee, Ann; Kim, Bo'));
  test('Groups tab cells split at the limit with the same separator: "Lee, Ann; Kim, Bo" is 17', () =>
    expect(namesInCells(['Lee, Ann', 'Kim, Bo', 'Fox, Cy'], 17)).toEqual(['Lee, Ann; Kim, Bo', 'Fox, Cy']));
});

describe('who "the listed students" are (SPEC 4)', () => {
  /*
   * 21 students, "Last, First": P1 11 (Alvarez, Ana misses Adding), P2 10 (Brooks, Ben misses it);
   * Ratios: everyone 0. Adding: (all) 2/21 = 9.5% student; P1 1/11 = 9.1% student; P2 1/10 = 10%
   * borderline (not under the 10% limit). Ratios 100% classroom everywhere.
   */
  const students = (section: string, first: string, n: number) =>
    Array.from({ length: n }, (_, k) => [
      k === 0 ? first : `Last${section}${k}, First`,
      section,
      k === 0 ? 0 : 1,
      0,
    ]);
  const grid: Grid = [
    ['Student', 'Period', 'Q1', 'Q2'],
    ['Points possible', '', 1, 1],
    ['Skill', '', 'Adding', 'Ratios'],
    ...students('P1', 'Alvarez, Ana', 11),
    ...students('P2', 'Brooks, Ben', 10),
  ];
  const analysis = analyseGrid(grid);

  test('struggling students per check row, per section row too', () =>
    expect(
      strugglingPerRow(analysis).map((names, k) => [analysis.classCheck[k].section, names.length]),
    ).toEqual([
      ['(all)', 2],
      ['(all)', 21],
      ['P1', 1],
      ['P1', 11],
      ['P2', 1],
      ['P2', 10],
    ]));

  test('Class Check tab, "Who": names on student and borderline rows, the class on classroom ones', () => {
    const tab = renderClassCheck(analysis, makeSettings());
    const header = tab.values[0];
    const who = header.indexOf('Who');
    expect(header[who - 1]).toBe('What to do');
    expect(tab.values.slice(1, 7).map((r) => [r[0], r[1], r[6], r[who]])).toEqual([
      ['(all)', 'Adding', 'Student', 'Alvarez, Ana; Brooks, Ben'],
      ['(all)', 'Ratios', 'Classroom', 'Everyone (whole class)'],
      ['P1', 'Adding', 'Student', 'Alvarez, Ana'],
      ['P1', 'Ratios', 'Classroom', 'Everyone (whole class)'],
      ['P2', 'Adding', 'Borderline', 'Brooks, Ben'],
      ['P2', 'Ratios', 'Classroom', 'Everyone (whole class)'],
    ]);
  });

  test('none and no-data rows name nobody', () => {
    expect(whoWords('none', [], 100)).toBe('');
    expect(whoWords('no-data', [], 100)).toBe('');
  });

  test('past the limit the list ends "… and N more": 4 names in 16 characters', () =>
    // The whole list is 17. "Ann" (3) + the longest tail " … and 4 more" (13) = 16 fits;
    // "Ann, Ben" (8) + 13 = 21 does not.
    expect(nameListUpTo(['Ann', 'Ben', 'Cy', 'Dee'], 16)).toBe('Ann … and 3 more'));
  test('the room kept for the tail counts its space: "Ann, Ben" and " … and 5 more" pass 20', () =>
    // The whole list is 22. "Ann" (3) + 13 = 16 fits; "Ann, Ben" (8) + 13 = 21 does not, so the
    // text is "Ann … and 4 more" (16). Keeping 11 for the tail would give "Ann, Ben … and 3 more" (21).
    expect(nameListUpTo(['Ann', 'Ben', 'Cy', 'Dee', 'Eve'], 20)).toBe('Ann … and 4 more'));
  test('a first name longer than the limit leaves the tail alone, without a leading space', () =>
    // "Annabelle" (9) + " … and 2 more" (13) = 22 > 8: no name fits.
    expect(nameListUpTo(['Annabelle', 'Ben'], 8)).toBe('… and 2 more'));
  test('a list that fits whole is never cut: "Ann, Ben, Cy, Dee" is 17', () =>
    expect(nameListUpTo(['Ann', 'Ben', 'Cy', 'Dee'], 17)).toBe('Ann, Ben, Cy, Dee'));

  test("a Class Check row stays one row under a cell's 50,000 characters", () => {
    /*
     * 400 students, 60 of them (1,000-character names) miss Q1: 15%, borderline. k names take
     * 1002k - 2 characters; with the 14-character tail " … and 60 more", k ≤ 49: 49 names, 11 more.
     */
    const long = (k: number) => `${'x'.repeat(996)}${String(k).padStart(4, '0')}`;
    const big: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skill', 'Adding'],
      ...Array.from({ length: 400 }, (_, k) => [k < 60 ? long(k) : `S${k}`, k < 60 ? 0 : 1]),
    ];
    const tab = renderClassCheck(analyseGrid(big), makeSettings());
    const cell = String(tab.values[1][tab.values[0].indexOf('Who')]);
    expect(tab.values[1][6]).toBe('Borderline');
    expect(cell.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cell.endsWith(`${long(48)} … and 11 more`)).toBe(true);
    expect(cell.length).toBe(49 * 1002 - 2 + ' … and 11 more'.length);
  });
});

describe('changes in percentage points', () => {
  test('14.3% → 3.6% struggling (4/28 → 1/28): down 10.7 percentage points', () =>
    expect(strugglingChange({ withData: 28, struggling: 4 }, { withData: 28, struggling: 1 })).toBe(
      'down 10.7 percentage points',
    ));
  test('up, one point, none', () => {
    expect(pointsChange(1)).toBe('up 100 percentage points');
    expect(pointsChange(-0.01)).toBe('down 1 percentage point');
    expect(pointsChange(0)).toBe('no change');
  });
  test('no data on either side: a dash', () =>
    expect(strugglingChange({ withData: 0, struggling: 0 }, { withData: 5, struggling: 1 })).toBe('–'));
  test('no data in the latest assessment: a dash too', () =>
    expect(strugglingChange({ withData: 5, struggling: 1 }, { withData: 0, struggling: 0 })).toBe('–'));
});

describe('status words without "(s)"', () => {
  test('highlight rules named in plain words', () => {
    expect(highlightRuleWords(12)).toBe('12 highlight rules (conditional formatting); your own are kept');
    expect(highlightRuleWords(1)).toBe('1 highlight rule (conditional formatting); your own are kept');
  });
  test('"1 tab is", "2 tabs are"', () => expect([isAre(1), isAre(2)]).toEqual(['is', 'are']));
});

describe('the small-sample hint, once per assessment (SPEC 6b)', () => {
  // 8 students, 3 items: every item is under 30, one note for all three, no pooling advice (pooled).
  const grid: Grid = [
    ['Student', 'Q1', 'Q2', 'Q3'],
    ['Points possible', 1, 1, 1],
    ['Skill', 'A', 'A', 'A'],
    ...Array.from({ length: 8 }, (_, k) => [`S${k}`, k % 2, k % 3 === 0 ? 0 : 1, k < 4 ? 1 : 0]),
  ];
  const analysis = analyseGrid(grid);
  const note = 'Only 8 students: read these figures as hints, not verdicts.';
  test('the Item Analysis tab says it in one cell', () =>
    expect(
      renderItems(analysis)
        .values.flat()
        .filter((v) => String(v).includes('hints, not verdicts')),
    ).toEqual([note]));
  test('the sidebar view holds it once, not in any item', () => {
    const view = itemView(analysis);
    expect(view.smallSample).toBe(note);
    expect(view.rows.flatMap((r) => r.says).some((s) => s.includes('hints'))).toBe(false);
  });
  test('the CLI report says it once', () =>
    expect(itemSection(analysis.itemReport).filter((l) => l.includes('hints, not verdicts'))).toEqual([
      `  ${note}`,
    ]));
});

describe('SPEC 4: who each class-check row is about', () => {
  test('SPEC 4: a blank section beside others is "(no section)"; a row nobody misses names nobody', () => {
    // Ana (P1) and Bo (no section) both miss skill A; nobody misses B.
    const analysis = {
      students: [
        { name: 'Ana', section: 'P1', gaps: ['A'] },
        { name: 'Bo', section: null, gaps: ['A'] },
      ],
      classCheck: [
        { section: 'P1', skill: 'A' },
        { section: '(no section)', skill: 'A' },
        { section: 'P1', skill: 'B' },
      ],
    } as unknown as Parameters<typeof strugglingPerRow>[0];
    expect(strugglingPerRow(analysis)).toEqual([['Ana'], ['Bo'], []]);
  });
});
