/**
 * A OneRoster 1.1/1.2 CSV export on disk, a folder or a zip (read with fflate), as the tables
 * src/core/oneRoster.ts turns into one gradebook per class.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { OneRosterError, type OneRosterTables } from '../core/oneRoster';
import { InputError, parseCsv, readBytes } from './csv';
import { decodeText } from './textFile';

const REQUIRED = ['users.csv', 'classes.csv', 'lineItems.csv', 'results.csv'] as const;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export interface OneRosterFiles {
  tables: OneRosterTables;
  warnings: string[];
}

/** The files of a folder or a zip by their lower-case base name (a zip may hold them in a subfolder). */
function entries(path: string): Map<string, Uint8Array> | null {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return null; // readCsvFile says "no such file"
  }
  const files = new Map<string, Uint8Array>();
  if (isFolder) {
    for (const name of readdirSync(path)) {
      if (name.toLowerCase().endsWith('.csv')) files.set(name.toLowerCase(), readBytes(join(path, name)));
    }
    return files;
  }
  const bytes = readBytes(path);
  if (!ZIP.every((b, k) => bytes[k] === b)) return null;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.csv') });
  } catch (e) {
    throw new InputError(`${path} is a damaged zip archive (${(e as Error).message}).`);
  }
  for (const [name, data] of Object.entries(unzipped)) files.set(basename(name).toLowerCase(), data);
  return files;
}

/** The OneRoster tables at `path`, or null when it is neither a folder nor a zip holding lineItems.csv. */
export function readOneRoster(path: string): OneRosterFiles | null {
  const files = entries(path);
  if (!files || !files.has('lineitems.csv')) {
    if (files && statSync(path).isDirectory()) {
      throw new InputError(`${path} is a folder without lineItems.csv: not a OneRoster export.`);
    }
    return null;
  }
  const warnings: string[] = [];
  const table = (name: string) => {
    const data = files.get(name.toLowerCase());
    if (!data) return undefined;
    const decoded = decodeText(data, `${path}/${name}`);
    for (const w of decoded.warnings) warnings.push(w);
    return parseCsv(decoded.text, `${basename(path)}/${name}`).grid;
  };
  const missing = REQUIRED.filter((name) => !files.has(name.toLowerCase()));
  if (missing.length > 0) throw new InputError(`${path}: a OneRoster export needs ${missing.join(', ')}.`);
  const [users, classes, lineItems, results] = REQUIRED.map((name) => table(name)!);
  return { tables: { users, classes, lineItems, results, enrollments: table('enrollments.csv') }, warnings };
}

export { OneRosterError };
