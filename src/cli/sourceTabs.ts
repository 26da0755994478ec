/**
 * What the preview puts in its spreadsheet from a file given on the command line: a CSV file as one
 * tab, a OneRoster export (folder or zip) as one tab per class; with the files' own warnings.
 */
import path from 'node:path';
import { oneRosterGradebooks, OneRosterError } from '../core/oneRoster';
import type { Grid } from '../core/types';
import { InputError, readCsvFile } from './csv';
import { readOneRoster } from './oneRosterFiles';

export interface SourceTab {
  name: string;
  grid: Grid;
  warnings: string[];
}

export function sourceTabs(file: string): SourceTab[] {
  const roster = readOneRoster(file);
  if (!roster) {
    const csv = readCsvFile(file);
    return [
      { name: path.basename(file).replace(/\.(csv|txt|tsv)$/i, ''), grid: csv.grid, warnings: csv.warnings },
    ];
  }
  try {
    return oneRosterGradebooks(roster.tables).map(({ title, grid }) => ({
      name: title,
      grid,
      warnings: roster.warnings,
    }));
  } catch (e) {
    if (e instanceof OneRosterError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}
