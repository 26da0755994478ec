/**
 * A linear equation in one letter, read from an item's header (SPEC 6b): `x + 5 = 14`,
 * `2x - 10 = -18`, `5(x - 7) = 21`, `22 = -5x + 40`, `2x - 6 = -3x - 5`, after a prefix such as
 * `Q1:` or `Solve`. Expanded to `a·x + b = c·x + d` and solved exactly with fraction.js: a
 * teacher's 1/3 must stay 1/3, or `0.33` and the slip table would disagree with floats.
 *
 * A small recursive-descent parser of our own rather than an expression library: the grammar is
 * tiny (numbers, one letter, + - *, juxtaposition, one pair of parentheses), every step is one
 * character forward (linear time on any header), and we need the `p(x + q)` shape itself, which
 * a general simplifier would expand away.
 */
import Fraction from 'fraction.js';

/** `a·x + b = c·x + d` with the sides swapped when only the right side held x. */
export interface LinearEquation {
  /** The equation as found in the header (the prefix left out). */
  text: string;
  letter: string;
  a: Fraction;
  b: Fraction;
  c: Fraction;
  d: Fraction;
  /** `p(x + q) = d` (the x side is exactly one parenthesis times a number, the other a number). */
  distributed: { p: Fraction; q: Fraction } | null;
}

export type EquationReading =
  | { kind: 'equation'; equation: LinearEquation; solution: Fraction }
  /** a = c: no solution (b ≠ d) or every number (b = d). */
  | { kind: 'degenerate'; equation: LinearEquation; every: boolean }
  | { kind: 'none' };

/** A linear expression k·x + m while parsing. */
interface Linear {
  k: Fraction;
  m: Fraction;
}

const ZERO = new Fraction(0);
const ONE = new Fraction(1);

const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
/** Unicode minus and dashes, and the multiplication signs, as a teacher may type them. */
function plainChar(ch: string): string {
  if (ch === '\u2212' || ch === '\u2013' || ch === '\u2014') return '-';
  if (ch === '\u00d7' || ch === '\u00b7' || ch === '\u22c5') return '*';
  return ch;
}

class Parser {
  private pos = 0;
  letter: string | null = null;
  parens = 0;
  /** The parenthesis read, if any: its inner expression. */
  group: Linear | null = null;

  constructor(private readonly src: string) {}

  private peek(): string {
    while (this.pos < this.src.length && this.src[this.pos] === ' ') this.pos++;
    return this.pos < this.src.length ? this.src[this.pos] : '';
  }

  done(): boolean {
    return this.peek() === '';
  }

  /** expression := ['+'|'-'] term (('+'|'-') term)* */
  expression(): Linear | null {
    let sum: Linear = { k: ZERO, m: ZERO };
    let sign = 1;
    let first = true;
    for (;;) {
      const ch = this.peek();
      if (ch === '+' || ch === '-') {
        this.pos++;
        sign = ch === '-' ? -1 : 1;
      } else if (!first) return sum;
      const term = this.term();
      if (term === null) return null;
      sum = { k: sum.k.add(term.k.mul(sign)), m: sum.m.add(term.m.mul(sign)) };
      first = false;
      sign = 1;
    }
  }

  /** term := factor (['*'] factor)*: a product stays linear (at most one factor holds x). */
  private term(): Linear | null {
    let coefficient = ONE;
    let xFactor: Linear | null = null;
    for (let first = true; ; first = false) {
      if (!first) {
        const spaced = this.src[this.pos] === ' ';
        const star = this.peek() === '*';
        if (star) this.pos++;
        else if (spaced) return finish(); // `2 x` is two words, not a product
        const next = this.peek();
        if (!(isDigit(next) || next === '.' || isLetter(next) || next === '(')) return star ? null : finish();
      }
      const factor = this.factor();
      if (factor === null) return null;
      if (factor.k.equals(0)) coefficient = coefficient.mul(factor.m);
      else if (xFactor !== null)
        return null; // x·x: not linear
      else xFactor = factor;
    }
    function finish(this: void): Linear {
      if (xFactor === null) return { k: ZERO, m: coefficient };
      return { k: xFactor.k.mul(coefficient), m: xFactor.m.mul(coefficient) };
    }
  }

  /** factor := number | letter | '(' expression ')' */
  private factor(): Linear | null {
    const ch = this.peek();
    if (isDigit(ch) || ch === '.') return this.number();
    if (isLetter(ch)) {
      const letter = ch.toLowerCase();
      if (this.letter !== null && this.letter !== letter) return null;
      this.letter = letter;
      this.pos++;
      if (isLetter(this.src[this.pos] ?? '')) return null; // a word, not a letter
      return { k: ONE, m: ZERO };
    }
    if (ch === '(') {
      if (++this.parens > 1) return null;
      this.pos++;
      const inner = this.expression();
      if (inner === null || this.peek() !== ')') return null;
      this.pos++;
      this.group = inner;
      return inner;
    }
    return null;
  }

