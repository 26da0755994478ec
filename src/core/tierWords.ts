/** What a teacher is told for each tier (SPEC section 4), shared by tabs, sidebar, CLI and functions. */
import type { WholeClassStart } from './stations';
import type { Tier } from './types';

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

export function percent(fraction: number | null, digits = 1): string {
  return fraction === null ? '–' : `${(fraction * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
}

/** The whole-class start with its numbers (SPEC 5): "3 of 14 (21%) missed step 1, over the 20% limit". */
export function wholeClassSentence({ step, missed, withData, upper }: WholeClassStart): string {
  return (
    `${missed} of ${withData} (${percent(missed / withData, 0)}) missed step ${step}, ` +
    `over the ${percent(upper, 0)} limit: start the whole class at step ${step}.`
  );
}
