/**
 * An item header as shown in a narrow column: "Solve 2x / - 10 = -18" must not wrap so that a line
 * starts "- 10" (read as negative ten). The space before an operator becomes a no-break space, so
 * each operator stays at the end of the line with what comes before it; the text is otherwise as typed.
 */
const SPACE_BEFORE_OPERATOR = / (?=[-+=×*/÷−])/g;

export function keepOperators(header: string): string {
  return header.replace(SPACE_BEFORE_OPERATOR, '\u00a0');
}
