/** The setup table's edits the tests share (SPEC 10). */

/** The Classroom export's eight assignments as three skills, each a step of the ladder. */
export const THREE_SKILLS = [
  ['Unit 3 Pretest', 'One-step equations', '1'],
  ['Lesson 3.1 Practice', 'One-step equations', '1'],
  ['Lesson 3.2 Practice', 'One-step equations', '1'],
  ['Quiz 3A', 'Two-step equations', '2'],
  ['Lesson 3.3 Practice', 'Two-step equations', '2'],
  ['Quiz 3B', 'Distributive property', '3'],
  ['Lesson 3.4 Practice', 'Distributive property', '3'],
  ['Unit 3 Test', 'Distributive property', '3'],
].map(([item, skill, step]) => ({ item, skills: [skill], step }));
