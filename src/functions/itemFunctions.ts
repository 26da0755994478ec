/**
 * ITEM_STATS and MISCONCEPTION (SPEC 9): views of the same core as the Item Analysis tab and the
 * sidebar (answers.ts, misconceptions.ts), thin over the arguments.
 */
import { checkBlock } from '../core/block';
import { cellText } from '../core/cells';
import { readEquation } from '../core/equation';
import { matches, PATTERN_WORDS, patternOf, readAnswer, slipsOf, UNCLASSIFIED } from '../core/misconceptions';
import { flagWords } from '../core/renderItems';
import type { CellValue, Grid } from '../core/types';
import { type Arg, ArgumentError, pointsArg, settingsArg, toGrid } from './args';

type Out = CellValue[][];

/**
 * Per item column: difficulty, discrimination, point-biserial and flags, one row each, so the
 * result lines up under the scores it describes. Blank where a figure has no value.
 */
export function ITEM_STATS(scores: Arg, points?: Arg): Out {
  const grid = toGrid(scores, 'scores');
  const width = grid[0].length;
  const settings = settingsArg(undefined);
  const { analysis } = checkBlock(
    grid,
    { points: pointsArg(points, width), cut: settings.masteryCut },
    settings,
  );
  const rows = analysis.itemReport.itemAnalysis;
  return [
    rows.map((r) => r.difficulty ?? ''),
    rows.map((r) => r.discrimination ?? ''),
    rows.map((r) => r.pointBiserial ?? ''),
    rows.map((r) => flagWords(r)),
  ];
}

function scalarText(value: Arg, name: string): string {
  if (Array.isArray(value)) {
    const rows = value as Grid;
    if (rows.length === 1 && rows[0].length === 1) return cellText(rows[0][0]);
    throw new ArgumentError(`${name} must be one cell, not a range.`);
  }
  return cellText(value as CellValue);
}

/** Per answer: `Correct`, the words of the slip it matches, or blank (blank cell, or no known slip). */
export function MISCONCEPTION(equation: Arg, answers: Arg): Out {
  const text = scalarText(equation, 'equation');
  const reading = readEquation(text);
  if (reading.kind === 'none')
    throw new ArgumentError(`"${text}" is not a linear equation in one letter (like 2x - 10 = -18).`);
  if (reading.kind === 'degenerate') {
    throw new ArgumentError(
      `${reading.equation.text} ${reading.every ? 'holds for every number' : 'has no solution'}: ` +
        'no slip to name.',
    );
  }
  const slips = slipsOf(reading.equation);
  return toGrid(answers, 'answers').map((row) =>
    row.map((cell) => {
      const answer = cellText(cell).trim();
      if (answer === '') return '';
      const written = readAnswer(answer);
      if (written !== null && matches(written, reading.solution)) return 'Correct';
      const pattern = patternOf(slips, answer);
      return pattern === UNCLASSIFIED ? '' : PATTERN_WORDS[pattern];
    }),
  );
}
