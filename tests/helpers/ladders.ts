/** Small step ladders for station tests (SPEC 5): one question a step, one section column. */
import { csv } from './examples';

/** Steps 1–3, one question each, out of 1: `Student,Period,Q1,Q2,Q3`. */
export const threeSteps = (rows: string) =>
  csv(`
Student,Period,Q1,Q2,Q3
Points possible,,1,1,1
Step,,1,2,3
${rows.trim()}
`);

/** Steps 1–4, one question each, out of 10: `Student,Period,Q1,Q2,Q3,Q4`. */
export const fourSteps = (rows: string) =>
  csv(`
Student,Period,Q1,Q2,Q3,Q4
Points possible,,10,10,10,10
Step,,1,2,3,4
${rows.trim()}
`);
