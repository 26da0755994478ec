/**
 * The setup table through the add-on (SPEC 10, SPEC 8): dist/gas/Code.js in a vm over the in-memory
 * spreadsheet, saving item edits from the sidebar and reading them back from the spreadsheet.
 */
import { exampleGrid } from './helpers/examples';
import { sheetValues, workbook } from './helpers/sheets';
import { THREE_SKILLS } from './helpers/setup';

const classroom = () => workbook({ 'Unit 3': sheetValues(exampleGrid('classroom-export.csv')) });

/** The edits as the sidebar sends them: skills and step as typed. */
const typed = THREE_SKILLS.map(({ item, skills, step }) => ({ item, skills: skills.join(', '), step }));

describe('SPEC 10: the setup in the sidebar state', () => {
  test('nothing saved: the setup says so, and lists the eight assignments, each its own skill', () => {
    const state = classroom().gs.sidebarState();
    expect(state.setup.saved).toBe(false);
    expect(state.setup.ungrouped).toBe(true);
    expect(state.setup.skillMapTab).toBe(false);
    // Classroom's points row (row 3): 10, 20, 20, 15, 20, 15, 20, 50, columns D to K.
    expect(
      state.setup.items.map((i: { letter: string; points: number }) => `${i.letter} ${i.points}`),
    ).toEqual(['D 10', 'E 20', 'F 20', 'G 15', 'H 20', 'I 15', 'J 20', 'K 50']);
    expect(state.setup.items[0]).toEqual({
      item: 'Unit 3 Pretest',
      column: 3,
      letter: 'D',
      skills: ['Unit 3 Pretest'],
      step: null,
      points: 10,
      cut: 0.8,
      included: true,
      skillMap: false,
    });
  });

  test('grouped into three skills and saved: three class-check rows, read back from the spreadsheet', () => {
    const { gs, ss } = classroom();
    const { message, state } = gs.saveSidebarSettings({ items: typed });
    expect(message).toBe('Settings saved with this spreadsheet.');
    // Hand-counted in tests/itemSetup.test.ts: 11 of 24, 14 of 22, 14 of 24.
    const rows = (s: typeof state) =>
      s.classCheck.map((r: { skill: string; struggling: number; withData: number }) =>
        [r.skill, r.struggling, r.withData].join(' '),
      );
    expect(rows(state)).toEqual([
      'One-step equations 11 24',
      'Two-step equations 14 22',
      'Distributive property 14 24',
    ]);
    expect(ss._metadata.map((m) => m._key)).toEqual(['jit-intervention.settings']);
    const again = gs.sidebarState(); // a new read: the edits come back from the metadata
    expect(again.setup.saved).toBe(true);
    expect(again.saved.items).toEqual(THREE_SKILLS);
    expect(rows(again)).toEqual(rows(state));
    expect(again.setup.items[3]).toMatchObject({
      item: 'Quiz 3A',
      skills: ['Two-step equations'],
      step: '2',
    });
  });

  test('a second save changes only the fields it sends; the first save’s other edits stay', () => {
    const { gs } = classroom();
    gs.saveSidebarSettings({ items: typed });
    const { state } = gs.saveSidebarSettings({ items: [{ item: 'Unit 3 Test', included: false }] });
    expect(state.saved.items.find((e: { item: string }) => e.item === 'Unit 3 Test')).toEqual({
      item: 'Unit 3 Test',
      skills: ['Distributive property'],
      step: '3',
      included: false,
    });
    expect(state.items).toBe(7);
    expect(state.setup.items.find((i: { item: string }) => i.item === 'Unit 3 Test')).toMatchObject({
      included: false,
      note: 'left out in the setup',
    });
  });

  test('an item the Skill Map tab names is read-only in the setup: the tab wins over a saved edit', () => {
    const { gs, ss } = classroom();
    ss._addSheet('Skill Map', [
      ['Item', 'Skill', 'Step'],
      ['Quiz 3A', 'From the map', '5'],
    ]);
    const { state } = gs.saveSidebarSettings({ items: typed });
    const quiz = state.setup.items.find((i: { item: string }) => i.item === 'Quiz 3A');
    expect(quiz).toMatchObject({ skillMap: true, skills: ['From the map'], step: '5' });
    expect(state.setup.skillMapTab).toBe(true);
    expect(state.classCheck.map((r: { skill: string }) => r.skill)).toContain('From the map');
  });

  test('a wrong value from the sidebar is refused in plain words and nothing is saved', () => {
    const { gs, ss } = classroom();
    expect(() => gs.saveSidebarSettings({ items: [{ item: 'Quiz 3A', points: 0 }] })).toThrow(
      'The settings for "Quiz 3A" could not be read: points above 0, a cut above 0% and at most 100%.',
    );
    expect(ss._metadata).toEqual([]);
  });

  test('edits changed outside the add-on: the bad entry is ignored with one warning', () => {
    const { gs, ss } = classroom();
    gs.saveSidebarSettings({ items: typed });
    const meta = ss._metadata[0];
    const value = JSON.parse(meta.getValue());
    value.items[0].points = 'ten';
    value.items[1].cut = 5;
    meta.setValue(JSON.stringify(value));
    const state = gs.sidebarState();
    expect(state.saved.items).toHaveLength(6);
    const lines = state.warnings.filter((w: string) => w.startsWith('The saved settings'));
    expect(lines).toHaveLength(1);
  });
});

