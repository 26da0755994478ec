/**
 * How one skill is known again in another gradebook or assessment (SPEC 6c, and Progress, SPEC 6):
 * by name with case and spacing ignored (`Two-Step  equations` = `two-step equations`). One
 * function, so the department check, Progress and one gradebook's own skills cannot drift apart.
 */
import { firstFew } from './exportLayouts';
import type { Skill } from './types';

export function skillKey(skill: Skill): string {
  return skill.toLowerCase().replace(/\s+/g, '');
}

/**
 * One spelling per skill within a gradebook: `Ratios` in one column's Skill cell and `ratios` in
 * another's are one skill, as the department check would match them, named as first written. Without
 * this the class check would halve the skill into two rows, each on part of its items. One warning
 * says which spellings were joined, so a teacher who meant two skills can rename one.
 */
export function oneSpellingPerSkill(items: { skills: Skill[] }[], warnings: string[]): void {
  const first = new Map<string, Skill>();
  /** Each first spelling with the other spellings read as it, in order of appearance. */
  const joined = new Map<Skill, Skill[]>();
  for (const item of items) {
    const named = item.skills.map((skill) => {
      const key = skillKey(skill);
      const name = first.get(key);
      if (name === undefined) {
        first.set(key, skill);
        return skill;
      }
      const others = joined.get(name) ?? [];
      if (name !== skill && !others.includes(skill)) joined.set(name, others.concat(skill));
      return name;
    });
    // `Ratios; ratios` in one cell is the skill once.
    item.skills = [...new Set(named)];
  }
  if (joined.size === 0) return;
  const pairs = [...joined].map(([name, others]) => `${others.map((o) => `"${o}"`).join(', ')} as "${name}"`);
  warnings.push(`Skills spelt more than one way are read as one: ${firstFew(pairs)}.`);
}
