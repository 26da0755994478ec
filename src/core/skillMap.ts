/**
 * The optional Skill Map (`Item | Skill | Step | Points | Mastery cut`): per-item settings that
 * override the gradebook's labelled rows for the items it names.
 */
import { cellText, parseFractionSetting, parseNumber } from './cells';
import { normalizeLabel } from './labels';
import type { CellValue, Grid, Skill, Step } from './types';

export interface SkillMapEntry {
  item: string;
  skills?: Skill[];
  step?: Step;
  points?: number;
  cut?: number;
}

export interface SkillMap {
  entries: SkillMapEntry[];
  warnings: string[];
}

// A Map, not an object: a column headed `constructor` must find nothing.
const COLUMN_NAMES = new Map<string, keyof SkillMapEntry>(
  Object.entries({
    item: 'item',
    question: 'item',
    assignment: 'item',
    column: 'item',
    skill: 'skills',
    skills: 'skills',
    standard: 'skills',
    standards: 'skills',
    step: 'step',
    points: 'points',
    'points possible': 'points',
    'mastery cut': 'cut',
    cut: 'cut',
  }),
);

export function splitSkills(value: CellValue): Skill[] {
  return cellText(value)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A step label in one spelling: `1`, `1.0` and ` 1 ` are the same step. */
export function stepLabel(value: CellValue): Step | null {
  const text = cellText(value).trim();
  if (text === '') return null;
  const n = parseNumber(text);
  return n === null ? text : String(n);
}

export function parseSkillMap(grid: Grid): SkillMap {
  const warnings: string[] = [];
  const headerRow = grid.findIndex((row) => row.some((c) => COLUMN_NAMES.get(normalizeLabel(c)) === 'item'));
  if (headerRow < 0) return { entries: [], warnings: ['Skill Map has no Item column: ignored.'] };
  const fields = grid[headerRow].map((c) => COLUMN_NAMES.get(normalizeLabel(c)));
  const entries: SkillMapEntry[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const entry: SkillMapEntry = { item: '' };
    grid[r].forEach((value, c) => {
      const text = cellText(value).trim();
      if (text === '') return;
      switch (fields[c]) {
        case 'item':
          entry.item = text;
          break;
        case 'skills':
          entry.skills = splitSkills(text);
          break;
        case 'step':
          entry.step = stepLabel(text) ?? undefined;
          break;
        case 'points': {
          const points = typeof value === 'number' ? value : parseNumber(text);
          if (points !== null && points > 0) entry.points = points;
          else warnings.push(`Skill Map row ${r + 1}: points "${text}" is not a positive number: ignored.`);
          break;
        }
        case 'cut': {
          const cut = parseFractionSetting(value);
          if (cut !== null && cut > 0 && cut <= 1) entry.cut = cut;
          else
            warnings.push(
              `Skill Map row ${r + 1}: mastery cut "${text}" is not between 0% and 100%: ignored.`,
            );
          break;
        }
        default:
      }
    });
    if (entry.item !== '') entries.push(entry);
  }
  return { entries, warnings };
}
