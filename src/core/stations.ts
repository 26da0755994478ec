/**
 * Just-in-time stations (SPEC section 5): each student's entry step, the whole-class start,
 * the teacher table, peer coaching and the ready group, per section. Without steps: one small
 * group per skill.
 */
import { bySection, tally, tierOf } from './classCheck';
import type { Pool } from './mastery';
import type { Label } from './misconceptions';
import { MASTERED, NO_DATA, type ScoreTable, type StatusTable, STRUGGLING } from './studentTables';
import { nameList, plural } from './tierWords';
import type { Band, EntryStep, Section, Skill, Step, Student, Tier } from './types';

export interface PeerPair {
  learner: string;
  coach: string;
}

export interface TeacherTableGroup {
  step: number | string;
  students: string[];
  /** The slips its students showed on this step's items (SPEC 6b), when any: answers.ts. */
  misconceptions?: { pattern: Label; students: string[] }[];
}

/** Why a section starts the whole class at step 1 (SPEC 5): how many missed it, of how many, the limit. */
export interface WholeClassStart {
  step: number | string;
  missed: number;
  withData: number;
  upper: number;
}

export interface Station {
  section: Section;
  wholeClassStep: number | string | null;
  /** The numbers behind `wholeClassStep`, for the sentence a teacher reads (not in the JSON). */
  wholeClass: WholeClassStart | null;
  /**
   * Steps after the first that are classroom tier in the section too (not in the JSON): the
   * stations still start the whole class at step 1 only (SPEC 5), so a teacher is told to plan
   * a whole-class reteach of these after the stations (the class check says "Widespread").
   */
  laterWholeClass: WholeClassStart[];
  /**
   * Students placed past steps they have no data on (SPEC 5 skips those steps), by name, with
   * the steps skipped (not in the JSON): the teacher reads it beside the student's group.
   */
  noDataSteps: { student: string; steps: (number | string)[] }[];
  teacherTable: TeacherTableGroup[];
  peerCoaching: PeerPair[];
  ready: string[];
}

export interface SkillGroup {
  section: Section;
  skill: Skill;
  tier: Tier;
  students: string[];
}

/** A step as the JSON shows it: its number when it is one. */
export function stepValue(step: Step): number | string {
  const n = Number(step);
  return step.trim() !== '' && Number.isFinite(n) ? n : step;
}

/** The first step not mastered, skipping steps without data. */
export function entryStepOf(mastery: StatusTable, student: number, pools: Pool[]): EntryStep {
  let anyData = false;
  for (let p = 0; p < pools.length; p++) {
    const status = mastery.status(student, p);
    if (status === STRUGGLING) return pools[p].name;
    if (status === MASTERED) anyData = true;
  }
  return anyData ? 'ready' : 'no-data';
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Ranked {
  s: number;
  name: string;
  key: number[];
}

function rank(list: Ranked[]): Ranked[] {
  return list.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
    return byName(a, b) || a.s - b.s;
  });
}

/** Weakest learner with strongest coach, round robin: no coach takes more than ⌈learners ÷ coaches⌉. */
export function pairLearners(learners: Ranked[], coaches: Ranked[]): PeerPair[] {
  const ordered = rank(coaches);
  return rank(learners).map((learner, i) => ({
    learner: learner.name,
    coach: ordered[i % ordered.length].name,
  }));
}

export interface StationInput {
  students: Student[];
  sections: Section[];
  pools: Pool[];
  scores: ScoreTable;
  mastery: StatusTable;
  band: Band;
}

