/**
 * Reading an exported gradebook: decoded (textFile.ts: UTF-8, UTF-16, Windows-1252; binary refused),
 * BOM stripped, any mix of line endings, `,` `;` or tab separators sniffed from the first line,
 * ragged rows refused with the line that is off.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Grid } from '../core/types';
import { decodeText } from './textFile';

export class InputError extends Error {}

export interface CsvFile {
  grid: Grid;
  /** `;`-separated files come from locales that write `8,5` for 8.5. */
  decimalComma: boolean;
  /** About the file itself (its encoding), for the report's warnings. */
  warnings: string[];
}

/** The separator that splits the first line into the most fields outside quotes. */
export function sniffDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.keys(counts).reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

export function parseCsv(text: string, name = 'input'): CsvFile {
  // CRLF, LF and a lone CR (old Mac) may all meet in a file edited on several systems.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new InputError(`${name} is empty.`);
  const delimiter = sniffDelimiter(body);
  let rows: string[][];
  try {
    rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  } catch (e) {
    throw new InputError(`${name} is not readable CSV: ${(e as Error).message}`);
  }
  // Empty fields past the first row's width are padding; anything else off that width is ragged.
  const width = rows[0].length;
  rows.forEach((row, i) => {
    if (row.length < width || row.slice(width).some((f) => f.trim() !== '')) {
      throw new InputError(
        `${name}: ragged rows (record ${i + 1} has ${row.length} fields, the first has ${width}).`,
      );
    }
  });
  return { grid: rows.map((r) => r.slice(0, width)), decimalComma: delimiter === ';', warnings: [] };
}

export function readCsvFile(path: string): CsvFile {
  const { text, warnings } = decodeText(readBytes(path), path);
  const file = parseCsv(text, path);
  file.warnings = warnings;
  return file;
}

export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`${path} is a folder, not a CSV file.`);
    throw new InputError(
      code === 'ENOENT'
        ? `${path}: no such file.`
        : `${path}: cannot read (${code ?? (e as Error).message}).`,
    );
  }
}
