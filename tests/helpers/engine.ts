import { type Analysis, toJson } from '../../src/core/analyse';
import { checkGrid, type CheckOptions } from '../../src/core/engine';
import { makeSettings } from '../../src/core/settings';
import type { Grid } from '../../src/core/types';

export function analyseGrid(grid: Grid, options: Partial<CheckOptions> = {}): Analysis {
  return checkGrid(grid, { settings: makeSettings(), ...options }).analysis;
}

export function jsonOf(grid: Grid, options: Partial<CheckOptions> = {}) {
  return toJson(analyseGrid(grid, options));
}

/** A plain gradebook: one item per column of `scores`, one skill, points 1. */
export function oneSkillGrid(scores: (string | number)[][], points = 1): Grid {
  const width = scores[0]?.length ?? 1;
  return [
    ['Student', ...Array.from({ length: width }, (_, i) => `Q${i + 1}`)],
    ['Points possible', ...Array(width).fill(points)],
    ['Skill', ...Array(width).fill('Skill A')],
    ...scores.map((row, i) => [`Student ${i + 1}`, ...row]),
  ];
}