  private number(): Linear | null {
    const start = this.pos;
    let dot = false;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '.' && !dot) dot = true;
      else if (!isDigit(ch)) break;
      this.pos++;
    }
    const digits = this.src.slice(start, this.pos);
    if (digits === '.') return null;
    return { k: ZERO, m: new Fraction(digits) };
  }
}

/**
 * Whether a word can belong to an equation: digits, `.`, `+ - * ( )` and single letters, a letter
 * never followed by a digit or another letter (`Q1:`, `Solve` and `Step` are a prefix's words).
 */
function equationWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (isLetter(ch)) {
      const next = word[i + 1] ?? '';
      if (isLetter(next) || isDigit(next)) return false;
    } else if (!(isDigit(ch) || '.+-*()'.includes(ch))) return false;
  }
  return true;
}

/**
 * A word that numbers a question rather than belonging to its equation: `2` (`Step 2`), `1.`, `2)`,
 * `a)`, `b.`, `(b)`, `(3)`. Tried as a prefix only when the longer reading does not solve.
 */
const NUMBERING = /^(?:\d+[.)]?|[a-z][.)]|\((?:\d+|[a-z])\))$/i;

/**
 * The candidate equations in a header, longest first: the words before its one `=` that can
 * belong to an equation, and the words after it; then without a leading numbering word or two
 * (`Step 2 x + 1 = 4`, `1. x + 5 = 14`), each also without a note in parentheses after the right
 * side (`x + 5 = 14 (2 pts)`). At most six candidates, so reading stays linear in the header.
 */
function candidates(header: string): string[] {
  let plain = '';
  for (let i = 0; i < header.length; i++) plain += plainChar(header[i]);
  const eq = plain.indexOf('=');
  if (eq < 0 || plain.indexOf('=', eq + 1) >= 0) return [];
  const left = plain
    .slice(0, eq)
    .split(/\s+/)
    .filter((w) => w !== '');
  const right = plain
    .slice(eq + 1)
    .replace(/[.?!]\s*$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  let start = left.length;
  while (start > 0 && equationWord(left[start - 1])) start--;
  let end = 0;
  while (end < right.length && equationWord(right[end])) end++;
  if (end === 0) return [];
  const rights = [right.slice(0, end).join(' ')];
  // A word opening a parenthesis after the right side's first word may start a note (`(2 pts)`).
  const note = right.slice(1, end).findIndex((w) => w.startsWith('('));
  if (note >= 0) rights.push(right.slice(0, note + 1).join(' '));
  const out: string[] = [];
  for (let k = start; k < left.length && k <= start + 2; k++) {
    for (const rightText of rights) out.push(`${left.slice(k).join(' ')} = ${rightText}`);
    if (!NUMBERING.test(left[k])) break;
  }
  return out;
}

/** Reads and solves the linear equation in a header; anything else is `none` (never an error). */
export function readEquation(header: string): EquationReading {
  for (const text of candidates(header)) {
    const reading = solve(text);
    if (reading.kind !== 'none') return reading;
  }
  return { kind: 'none' };
}

function solve(text: string): EquationReading {
  const [leftText, rightText] = text.split(' = ');
  const parser = new Parser(leftText);
  const left = parser.expression();
  if (left === null || !parser.done()) return { kind: 'none' };
  const leftGroup = parser.group;
  const right = new Parser(rightText);
  right.letter = parser.letter;
  right.parens = parser.parens;
  const rhs = right.expression();
  if (rhs === null || !right.done() || right.letter === null) return { kind: 'none' };
  // Only the right side holds x: read it as the left (`22 = -5x + 40` is `-5x + 40 = 22`).
  const swap = left.k.equals(0) && !rhs.k.equals(0);
  const [x, other] = swap ? [rhs, left] : [left, rhs];
  const group = swap ? right.group : leftGroup;
  const otherGroup = swap ? leftGroup : right.group;
  let distributed: LinearEquation['distributed'] = null;
  if (group && !otherGroup && other.k.equals(0) && group.k.equals(1)) {
    // The x side is exactly p·(x + q) when its expansion is p·x + p·q (p is then its x coefficient).
    const p = x.k;
    const q = group.m;
    if (x.m.equals(p.mul(q))) distributed = { p, q };
  }
  const equation: LinearEquation = {
    text,
    letter: right.letter,
    a: x.k,
    b: x.m,
    c: other.k,
    d: other.m,
    distributed,
  };
  if (equation.a.equals(equation.c))
    return { kind: 'degenerate', equation, every: equation.b.equals(equation.d) };
  return { kind: 'equation', equation, solution: equation.d.sub(equation.b).div(equation.a.sub(equation.c)) };
}
