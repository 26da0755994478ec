/** What `check` and `progress` share: the settings flags, the Skill Map, one file through the engine. */
import { checkGrid, type CheckResult } from '../core/engine';
import { makeSettings } from '../core/settings';
import { parseSkillMap, type SkillMapEntry } from '../core/skillMap';
import type { Settings } from '../core/types';
import { oneRosterGradebooks, OneRosterError } from '../core/oneRoster';
import { SETTING_OPTIONS } from './args';
import { InputError, readCsvFile } from './csv';
import { readOneRoster } from './oneRosterFiles';
import type { Io } from './main';

export interface Setup {
  settings: Settings;
  skillMap?: SkillMapEntry[];
  answerKey?: string;
}

type SettingValues = Partial<Record<keyof typeof SETTING_OPTIONS, string | boolean>>;

/** Settings and the Skill Map from the flags; the map's warnings go to stderr. */
export function readSetup(values: SettingValues, io: Io): Setup {
  const text = (key: keyof typeof SETTING_OPTIONS) =>
    typeof values[key] === 'string' ? (values[key] as string) : undefined;
  const settings = makeSettings({
    masteryCut: text('mastery-cut'),
    lower: text('lower'),
    upper: text('upper'),
  });
  const mapPath = text('skill-map');
  let skillMap: SkillMapEntry[] | undefined;
  if (mapPath) {
    const map = parseSkillMap(readCsvFile(mapPath).grid);
    skillMap = map.entries;
    map.warnings.forEach((w) => io.err(`warning: ${w}`));
  }
  return { settings, skillMap, answerKey: text('answer-key') };
}

export function analyseFile(path: string, setup: Setup): CheckResult {
  const file = readCsvFile(path);
  const result = checkGrid(file.grid, {
    settings: setup.settings,
    skillMap: setup.skillMap,
    decimalComma: file.decimalComma,
    correction: { answerKey: setup.answerKey },
  });
  // What the file itself needs said (its encoding) leads the engine's warnings.
  result.analysis.warnings = file.warnings.concat(result.analysis.warnings);
  return result;
}

/** One gradebook per class of a OneRoster export; `title` is null for a single CSV gradebook. */
export interface TitledResult {
  title: string | null;
  result: CheckResult;
}

/** A CSV file, or a OneRoster folder or zip (one gradebook per class). */
export function analyseSource(path: string, setup: Setup): TitledResult[] {
  const roster = readOneRoster(path);
  if (!roster) return [{ title: null, result: analyseFile(path, setup) }];
  let books;
  try {
    books = oneRosterGradebooks(roster.tables);
  } catch (e) {
    if (e instanceof OneRosterError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
  return books.map(({ title, grid }) => {
    const result = checkGrid(grid, { settings: setup.settings, skillMap: setup.skillMap });
    result.analysis.warnings = roster.warnings.concat(result.analysis.warnings);
    return { title, result };
  });
}
