import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import type { Grid } from '../../src/core/types';

// JIT_EXAMPLES: set by stryker.config.mjs, whose sandbox copy of the project sits two folders deeper.
export const EXAMPLES =
  process.env.JIT_EXAMPLES ?? path.join(__dirname, '..', '..', '..', 'shared', 'examples');
export const examplePath = (name: string) => path.join(EXAMPLES, name);

export function exampleGrid(name: string): Grid {
  return parseCsv(readFileSync(examplePath(name), 'utf8'), name).grid;
}

/** A grid from CSV text written inline in a test. */
export function csv(text: string): Grid {
  return parseCsv(text.replace(/^\n/, '')).grid;
}