/** A student's mean score over the steps with data (0 without any). */
function mean(scores: ScoreTable, s: number): number {
  let sum = 0;
  let n = 0;
  for (let p = 0; p < scores.width; p++) {
    const v = scores.score(s, p);
    if (v === v) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}

export function computeStations(input: StationInput, entries: EntryStep[], warnings: string[]): Station[] {
  const { students, sections, pools, scores, mastery, band } = input;
  if (pools.length === 0) return [];
  const P = pools.length;
  const last = pools[P - 1].name;
  return bySection(sections).map(({ section, members }) => {
    const name = (s: number) => students[s].name;
    const { withData, struggling } = tally(mastery, members, 0);
    const wholeClassStep =
      tierOf(struggling, withData, band) === 'classroom' ? stepValue(pools[0].name) : null;
    const wholeClass =
      wholeClassStep === null
        ? null
        : { step: wholeClassStep, missed: struggling, withData, upper: band.upper };

    const laterWholeClass: WholeClassStart[] = [];
    for (let p = 1; p < P; p++) {
      const t = tally(mastery, members, p);
      if (tierOf(t.struggling, t.withData, band) === 'classroom')
        laterWholeClass.push({
          step: stepValue(pools[p].name),
          missed: t.struggling,
          withData: t.withData,
          upper: band.upper,
        });
    }
    const noDataSteps: Station['noDataSteps'] = [];
    for (let k = 0; k < members.length; k++) {
      const s = members[k];
      if (entries[s] === 'no-data') continue;
      const skipped: (number | string)[] = [];
      // The steps before the entry step (all of them for a ready student) without data.
      for (let p = 0; p < P && pools[p].name !== entries[s]; p++)
        if (mastery.status(s, p) === NO_DATA) skipped.push(stepValue(pools[p].name));
      if (skipped.length > 0) noDataSteps.push({ student: name(s), steps: skipped });
    }

    const learners: Ranked[] = [];
    const coaches: Ranked[] = [];
    const noData: string[] = [];
    for (let k = 0; k < members.length; k++) {
      const s = members[k];
      const entry = entries[s];
      const overall = mean(scores, s);
      if (entry === last) learners.push({ s, name: name(s), key: [scores.score(s, P - 1), overall] });
      else if (entry === 'ready') {
        const hasLast = mastery.status(s, P - 1) === MASTERED ? 0 : 1;
        coaches.push({ s, name: name(s), key: [hasLast, -overall] });
      } else if (entry === 'no-data') noData.push(name(s));
    }
    const peerCoaching = coaches.length > 0 ? pairLearners(learners, coaches) : [];
    // Below the last step, in roster order; at it, the learners without a coach.
    const atStep = new Map<EntryStep, string[]>(pools.map((pool) => [pool.name, []]));
    for (let k = 0; k < members.length; k++) {
      const s = members[k];
      if (entries[s] !== last) atStep.get(entries[s])?.push(name(s));
    }
    if (coaches.length === 0) for (const l of rank(learners)) atStep.get(last)!.push(l.name);
    const teacherTable: TeacherTableGroup[] = [];
    for (const pool of pools) {
      const names = atStep.get(pool.name)!;
      if (names.length > 0) teacherTable.push({ step: stepValue(pool.name), students: names });
    }
    if (learners.length > 0 && coaches.length === 0) {
      warnings.push(
        `${section}: no student is ready to coach, ` +
          `so ${plural(learners.length, 'learner')} at step ${last} ` +
          `${learners.length === 1 ? 'joins' : 'join'} the teacher table.`,
      );
    }
    if (noData.length > 0) warnings.push(`${section}: no data on the check for ${nameList(noData)}.`);
    const coachNames = new Set(peerCoaching.map((p) => p.coach));
    const ready = [
      ...rank(coaches)
        .filter((c) => coachNames.has(c.name))
        .map((c) => c.name),
      ...members.filter((s) => entries[s] === 'ready' && !coachNames.has(name(s))).map(name),
    ];
    return {
      section,
      wholeClassStep,
      wholeClass,
      laterWholeClass,
      noDataSteps,
      teacherTable,
      peerCoaching,
      ready,
    };
  });
}

/** Without steps: per section, one group per skill that needs help, with its struggling students. */
export function skillGroups(
  students: Student[],
  sections: Section[],
  pools: Pool[],
  mastery: StatusTable,
  band: Band,
): SkillGroup[] {
  const groups: SkillGroup[] = [];
  for (const { section, members } of bySection(sections)) {
    pools.forEach((pool, p) => {
      const { withData, struggling } = tally(mastery, members, p);
      const tier = tierOf(struggling, withData, band);
      if (tier === 'classroom' || tier === 'student' || tier === 'borderline') {
        const names: string[] = [];
        for (let k = 0; k < members.length; k++)
          if (mastery.status(members[k], p) === STRUGGLING) names.push(students[members[k]].name);
        groups.push({ section, skill: pool.name, tier, students: names });
      }
    });
  }
  return groups;
}
