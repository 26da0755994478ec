import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import type { Grid } from '../../src/core/types';

export const EXAMPLES = path.join(__dirname, '..', '..', '..', 'shared', 'examples');
export const examplePath = (name: string) => path.join(EXAMPLES, name);

export function exampleGrid(name: string): Grid {
  return parseCsv(readFileSync(examplePath(name), 'utf8'), name).grid;
}

/** A grid from CSV text written inline in a test. */
export function csv(text: string): Grid {
  return parseCsv(text.replace(/^\n/, '')).grid;
}
