/**
 * The words a teacher reads, written once (SPEC 4, 5, 6): tier names and what to do, percents,
 * steps with their skill, station, group and progress lines. The CLI report, the tabs, the
 * sidebar and the custom functions all say them from here, so they cannot drift apart.
 */
import type { Station, SkillGroup, WholeClassStart } from './stations';
import { ALL, type Tier } from './types';

/** The one-word form, as INTERVENTION_TIER returns it. */
export const TIER_WORD: Record<Tier, string> = {
  'no-data': 'No data',
  none: 'None',
  classroom: 'Classroom',
  student: 'Student',
  borderline: 'Borderline',
};

export const TIER_ADVICE: Record<Tier, string> = {
  'no-data': 'Collect data first.',
  none: 'No intervention needed.',
  classroom: 'Widespread: reteach to the whole class; check curriculum alignment and instruction.',
  student: 'Isolated: targeted help for the listed students.',
  borderline: 'Between the limits: look at other data before choosing.',
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The class check's one flag (SPEC 4: data from under 70% of the roster), beside the tiers' advice. */
export const LOW_DATA_WORD = 'Low data';
export const LOW_DATA_ADVICE = 'Under 70% of the roster has a score. Collect data first.';
/** The flag in one cell (the Class Check tab's Flags column): "Low data: under 70% of …". */
export const LOW_DATA_NOTE = `${LOW_DATA_WORD}: ${lowerFirst(LOW_DATA_ADVICE)}`;

/** The ready group's name, and the entry step of a student who mastered every step. */
export const READY = 'Ready';
/** A skill over the upper limit, for every student of a section (SPEC 5, without steps). */
export const WHOLE_CLASS_RETEACH = 'Whole-class reteach';

export function percent(fraction: number | null, digits = 1): string {
  return fraction === null ? '–' : `${(fraction * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
}

/**
 * A change between two percentages, in percentage points (never "%", which reads as a share of
 * the first): "down 10.7 percentage points" for 14.3% → 3.6%, "up 100 percentage points", "no change".
 */
export function pointsChange(change: number): string {
  const size = Number(Math.abs(change * 100).toFixed(1));
  if (size === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${size} percentage point${size === 1 ? '' : 's'}`;
}

/** The verb after a count: "1 tab is", "2 tabs are". */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

/** Percent struggling, first → latest, in percentage points ('–' when either has no data). */
export function strugglingChange(
  first: { withData: number; struggling: number },
  latest: { withData: number; struggling: number },
): string {
  if (first.withData === 0 || latest.withData === 0) return '–';
  return pointsChange(latest.struggling / latest.withData - first.struggling / first.withData);
}

/** A count with its noun: "1 student", "3 students". */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/**
 * Names as a teacher reads them: "Ana Alvarez, Ben Brooks", or, when any name is written
 * "Last, First" (a Google Classroom export), "Alvarez, Ana; Brooks, Ben", so each name stays whole.
 */
export function nameSeparator(names: readonly string[]): string {
  return names.some((name) => name.includes(',')) ? '; ' : ', ';
}

export function nameList(names: readonly string[]): string {
  return names.join(nameSeparator(names));
}

/**
 * Names, as many as fit in `limit` characters (a cell's 50,000, a sidebar's few lines), then
 * "… and 12 more": a row that must stay one row never passes its limit.
 */
export function nameListUpTo(names: readonly string[], limit: number): string {
  const all = nameList(names);
  if (all.length <= limit) return all;
  const separator = nameSeparator(names);
  let text = '';
  for (let k = 0; k < names.length; k++) {
    const next = text === '' ? names[k] : `${text}${separator}${names[k]}`;
    const rest = names.length - k - 1;
    // Room for the longest "… and N more" that could follow.
    const tail = rest > 0 ? moreNames(names.length).length + 1 : 0;
    if (next.length + tail > limit) return `${text} ${moreNames(names.length - k)}`.trim();
    text = next;
  }
  return text;
}

function moreNames(n: number): string {
  return `… and ${n} more`;
}

/**
 * Peer-coaching pairs: "Ana with Ben; Cy with Di"; with "Last, First" names the pairs are set
 * apart by " · ": "Xu, Xin with Evans, Elif · Wong, Wes with Kim, Kai".
 */
export function pairList(pairs: readonly { learner: string; coach: string }[]): string {
  const names = pairs.flatMap((p) => [p.learner, p.coach]);
  const separator = nameSeparator(names) === ', ' ? '; ' : ' · ';
  return pairs.map((p) => `${p.learner} with ${p.coach}`).join(separator);
}

/** Whom a class-check row's "What to do" is about (SPEC 4): the class, its struggling students, nobody. */
export const WHOLE_CLASS_WHO = 'Everyone (whole class)';

export function whoWords(tier: Tier, struggling: readonly string[], limit: number): string {
  if (tier === 'classroom') return WHOLE_CLASS_WHO;
  if (tier === 'student' || tier === 'borderline') return nameListUpTo(struggling, limit);
  return '';
}

/** The steps in order, each with its skill(s) in words: `[{ step: '1', skills: 'One-step equations' }]`. */
export type StepSkills = readonly { step: string; skills: string }[];

/** A step measures the skills of its items, in the order they first appear. */
export function stepSkills(
  steps: readonly { name: string; items: readonly number[] }[],
  items: readonly { skills: readonly string[] }[],
): StepSkills {
  return steps.map((step) => {
    const skills = new Set<string>();
    for (const i of step.items) for (const skill of items[i].skills) skills.add(skill);
    return { step: String(step.name).trim(), skills: [...skills].join(', ') };
  });
}

/** A step by number and by skill (SPEC 5): "step 2 · Two-step equations". */
export function stepLabel(step: number | string, steps: StepSkills): string {
  const key = String(step).trim();
  const skills = steps.find((s) => s.step === key)?.skills;
  return skills ? `step ${step} · ${skills}` : `step ${step}`;
}

/** The last step: where peer coaching works (SPEC 5). */
export function lastStep(steps: StepSkills): string | null {
  return steps.length > 0 ? steps[steps.length - 1].step : null;
}

/** A student's entry step as the tabs show it: the step with its skill, `Ready` or `No data`. */
export function entryStepWords(entry: number | string | null, skills: StepSkills): string {
  if (entry === null) return '';
  if (entry === 'ready') return READY;
  if (entry === 'no-data') return TIER_WORD['no-data'];
  return stepLabel(entry, skills);
}

/** The whole-class start with its numbers (SPEC 5): "3 of 14 (21%) missed step 1, over the 20% limit". */
export function wholeClassSentence(
  { step, missed, withData, upper }: WholeClassStart,
  skills: StepSkills = [],
): string {
  return (
    `${missed} of ${withData} (${percent(missed / withData, 0)}) missed step ${step}, ` +
    `over the ${percent(upper, 0)} limit: start the whole class at ${stepLabel(step, skills)}.`
  );
}

/**
 * A later step that is classroom tier too (SPEC 5 starts the whole class at step 1 only), so the
 * stations agree with the class check's "Widespread": "Step 2 · Two-step equations: 4 of 14 (29%)
 * missed it, over the 20% limit: after today's stations, plan a whole-class reteach of it."
 */
export function laterReteachSentence(
  { step, missed, withData, upper }: WholeClassStart,
  skills: StepSkills = [],
): string {
  const label = stepLabel(step, skills);
  const share = percent(missed / withData, 0);
  return (
    `${label[0].toUpperCase()}${label.slice(1)}: ${missed} of ${withData} (${share}) missed it, ` +
    `over the ${percent(upper, 0)} limit: after today's stations, plan a whole-class reteach of it.`
  );
}

/** Steps a student was placed past without data on them (SPEC 5 skips them): "no data on step 2". */
export function noDataNote(steps: readonly (number | string)[]): string {
  return steps.length === 1 ? `no data on step ${steps[0]}` : `no data on steps ${steps.join(', ')}`;
}

/**
 * A Groups tab row's note for a student placed past steps without data: the note alone ("No data
 * on step 2"), or after what the cell already says ("Kai Kim; no data on step 2").
 */
export function rowNote(base: string, name: string, station: Pick<Station, 'noDataSteps'>): string {
  const skipped = station.noDataSteps.find((n) => n.student === name);
  if (!skipped) return base;
  const note = noDataNote(skipped.steps);
  return base === '' ? `${note[0].toUpperCase()}${note.slice(1)}` : `${base}; ${note}`;
}

/** A student's name with the steps skipped for lack of data, if any: "Dev Diaz (no data on step 2)". */
export function nameWithNote(name: string, station: Pick<Station, 'noDataSteps'>): string {
  const skipped = station.noDataSteps.find((n) => n.student === name);
  return skipped ? `${name} (${noDataNote(skipped.steps)})` : name;
}

/** A line of a section's stations; `slip` lines sit under their teacher table (SPEC 6b). */
export interface StationLine {
  text: string;
  slip?: boolean;
}

/** A section's stations in the order a teacher runs them, each line naming its step and skill. */
export function stationLines(
  station: Pick<
    Station,
    'wholeClass' | 'laterWholeClass' | 'noDataSteps' | 'teacherTable' | 'peerCoaching' | 'ready'
  >,
  skills: StepSkills,
  slipWords: (m: NonNullable<Station['teacherTable'][number]['misconceptions']>[number]) => string,
): StationLine[] {
  const lines: StationLine[] = [];
  const named = (name: string) => nameWithNote(name, station);
  if (station.wholeClass) lines.push({ text: wholeClassSentence(station.wholeClass, skills) });
  for (const later of station.laterWholeClass) lines.push({ text: laterReteachSentence(later, skills) });
  for (const group of station.teacherTable) {
    lines.push({
      text: `Teacher table, ${stepLabel(group.step, skills)}: ${nameList(group.students.map(named))}`,
    });
    for (const m of group.misconceptions ?? [])
      lines.push({ text: `Start here: ${slipWords(m)}`, slip: true });
  }
  if (station.peerCoaching.length > 0) {
    const last = lastStep(skills);
    const step = last === null ? '' : `, ${stepLabel(last, skills)}`;
    const pairs = station.peerCoaching.map((p) => ({ learner: named(p.learner), coach: named(p.coach) }));
    lines.push({ text: `Peer coaching${step}: ${pairList(pairs)}` });
  }
  lines.push({ text: `${READY}: ${nameList(station.ready.map(named)) || 'nobody yet'}` });
  return lines;
}

/** Whether a class has sections: without them every row is "(all)", which no heading or column need say. */
export function hasSections(a: {
  classCheck: readonly { section: string }[];
  stations: readonly { section: string }[];
  skillGroups: readonly { section: string }[];
}): boolean {
  const other = (r: { section: string }) => r.section !== ALL;
  return a.classCheck.some(other) || a.stations.some(other) || a.skillGroups.some(other);
}

/**
 * "P2 · " before a line of one section; nothing before a line of "(all)" where it stands for the whole
 * class because there are no sections (misconception groups are "(all)" only then, SPEC 6b).
 */
export const sectionPrefix = (section: string): string => (section === ALL ? '' : `${section} · `);

/**
 * A group without steps (SPEC 5): "A · Fractions (Student): Ana Alvarez, Ben Brooks"; without the
 * section where a class has none (every group is "(all)").
 */
export function skillGroupLine(g: SkillGroup, showSection = true): string {
  const who = g.tier === 'classroom' ? WHOLE_CLASS_RETEACH.toLowerCase() : nameList(g.students);
  return `${showSection ? `${g.section} · ` : ''}${g.skill} (${TIER_WORD[g.tier]}): ${who}`;
}

/** Did a group work (SPEC 6): "Period 2 · step 1 · One-step equations: 2 of 3 now master it". */
export function effectivenessLine(e: {
  section: string;
  step: number | string;
  skills: readonly string[];
  grouped: number;
  nowMastered: number;
  missing: number;
}): string {
  const missing = e.missing > 0 ? ` (${e.missing} without data)` : '';
  const step = stepLabel(e.step, [{ step: String(e.step).trim(), skills: e.skills.join(', ') }]);
  return `${e.section} · ${step}: ${e.nowMastered} of ${e.grouped} now master it${missing}`;
}

/** What each detected layout is called where the teacher reads it. */
const KIND_WORDS: Record<string, string> = {
  plain: 'a gradebook',
  classroom: 'a Google Classroom export',
  forms: 'Google Forms quiz responses',
};

/** How the gradebook was read: "Read as a gradebook: header on row 1, 28 students, 3 items." */
export function readAsSentence(kind: string, headerRow: number, students: number, items: number): string {
  return (
    `Read as ${KIND_WORDS[kind] ?? kind}: header on row ${headerRow + 1}, ` +
    `${plural(students, 'student')}, ${plural(items, 'item')}.`
  );
}

/** What Highlight gaps wrote: "12 highlight rules (conditional formatting); your own are kept". */
export function highlightRuleWords(n: number): string {
  return `${plural(n, 'highlight rule')} (conditional formatting); your own are kept`;
}

/** The warnings' count, shown at the top of the sidebar (SPEC 10): "4 warnings", "No warnings". */
export function warningCount(n: number): string {
  return n === 0 ? 'No warnings' : plural(n, 'warning');
}

/** The sidebar's Save (SPEC 10): done, or why not, the reason after the colon. */
export const SETTINGS_SAVED = 'Settings saved with this spreadsheet.';
export const NOT_SAVED = 'Not saved:';
/** An action pressed over unsaved setup edits that do not read: neither saved nor run. */
export const NOT_SAVED_NOT_RUN = 'Not saved, so nothing was run:';

/** An action pressed over unsaved setup edits: both done, in one line. */
export function savedAnd(message: string): string {
  return `Settings saved; ${message}`;
}

/** Above the class check while nothing is saved and each item is its own skill (SPEC 10). */
export const UNGROUPED_CHECK = 'Each item is its own skill until you group the items in the setup above.';
