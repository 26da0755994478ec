/**
 * How one skill is known again in another gradebook or assessment (SPEC 6c, and Progress, SPEC 6):
 * by name with case and spacing ignored (`Two-Step  equations` = `two-step equations`). One
 * function, so the department check and Progress cannot drift apart.
 */
import type { Skill } from './types';

export function skillKey(skill: Skill): string {
  return skill.toLowerCase().replace(/\s+/g, '');
}
