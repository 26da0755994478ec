/**
 * SPEC 12: one write per output, and the calls do not grow with the roster. A tab's number
 * formats are one RangeList per format, a few ranges per column however many students lack data.
 */
import { workbook } from './helpers/sheets';

type Spied = { getName(): string; getRangeList(a1: string[]): unknown };

/** Every getRangeList's A1 list on a rerun of Write group tabs, by tab. */
function formatRanges(tabs: Record<string, unknown[][]>): string[] {
  const { services, gs } = workbook(tabs);
  gs.menuWriteGroupTabs();
  const seen: string[] = [];
  for (const sheet of (services.ss as unknown as { getSheets(): Spied[] }).getSheets()) {
    const real = sheet.getRangeList.bind(sheet);
    sheet.getRangeList = (a1) => {
      seen.push(`${sheet.getName()}: ${a1.join(' ')}`);
      return real(a1);
    };
  }
  gs.menuWriteGroupTabs();
  return seen;
}

test('Student Gaps: a student without data in a skill does not split its percent column', () => {
  // Bo has no score in Adding: his cell says so in words, between Ann's and Cy's percents.
  const ranges = formatRanges({
    Gradebook: [
      ['Student', 'Q1', 'Q2'],
      ['Skill', 'Adding', 'Subtracting'],
      ['Ann', 1, 1],
      ['Bo', '', 1],
      ['Cy', 0, 0],
    ],
  });
  expect(ranges).toHaveLength(1);
  // Rows 2 to 4 (Ann, Bo, Cy) in each skill's column, one range each: not C2, C4 apart.
  expect(ranges[0]).toMatch(/^Student Gaps: ([A-Z]+)2:\1(4) ([A-Z]+)2:\3(4)$/);
});

test('Write group tabs, rerun: the same calls of every kind at 30 and at 600 students', () => {
  const book = (n: number) => {
    const rows: unknown[][] = [
      ['Student', 'Q1', 'Q2', 'Q3'],
      ['Skill', 'Adding', 'Adding', 'Subtracting'],
      ['Step', 1, 1, 2],
    ];
    // Every third student has no data in Adding: the gaps that used to split the format runs.
    for (let i = 0; i < n; i++) rows.push([`S${i}`, i % 3 ? i % 2 : '', i % 3 ? 1 : '', i % 5 ? 1 : 0]);
    return rows;
  };
  const calls = (n: number) => {
    const { services, gs } = workbook({ Gradebook: book(n) });
    gs.menuWriteGroupTabs();
    services.counter.reset();
    gs.menuWriteGroupTabs();
    return Object.fromEntries(services.counter.byMethod);
  };
  expect(calls(600)).toEqual(calls(30));
});
