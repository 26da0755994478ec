/** What `check` and `progress` share: the settings flags, the Skill Map, one file through the engine. */
import { checkGrid, type CheckResult } from '../core/engine';
import { makeSettings } from '../core/settings';
import { parseSkillMap, type SkillMapEntry } from '../core/skillMap';
import type { Settings } from '../core/types';
import { readCsvFile } from './csv';
import type { Io } from './main';

export const SETTING_OPTIONS = {
  'skill-map': { type: 'string' }, 'answer-key': { type: 'string' }, 'mastery-cut': { type: 'string' },
  lower: { type: 'string' }, upper: { type: 'string' },
} as const;

export interface Setup {
  settings: Settings;
  skillMap?: SkillMapEntry[];
  answerKey?: string;
}

type SettingValues = Partial<Record<keyof typeof SETTING_OPTIONS, string | boolean>>;

/** Settings and the Skill Map from the flags; the map's warnings go to stderr. */
export function readSetup(values: SettingValues, io: Io): Setup {
  const text = (key: keyof typeof SETTING_OPTIONS) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const settings = makeSettings({ masteryCut: text('mastery-cut'), lower: text('lower'), upper: text('upper') });
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
  return checkGrid(file.grid, {
    settings: setup.settings, skillMap: setup.skillMap, decimalComma: file.decimalComma, correction: { answerKey: setup.answerKey },
  });
}
