/**
 * Writes and clears the highlight rules: one read of the sheet's rules, one range-list call,
 * one setConditionalFormatRules(). The teacher's own rules are always kept, in order.
 */
import { type RuleSpec, RULE_MARKER } from '../core/highlights';
import type { RuleLike, SheetLike, SpreadsheetAppLike } from './services';

function isOwn(rule: RuleLike): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((v) => typeof v === 'string' && v.includes(RULE_MARKER));
}

export function clearHighlights(sheet: SheetLike): number {
  const rules = sheet.getConditionalFormatRules();
  const kept = rules.filter((r) => !isOwn(r));
  if (kept.length !== rules.length) sheet.setConditionalFormatRules(kept);
  return rules.length - kept.length;
}

export function writeHighlights(app: SpreadsheetAppLike, sheet: SheetLike, specs: RuleSpec[]): number {
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOwn(r));
  const all = specs.flatMap((s) => s.ranges);
  const ranges = all.length > 0 ? sheet.getRangeList(all).getRanges() : [];
  let next = 0;
  const rules = specs.map((spec) => {
    const own = ranges.slice(next, next + spec.ranges.length);
    next += spec.ranges.length;
    return app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.colour)
      .setRanges(own)
      .build();
  });
  // The teacher's rules first: Sheets applies the first matching rule, and theirs win.
  sheet.setConditionalFormatRules([...kept, ...rules]);
  return rules.length;
}
