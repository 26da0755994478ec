/**
 * The setup table's item edits (SPEC 10, SPEC 8): how they are read back from storage, and where an
 * item's settings come from: Skill Map tab > saved setup edits > labelled rows > defaults.
 */
import { applyEdit, layoutWithEdits, mergeItemEdits, readItemEdit } from '../src/core/itemSetup';
import type { MetadataLike } from '../src/sheets/services';
import { loadSaved } from '../src/sheets/settingsStore';
import { analyseGrid } from './helpers/engine';
import { checkGrid } from '../src/core/engine';
import { makeSettings } from '../src/core/settings';
import { csv, exampleGrid } from './helpers/examples';
import { THREE_SKILLS } from './helpers/setup';

const stored = (value: unknown): MetadataLike[] => [
  {
    getKey: () => 'jit-intervention.settings',
    getValue: () => JSON.stringify(value),
    setValue: () => {
      throw new Error('not in this test');
    },
    getLocation: () => ({ getSheet: () => null }),
  },
];

describe('saved item edits (SPEC 8): what is read back from the spreadsheet', () => {
  test('well-formed edits are read back as they were saved, with no warning', () => {
    const items = [
      { item: 'Q1', skills: ['Fractions', 'Ratios'], step: '1', points: 5, cut: 0.7, included: true },
      { item: 'Q2', step: null, included: false },
    ];
    expect(loadSaved(stored({ upper: 0.3, items }))).toEqual({ saved: { upper: 0.3, items } });
  });

  test('a tampered entry is dropped alone, the others kept, with one warning for all', () => {
    const { saved, warning } = loadSaved(
      stored({
        items: [
          { item: 'Q1', skills: ['Fractions'] },
          { item: 'Q2', points: -3 }, // points must be above 0
          { item: 'Q3', cut: 80 }, // a percent where a fraction belongs
          { item: 'Q4', included: 'yes' },
          { item: 'Q5', skills: 'Ratios', colour: 'red' }, // a field the setup has not
          { skills: ['No item named'] },
          'Q6',
        ],
      }),
    );
    expect(saved).toEqual({ items: [{ item: 'Q1', skills: ['Fractions'] }] });
    expect(warning).toMatch(/^The saved settings of this spreadsheet could not all be read/);
  });

  test('items that are not a list are dropped with the one warning; the other settings stay', () => {
    const { saved, warning } = loadSaved(stored({ lower: 0.05, items: { Q1: { step: '1' } } }));
    expect(saved).toEqual({ lower: 0.05 });
    expect(warning).toBeDefined();
  });

  test('an edit as typed is read in the Skill and Step rows’ spelling', () => {
    // `A; B ,` splits on `;` and `,` and trims (SPEC 3's Skill row); `2.0` is step 2 (stepLabel).
    expect(readItemEdit({ item: 'Q1', skills: 'A; B ,', step: '2.0', points: 4, cut: 0.75 })).toEqual({
      item: 'Q1',
      skills: ['A', 'B'],
      step: '2',
      points: 4,
      cut: 0.75,
    });
    expect(readItemEdit({ item: 'Q1', cut: 0 })).toBeNull(); // a cut must be above 0
    expect(readItemEdit({ item: 'Q1', cut: 1 })).toEqual({ item: 'Q1', cut: 1 }); // 100% is a cut
    expect(readItemEdit({ item: ' ' })).toBeNull();
  });
});

describe('merging the sidebar’s edits over the saved ones (server, inside the lock)', () => {
  test('field by field per item, case-insensitive names; an edit holding nothing is dropped', () => {
    const before = [
      { item: 'Q1', skills: ['A'], step: '1' },
      { item: 'Q2', points: 5 },
    ];
    const after = mergeItemEdits(before, [
      { item: 'q1', step: '2' }, // Q1's skills stay, its step changes
      { item: 'Q2', points: undefined }, // Q2 back to its labelled rows: nothing left to store
      { item: 'Q3', included: false },
    ]);
    expect(after).toEqual([
      { item: 'q1', skills: ['A'], step: '2' },
      { item: 'Q3', included: false },
    ]);
  });
});

/** Q1 and Q2 with every labelled row; Ana 1/2 on Q1 (50%) and 4/4 on Q2. */
const labelled = csv(`
Student,Q1,Q2,Total
Points possible,2,4,
Skill,Rows,Rows,
Step,1,2,
Mastery cut,80%,80%,
Ana,1,4,5
Ben,2,4,6
`);

