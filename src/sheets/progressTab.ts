/**
 * Progress across assessment tabs (SPEC section 6): the tabs the teacher chose (saved with the
 * spreadsheet), else every tab that reads as a gradebook, in tab order (first to latest). One
 * read per tab; the gradebook already read by the action is not read again.
 */
import { isAre, plural } from '../core/tierWords';
import { checkGrid } from '../core/engine';
import { datedScoreWarnings } from '../core/sheetGrid';
import { LayoutError } from '../core/layout';
import { type Assessment, progressReport, type ProgressReport } from '../core/progress';
import { renderProgress } from '../core/renderProgress';
import { capWarnings } from '../core/warnings';
import { TAB_NAMES } from '../core/render';
import { TEMPLATE_GRADEBOOK_TAB } from '../core/template';
import { type Context, ownNames } from './addon';
import { TEMPLATE_KEY } from './metadata';
import { isSkillMap, readSheet } from './readSheet';
import type { SheetLike } from './services';
import { sheetsOf, writeTab } from './writeTab';

/**
 * The tabs that may hold an assessment, in tab order: never the add-on's own outputs, the Skill Map
 * or the template's how-to, and the template's example gradebook only once it has students. Other
 * tabs are not read for this list (that would cost reads of every tab on every button, SPEC 12):
 * Progress skips, or names, a ticked tab that is not an assessment.
 */
export function candidateTabs(ctx: Context): SheetLike[] {
  const never = ownNames(ctx.own, ctx.metadata);
  const example = ctx.metadata.find(
    (m) => m.getKey() === TEMPLATE_KEY && m.getValue() === TEMPLATE_GRADEBOOK_TAB,
  );
  const exampleName = example?.getLocation().getSheet()?.getName();
  return sheetsOf(ctx).filter((s) => {
    const name = s.getName();
    if (never.has(name) || isSkillMap(s)) return false;
    if (name !== exampleName) return true;
    const a = tryTab(ctx, s);
    return !(a instanceof LayoutError) && a.book.students.length > 0;
  });
}

function analyseTab(ctx: Context, sheet: SheetLike): Assessment {
  const name = sheet.getName();
  const isGradebook = name === ctx.sheet.getName();
  if (isGradebook) return { name, ...ctx.result };
  const { grid, dated, merged } = readSheet(sheet);
  // The setup's item edits hold on every assessment, as the Skill Map does: skills keep their names.
  const { settings, skillMap } = ctx;
  const result = checkGrid(grid, { settings, skillMap, itemEdits: ctx.saved.items, merged });
  result.analysis.warnings = capWarnings(
    datedScoreWarnings(result.book, dated).concat(result.analysis.warnings),
  );
  return { name, ...result };
}

/** The tab's assessment, or the LayoutError that says why it is not one. */
function tryTab(ctx: Context, sheet: SheetLike): Assessment | LayoutError {
  try {
    return analyseTab(ctx, sheet);
  } catch (e) {
    if (e instanceof LayoutError) return e;
    throw e;
  }
}

/** The chosen tabs in tab order, or every tab that reads as a gradebook with scores. */
export function readAssessments(ctx: Context, chosen = ctx.saved.assessments): Assessment[] {
  const tabs = candidateTabs(ctx);
  if (chosen && chosen.length > 0) {
    const missing = chosen.filter((name) => !tabs.some((s) => s.getName() === name));
    if (missing.length > 0)
      throw new Error(
        `No tab named ${missing.map((m) => `"${m}"`).join(', ')}: choose the assessment tabs again.`,
      );
    if (chosen.length < 2) throw new Error('Choose two or more assessment tabs, first to latest.');
    return tabs
      .filter((s) => chosen.includes(s.getName()))
      .map((s) => {
        const a = tryTab(ctx, s);
        if (a instanceof LayoutError)
          throw new LayoutError(`Tab "${s.getName()}" is not an assessment: ${a.message}`);
        return a;
      });
  }
  // A notes or roster tab is not an assessment: skipped.
  const found = tabs
    .map((s) => tryTab(ctx, s))
    .filter(
      (a): a is Assessment =>
        !(a instanceof LayoutError) && a.book.items.length > 0 && a.book.students.length > 0,
    );
  if (found.length < 2) {
    throw new Error(
      `Progress needs two or more assessment tabs (found ${found.length}): ` +
        'add the later quiz as its own tab, same students, skills named the same.',
    );
  }
  return found;
}

export function writeProgress(ctx: Context, chosen?: string[]): { message: string; report: ProgressReport } {
  const report = progressReport(readAssessments(ctx, chosen));
  const tab = writeTab(ctx, TAB_NAMES.progress, renderProgress(report));
  const { assessments, unmatched } = report;
  const linked =
    unmatched.length > 0
      ? ` ${plural(unmatched.length, 'student')} ${isAre(unmatched.length)} in only one tab and listed there.`
      : '';
  return {
    message:
      `Progress over ${assessments.length} tabs ` +
      `(${assessments[0]} → ${assessments[assessments.length - 1]}) ` +
      `written to "${tab.getName()}".${linked}`,
    report,
  };
}