describe('SPEC 12: saving the setup reads each region once and writes once, whatever the roster', () => {
  /** The Classroom export with its 24 students repeated to `n`. */
  function roster(n: number): unknown[][] {
    const grid = sheetValues(exampleGrid('classroom-export.csv'));
    const students = grid.slice(3);
    const rows = grid.slice(0, 3);
    for (let s = 0; s < n; s++) {
      const row = students[s % students.length].slice();
      row[2] = `student${s}@school.example.org`;
      rows.push(row);
    }
    return rows;
  }
  function saveCalls(n: number) {
    const { gs, services } = workbook({ 'Unit 3': roster(n) });
    services.counter.reset();
    gs.saveSidebarSettings({ items: typed });
    const by = services.counter.byMethod;
    return {
      document: services.counter.document,
      getValues: by.get('Range.getValues'),
      getDisplayValues: by.get('Range.getDisplayValues'),
      metadataWrites:
        (by.get('Spreadsheet.addDeveloperMetadata') ?? 0) + (by.get('DeveloperMetadata.setValue') ?? 0),
    };
  }
  test('30 and 3,000 students: the same calls, one getValues and one metadata write', () => {
    const small = saveCalls(30);
    expect(small).toMatchObject({ getValues: 1, getDisplayValues: 1, metadataWrites: 1 });
    expect(saveCalls(3000)).toEqual(small);
  });
});

describe('SPEC 10: an action pressed over the setup’s unsaved edits (one round trip)', () => {
  test('the edits are saved and the class check runs on them, inside one document lock', () => {
    const { gs, ss, services } = classroom();
    const { message, state } = gs.runSidebarAction('classCheck', { items: typed });
    expect(message).toBe('Settings saved; Class check written to "Class Check".');
    expect(services.lockEvents).toEqual(['lock', 'release']);
    expect(services.unlockedWrites).toEqual([]);
    // Hand-counted in tests/itemSetup.test.ts: three skills, 11 of 24, 14 of 22, 14 of 24.
    expect(state.classCheck.map((r: { skill: string; struggling: number }) => r.struggling)).toEqual([
      11, 14, 14,
    ]);
    expect(state.setup.saved).toBe(true);
    expect(gs.sidebarState().saved.items).toEqual(THREE_SKILLS); // saved, read back
    // The tab holds the three skills too (its second column, the skill, under the header row).
    const tab = ss.getSheetByName('Class Check')!.getDataRange().getValues();
    expect(tab.map((row: unknown[]) => row[1])).toEqual(
      expect.arrayContaining(['One-step equations', 'Two-step equations', 'Distributive property']),
    );
  });

  test('edits that do not read: refused in plain words, nothing saved and nothing written', () => {
    const { gs, ss } = classroom();
    expect(() => gs.runSidebarAction('classCheck', { lower: 0.1, upper: 0.05, items: typed })).toThrow(
      'Not saved, so nothing was run: Lower limit (10%) is above upper limit (5%).',
    );
    expect(ss._metadata).toEqual([]);
    expect(ss.getSheetByName('Class Check')).toBeNull();
  });

  test('a Save refused says "Not saved:" first', () => {
    const { gs } = classroom();
    expect(() => gs.saveSidebarSettings({ lower: 0.1, upper: 0.05 })).toThrow(
      /^Not saved: Lower limit \(10%\) is above upper limit \(5%\)\.$/,
    );
  });
});
