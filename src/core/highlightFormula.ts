/**
 * The highlight formulas, generated from the cell forms of cellForms.ts: for one score cell they
 * say what the engine reads there, as one of "below", "noData", "invalid" or "none".
 *
 * Two rules keep them faithful in Sheets whatever its evaluation order:
 * - Guards are IF, never AND/OR: IF returns the branch its condition picks
 *   (support.google.com/docs/answer/3093364), so `VALUE(…)` on a word in the branch not taken
 *   cannot matter; Google does not document whether AND/OR stop early or pass up any error.
 * - The whole reading sits in one IFERROR (support.google.com/docs/answer/3093304): an error
 *   (a `#N/A` cell, a division by zero) reads "invalid", as the engine reads it.
 *
 * Number cells are read by their value, except where the engine reads their display text:
 * TO_TEXT returns a number "with existing formatting retained … percentages as percentages, and
 * dates as dates" (support.google.com/docs/answer/3094285), so `85%` and a date shown `4/5` are
 * told apart by their text, as readSheet.ts hands them to the engine.
 */
import {
  CELL_FORMS,
  EXTRA_CREDIT_LIMIT,
  NUMBER,
  PLUS_MINUS_STEP,
  RATIO,
  SCALE_POINTS,
  SIGNED,
  SIGNED_RATIO,
  UNSIGNED,
  wordsPattern,
} from './cellForms';
import { EPSILON } from './mastery';
import { type Pattern, anchored } from './pattern';

export type Reading = 'below' | 'noData' | 'invalid' | 'none';

