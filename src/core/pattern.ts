/**
 * Text patterns written once and read two ways: as RE2 source for the highlight formulas'
 * REGEXMATCH/REGEXEXTRACT (Sheets uses RE2: support.google.com/docs/answer/3098292), and as a
 * scanner for the engine that reads each character a bounded number of times (SPEC 12: no
 * backtracking patterns).
 *
 * The scanner is possessive: a repetition takes all it can and never gives back, and `alt`
 * commits to the first alternative that matches. That equals the regular expression's reading
 * only when no pattern needs to give back, so every pattern here is built so that the character
 * after a repetition can never continue it (digits are followed by `.`, `%`, a space or `/`).
 * The property test in tests/highlightFormulas.test.ts checks the two readings agree.
 */

export interface Pattern {
  /** RE2 source (no anchors), also valid JavaScript RegExp source. */
  readonly source: string;
  /** Position after the pattern matched at `at`, or -1 when it does not match there. */
  scan(text: string, at: number): number;
}

/** Characters the scanners have read since the last reset: the linear-time check counts them. */
export const scanned = { reads: 0 };

/** Metacharacters outside a class, and inside one: escaped, they read as themselves in RE2 and JavaScript. */
const ESCAPE = /[\\^$.|?*+()[\]{}]/g;
const CLASS_ESCAPE = /[\\\]^-]/g;

export function lit(text: string): Pattern {
  return {
    source: text.replace(ESCAPE, '\\$&'),
    scan(s, at) {
      scanned.reads += text.length;
      return s.startsWith(text, at) ? at + text.length : -1;
    },
  };
}

/** A run of characters from `chars` (a character class), at least `min` long. */
function run(chars: string, min: 0 | 1): Pattern {
  const set = new Set(chars);
  const cls = `[${chars.replace(CLASS_ESCAPE, '\\$&').replace('\t', '\\t')}]`;
  return {
    source: `${cls}${min === 0 ? '*' : '+'}`,
    scan(s, at) {
      let i = at;
      while (i < s.length && set.has(s[i])) i++;
      scanned.reads += i - at + 1;
      return i - at >= min ? i : -1;
    },
  };
}

export const digits = (min: 0 | 1) => run('0123456789', min);
export const spaces = run(' \t', 0);

export function oneOf(chars: string): Pattern {
  const set = new Set(chars);
  return {
    source: `[${chars.replace(CLASS_ESCAPE, '\\$&')}]`,
    scan(s, at) {
      scanned.reads++;
      return at < s.length && set.has(s[at]) ? at + 1 : -1;
    },
  };
}

export function seq(...parts: Pattern[]): Pattern {
  return {
    source: parts.map((p) => p.source).join(''),
    scan(s, at) {
      let i = at;
      for (const p of parts) {
        i = p.scan(s, i);
        if (i < 0) return -1;
      }
      return i;
    },
  };
}

export function opt(part: Pattern): Pattern {
  return {
    source: `(?:${part.source})?`,
    scan(s, at) {
      const i = part.scan(s, at);
      return i < 0 ? at : i;
    },
  };
}

/** Ordered choice: the first alternative that matches wins (alternatives start differently). */
export function alt(...parts: Pattern[]): Pattern {
  return altOf(parts);
}

/** `alt` over a list (a word list), without spreading it into a call (SPEC 12). */
export function altOf(parts: readonly Pattern[]): Pattern {
  return {
    source: `(?:${parts.map((p) => p.source).join('|')})`,
    scan(s, at) {
      for (const p of parts) {
        const i = p.scan(s, at);
        if (i >= 0) return i;
      }
      return -1;
    },
  };
}

/** Whole-text match. */
export function matches(pattern: Pattern, text: string): boolean {
  return pattern.scan(text, 0) === text.length;
}

/** `^(?:…)$`: the source for a whole-text REGEXMATCH. */
export function anchored(pattern: Pattern): string {
  return `^(?:${pattern.source})$`;
}