describe('SPEC 10: Skill Map tab > saved setup edits > labelled rows > defaults', () => {
  const items = (options: Parameters<typeof analyseGrid>[1]) =>
    checkGrid(labelled, { settings: makeSettings(), ...options }).book.items.map(
      ({ header, skills, step, points, cut }) => ({ header, skills, step, points, cut }),
    );

  test('an edit wins over the labelled rows for the fields it holds only', () => {
    expect(items({ itemEdits: [{ item: 'Q1', skills: ['Edited'], cut: 0.5 }] })[0]).toEqual({
      header: 'Q1',
      skills: ['Edited'],
      step: '1', // Step row
      points: 2, // Points possible row
      cut: 0.5,
    });
  });

  test('the Skill Map wins for the whole item it names: the setup edit of it is not used at all', () => {
    const got = items({
      skillMap: [{ item: 'Q1', skills: ['Mapped'] }],
      itemEdits: [
        { item: 'Q1', skills: ['Edited'], step: '9', points: 10 },
        { item: 'Q2', skills: ['Edited'] },
      ],
    });
    // Q1: skills from the map, the rest from the labelled rows (not the edit's step 9, points 10).
    expect(got[0]).toEqual({ header: 'Q1', skills: ['Mapped'], step: '1', points: 2, cut: 0.8 });
    expect(got[1].skills).toEqual(['Edited']);
  });

  test('an empty skill list makes the item its own skill; a null step takes it off the ladder', () => {
    const got = items({ itemEdits: [{ item: 'Q2', skills: [], step: null }] });
    expect(got[1]).toEqual({ header: 'Q2', skills: ['Q2'], step: null, points: 4, cut: 0.8 });
  });

  test('included: false leaves an item out; true includes back a column read as a total', () => {
    const book = checkGrid(labelled, {
      settings: makeSettings(),
      itemEdits: [
        { item: 'Q1', included: false },
        { item: 'total', included: true, points: 6, skills: ['Rows'] },
      ],
    }).book;
    expect(book.items.map((i) => i.header)).toEqual(['Q2', 'Total']);
    expect(book.excluded.map((i) => i.header)).toEqual(['Q1']);
    // Rows pools Q2 and Total: Ana (4 + 5)/(4 + 6) = 90%, Ben 10/10: nobody struggles.
    const analysis = analyseGrid(labelled, {
      itemEdits: [
        { item: 'Q1', included: false },
        { item: 'Total', included: true, points: 6 },
      ],
    });
    expect(analysis.classCheck.find((r) => r.skill === 'Rows')).toMatchObject({ struggling: 0, withData: 2 });
  });

  test('without edits the labelled rows hold, and the default cut where there is no Mastery cut row', () => {
    expect(items({})).toEqual([
      { header: 'Q1', skills: ['Rows'], step: '1', points: 2, cut: 0.8 },
      { header: 'Q2', skills: ['Rows'], step: '2', points: 4, cut: 0.8 },
    ]);
    const bare = csv(`
Student,Q1
Ana,1
`);
    expect(checkGrid(bare, { settings: makeSettings({ masteryCut: 0.6 }) }).book.items[0]).toMatchObject({
      skills: ['Q1'],
      step: null,
      cut: 0.6,
    });
  });
});