/** A number as a formula literal: never exponent notation, which Sheets may not accept everywhere. */
export function literal(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const regexMatch = (text: string, pattern: Pattern) => `REGEXMATCH(${text},${quote(anchored(pattern))})`;
/**
 * The first number of a text (`^…`) or its last (`…$`): REGEXEXTRACT returns the whole match when
 * the pattern has no group (support.google.com/docs/answer/3098244).
 */
const leading = (text: string, pattern: Pattern) =>
  `VALUE(REGEXEXTRACT(${text},${quote(`^(?:${pattern.source})`)}))`;
const trailing = (text: string, pattern: Pattern) =>
  `VALUE(REGEXEXTRACT(${text},${quote(`(?:${pattern.source})$`)}))`;

/**
 * The cell's text as the engine compares it: displayed, trimmed (TRIM drops leading, trailing and
 * repeated spaces: support.google.com/docs/answer/3094140), lower-cased.
 */
export function displayText(cell: string): string {
  return `LOWER(TRIM(TO_TEXT(${cell})))`;
}

/**
 * A fraction of the points: invalid outside 0–150% (SPEC 3), below under the cut (mastery.ts's
 * EPSILON, as the engine counts).
 */
function fraction(x: string, cut: number): string {
  return (
    `IF(${x}<0,"invalid",IF(${x}>${literal(EXTRA_CREDIT_LIMIT)},"invalid",` +
    `IF(${x}<${literal(cut - EPSILON)},"below","none")))`
  );
}

/** What a text reads as, form by form in the table's order. */
function textReading(t: string, points: number, cut: number): string {
  let formula = '"invalid"';
  for (const form of [...CELL_FORMS].reverse()) {
    let test: string;
    let reading: string;
    if ('words' in form) test = regexMatch(t, wordsPattern(form.words));
    else test = regexMatch(t, form.pattern);
    switch (form.reads.kind) {
      case 'blank':
        reading = '"noData"';
        break;
      case 'fraction':
        reading = fraction(literal(form.reads.value), cut);
        break;
      case 'number':
        reading = fraction(`VALUE(${t})/${literal(points)}`, cut);
        break;
      case 'percent':
        reading = fraction(`${leading(t, SIGNED)}/100`, cut);
        break;
      case 'ratio':
        reading = fraction(`${leading(t, UNSIGNED)}/${trailing(t, UNSIGNED)}`, cut);
        break;
      case 'plusMinus': {
        // The column's points are known when the rule is written: out of 4 or 5 it is a level ± a quarter.
        const step = `IF(RIGHT(${t},1)="+",${literal(PLUS_MINUS_STEP)},${literal(-PLUS_MINUS_STEP)})`;
        const level = `(${leading(t, UNSIGNED)}+${step})/${literal(points)}`;
        reading = SCALE_POINTS.includes(points) ? fraction(level, cut) : '"invalid"';
        break;
      }
    }
    formula = `IF(${test},${reading},${formula})`;
  }
  return formula;
}

/**
 * The reading of `cell` (an A1 reference) in an item of `points` with mastery cut `cut`.
 * A number cell: shown with `%` it is the fraction itself (readSheet.ts turns it into "85%");
 * shown as a ratio it is a date Sheets made of a typed `4/5`, read by its text; shown with `/` or
 * `:` otherwise it is a date or a time (the engine gets a Date: invalid); else value ÷ points.
 */
export function readingFormula(cell: string, points: number, cut: number): string {
  const t = displayText(cell);
  const asNumber =
    `IF(REGEXMATCH(${t},"%$"),${fraction(cell, cut)},` +
    `IF(${regexMatch(t, RATIO)},${fraction(`${leading(t, UNSIGNED)}/${trailing(t, UNSIGNED)}`, cut)},` +
    `IF(REGEXMATCH(${t},"[/:]"),"invalid",${fraction(`${cell}/${literal(points)}`, cut)})))`;
  return (
    `IFERROR(IF(ISLOGICAL(${cell}),IF(${cell},${fraction('1', cut)},${fraction('0', cut)}),` +
    `IF(ISNUMBER(${cell}),${asNumber},${textReading(t, points, cut)})),"invalid")`
  );
}

/**
 * An answer as a number (answerKey.ts `asNumber`), or the text "t" when it is not one; `x = 9` is 9
 * (answerKey.ts `canonical`, SPEC 6b).
 */
function answerNumber(cell: string, text: string): string {
  const t = `REGEXREPLACE(${text},"^[a-z]\\s*=\\s*","")`;
  return (
    `IF(ISNUMBER(${cell}),${cell},IF(${regexMatch(t, NUMBER)},VALUE(${t}),` +
    `IF(${regexMatch(t, SIGNED_RATIO)},IFERROR(${leading(t, SIGNED)}/${trailing(t, UNSIGNED)},"t"),"t")))`
  );
}

/** Checkbox answers `a, b` with `,`/`;` separators made one `,`. */
const choices = (t: string) => `REGEXREPLACE(${t}," *[,;] *",",")`;
/**
 * Every choice of `a` is one of `b`'s: `b`'s choices as literal alternatives (RE2 `\Q…\E`,
 * github.com/google/re2/wiki/Syntax).
 */
function subset(a: string, b: string): string {
  const alts = `"\\Q"&SUBSTITUTE(${choices(b)},",","\\E|\\Q")&"\\E"`;
  return `REGEXMATCH(${choices(a)},"^(?:"&${alts}&")(?:,(?:"&${alts}&"))*$")`;
}

/**
 * The reading of an answer in `cell` graded against the key in `key` (SPEC 3 and 7): no data when
 * blank (only then: `E` is a choice, not the no-data word `e`), else below the cut when it does not match —
 * numbers as numbers, text trimmed and case-insensitive, checkbox answers as sets; an error is wrong.
 */
export function answerFormula(cell: string, key: string, cut: number): string {
  const a = displayText(cell);
  const k = displayText(key);
  const [na, nk] = [answerNumber(cell, a), answerNumber(key, k)];
  const single =
    `IF(ISNUMBER(${na}),IF(ISNUMBER(${nk}),${na}=${nk},FALSE()),` + `IF(ISNUMBER(${nk}),FALSE(),${a}=${k}))`;
  const sets = `IF(${subset(a, k)},${subset(k, a)},FALSE())`;
  const right = `IF(REGEXMATCH(${a},"[,;]"),${sets},IF(REGEXMATCH(${k},"[,;]"),${sets},${single}))`;
  const graded = fraction(`IF(${right},1,0)`, cut);
  // An error cell (a lookup's #N/A) reaches the engine as its text, which matches no key: a wrong
  // answer. An answer-key item has no invalid rule, so "invalid" here would paint it nothing.
  return `IFERROR(IF(ISNUMBER(${cell}),${graded},IF(${a}="","noData",${graded})),${fraction('0', cut)})`;
}
