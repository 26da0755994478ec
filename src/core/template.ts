/**
 * The department template: a gradebook laid out the way the add-on reads best (labelled rows),
 * a Skill Map, and a short how-to. Plain grids; the Sheets adapter inserts them as new tabs.
 */
import type { Cell } from './render';

/** The template's how-to tab: words for the teacher, never a gradebook. */
export const TEMPLATE_HELP_TAB = 'How to (JIT)';

/** The template's example gradebook: an assessment only once the teacher has put students in it. */
export const TEMPLATE_GRADEBOOK_TAB = 'JIT Gradebook';

export interface TemplateTab {
  name: string;
  values: Cell[][];
  boldRows: number[];
}

export function templateTabs(): TemplateTab[] {
  const items = ['Q1: x + 5 = 14', 'Q2: 2x - 10 = -18', 'Q3: 5(x - 7) = 21'];
  return [
    {
      name: TEMPLATE_GRADEBOOK_TAB,
      values: [
        ['Student', 'Section', ...items],
        ['Points possible', '', 1, 1, 1],
        ['Skill', '', 'One-step equations', 'Two-step equations', 'Distributive property'],
        ['Step', '', 1, 2, 3],
        ['Mastery cut', '', '80%', '80%', '80%'],
      ],
      boldRows: [0],
    },
    {
      name: 'Skill Map',
      values: [
        ['Item', 'Skill', 'Step', 'Points', 'Mastery cut'],
        [items[0], 'One-step equations', 1, 1, '80%'],
        [items[1], 'Two-step equations', 2, 1, '80%'],
        [items[2], 'Distributive property', 3, 1, '80%'],
      ],
      boldRows: [0],
    },
    {
      name: TEMPLATE_HELP_TAB,
      values: [
        ['JIT Intervention: how to use this template'],
        ['1. Before the lesson, give a 3-question check that climbs the ladder of prerequisite steps.'],
        [`2. Enter one row per student in ${TEMPLATE_GRADEBOOK_TAB} (1 = correct, 0 = not; blank = absent).`],
        ['3. Name the skill and step of each question in the labelled rows or in the Skill Map tab.'],
        ['4. Extensions > JIT Intervention > Open sidebar: Class check, Highlight gaps, Write group tabs.'],
        ['5. Over 20% of the class struggling: reteach the whole class. Under 10%: help those students.'],
        ['6. A weekly 5-question quiz in another tab shows whether the groups worked (Progress).'],
        ['Copies of this spreadsheet keep the mastery cut, band and layout corrections.'],
      ],
      boldRows: [0],
    },
  ];
}