describe('SPEC 10: the Classroom export grouped into three skills in the setup', () => {
  const analysis = analyseGrid(exampleGrid('classroom-export.csv'), { itemEdits: THREE_SKILLS });

  test('the class check has three rows, one per skill, with the hand-counted struggling students', () => {
    // Each student's earned ÷ possible over the skill's assignments they have scores for, below 80%:
    // One-step (Pretest /10, 3.1 /20, 3.2 /20): Ana 29/50, Ben 34/50, Gus 32/50, Hana 33/50,
    //   Ivan 23/30, Jada 28/50, Lena 24/50, Marco 22/30, Pia 31/50, Rosa 32/50, Tariq 15/20 = 11 of 24
    //   (Carla 40/50 is exactly 80%: mastered).
    // Two-step (Quiz 3A /15, 3.3 /20): Dev and Xin have neither (22 with data); Ana 12/20, Ben 25/35,
    //   Carla 26/35, Gus 16/35, Hana 24/35, Ivan 26/35, Jada 23/35, Lena 20/35, Marco 13/20,
    //   Pia 22/35, Rosa 20/35, Tariq 25/35, Uma 21/35, Vic 25/35 = 14 of 22 (Sam 16/20 is 80%).
    // Distributive (Quiz 3B /15, 3.4 /20, Test /50): Ana 53/85, Ben 42/65, Dev 64/85, Gus 48/85,
    //   Hana 19/35, Jada 55/85, Lena 21/35, Marco 27/35, Pia 41/70, Rosa 52/85, Uma 61/85,
    //   Vic 48/70, Wes 62/85, Xin 60/85 = 14 of 24.
    expect(
      analysis.classCheck.map(({ skill, withData, struggling, tier }) => [skill, withData, struggling, tier]),
    ).toEqual([
      ['One-step equations', 24, 11, 'classroom'],
      ['Two-step equations', 22, 14, 'classroom'],
      ['Distributive property', 24, 14, 'classroom'],
    ]);
  });

  test('step 1 is classroom tier: the whole class starts at step 1, with its numbers', () => {
    // 11 of 24 = 45.8% missed step 1 (the one-step assignments), over the 20% limit.
    expect(analysis.stations[0].wholeClass).toEqual({ step: 1, missed: 11, withData: 24, upper: 0.2 });
  });
});

describe('SPEC 8 and 10: item edits at their edges (the mutation run found these untested)', () => {
  test('SPEC 8: a saved edit that is null, or has a field of the wrong shape, is dropped whole', () => {
    expect(readItemEdit(null)).toBeNull();
    expect(readItemEdit({ item: 'Q1', skills: 5 })).toBeNull(); // skills: a text or a list of texts
    expect(readItemEdit({ item: 'Q1', skills: ['A', 3] })).toBeNull();
    expect(readItemEdit({ item: 'Q1', step: true })).toBeNull(); // a step: a text, a number or null
    expect(readItemEdit({ item: 'Q1', points: '3' })).toBeNull(); // points: a number above 0
    expect(readItemEdit({ item: 'Q1', points: 0 })).toBeNull();
    expect(readItemEdit({ item: 'Q1', points: Infinity })).toBeNull();
    expect(readItemEdit({ item: 'Q1', cut: 2 })).toBeNull(); // a cut: a number above 0, at most 1
    expect(readItemEdit({ item: 'Q1', cut: '0.5' })).toBeNull();
  });

  test('SPEC 8: a numeric step reads as the Step row reads it; a field left undefined is no field', () => {
    expect(readItemEdit({ item: 'Q1', step: 2 })).toEqual({ item: 'Q1', step: '2' });
    expect(readItemEdit({ item: 'Q1', points: undefined, cut: 0.5 })).toEqual({ item: 'Q1', cut: 0.5 });
  });

  test('SPEC 10: an edit of the points replaces the points row', () => {
    const item = { column: 1, header: 'Q1', skills: ['A'], step: null, points: 2, cut: 0.8 };
    applyEdit(item, { item: 'Q1', points: 5 });
    expect(item.points).toBe(5);
  });

  // Total and Average are read as totals, not items (roles "ignored").
  const totals = [
    ['Student', 'Q1', 'Total', 'Average'],
    ['Ana', 1, 1, 1],
  ];

  test('SPEC 10: only the column ticked included comes back; an edit without the tick leaves it out', () => {
    expect(layoutWithEdits(totals, {}, [{ item: 'Total', included: true }]).columns).toEqual([
      'name',
      'item',
      'item',
      'ignored',
    ]);
    expect(layoutWithEdits(totals, {}, [{ item: 'Total', points: 3 }]).columns[2]).toBe('ignored');
  });

  test('SPEC 10: the Skill Map naming a column wins over the setup ticking it included', () => {
    const layout = layoutWithEdits(totals, {}, [{ item: 'Total', included: true }], new Set(['total']));
    expect(layout.columns[2]).toBe('ignored');
  });

  test("SPEC 10: a teacher's correction by column still holds when a column is included back", () => {
    // The teacher set Q1 (column B) to not an item; Total is ticked included.
    const layout = layoutWithEdits(totals, { columns: { 1: 'ignored' } }, [
      { item: 'Total', included: true },
    ]);
    expect(layout.columns).toEqual(['name', 'ignored', 'item', 'ignored']);
  });
});
