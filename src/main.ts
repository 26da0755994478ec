/**
 * The Apps Script entry: globals only. Each `global.NAME = (...) => ...` becomes a top-level
 * function declaration in dist/gas/Code.js (gas-entry-generator), keeping the JSDoc above it so
 * Sheets shows autocomplete for the custom functions. No service is touched at load time.
 */
import * as fn from './functions/customFunctions';
import * as itemFn from './functions/itemFunctions';
import type { Action } from './sheets/addon';
import * as menu from './sheets/menu';
import type { Services } from './sheets/services';
import type { SavedSettings } from './sheets/settingsStore';
import * as server from './ui/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Sheets passes anything; args.ts checks it.
declare const global: Record<string, (...args: any[]) => unknown>;
declare const SpreadsheetApp: Services['app'];
declare const LockService: Services['lock'];
declare const HtmlService: Services['html'];

/** The real services, looked up only when a function runs (never at load time). */
const services = (): Services => ({ app: SpreadsheetApp, lock: LockService, html: HtmlService });

global.onOpen = () => menu.onOpen(services());
global.onInstall = () => menu.onOpen(services());
global.showSidebar = () => menu.showSidebar(services());
global.showHelp = () => menu.showHelp(services());
global.menuHighlightGaps = () => menu.menuAction(services(), 'highlight');
global.menuClearHighlights = () => menu.menuAction(services(), 'clear');
global.menuClassCheck = () => menu.menuAction(services(), 'classCheck');
global.menuWriteGroupTabs = () => menu.menuAction(services(), 'groups');
global.menuProgress = () => menu.menuAction(services(), 'progress');
global.menuDepartmentCheck = () => menu.menuAction(services(), 'department');
global.menuItemAnalysis = () => menu.menuAction(services(), 'items');
global.menuInsertTemplate = () => menu.menuAction(services(), 'template');
global.sidebarState = () => server.sidebarState(services());
global.runSidebarAction = (action, edited) =>
  server.runSidebarAction(services(), action as Action, edited as SavedSettings | undefined);
global.saveSidebarSettings = (saved) => server.saveSidebarSettings(services(), saved as SavedSettings);
global.runSidebarProgress = (tabs) => server.runSidebarProgress(services(), tabs as string[]);
global.runSidebarDepartment = () => server.runSidebarDepartment(services());

/**
 * The intervention tier of a block of scores (students × one skill's items).
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @param {number} lower [optional] Lower limit of the check, e.g. 10%. Default 10%.
 * @param {number} upper [optional] Upper limit of the check, e.g. 20%. Default 20%.
 * @return The tier: Classroom, Borderline, Student, None or No data.
 * @customfunction
 * @preserve
 */
global.INTERVENTION_TIER = (scores, points, cut, lower, upper) =>
  fn.INTERVENTION_TIER(scores, points, cut, lower, upper);

/**
 * The fraction of students with data who are below the mastery cut.
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @return Struggling ÷ students with data (format the cell as a percent).
 * @customfunction
 * @preserve
 */
global.PERCENT_STRUGGLING = (scores, points, cut) => fn.PERCENT_STRUGGLING(scores, points, cut);

/**
 * The class-percentage check per skill: Skill, Students, Struggling, % struggling, Tier.
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {string[][]} skills The skill of each column, e.g. the Skill row C3:E3.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @param {number} lower [optional] Lower limit of the check, e.g. 10%. Default 10%.
 * @param {number} upper [optional] Upper limit of the check, e.g. 20%. Default 20%.
 * @return A table with a header row, one row per skill.
 * @customfunction
 * @preserve
 */
global.CLASS_CHECK = (scores, skills, points, cut, lower, upper) =>
  fn.CLASS_CHECK(scores, skills, points, cut, lower, upper);

/**
 * Each student's skills below the mastery cut, comma-separated.
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {string[][]} skills The skill of each column, e.g. the Skill row C3:E3.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @return One row per student: the skills to work on, or blank.
 * @customfunction
 * @preserve
 */
global.SKILL_GAPS = (scores, skills, points, cut) => fn.SKILL_GAPS(scores, skills, points, cut);

/**
 * Each student's entry step on a prerequisite ladder: the first step not mastered, or Ready.
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {string[][]} step_labels [optional] Each column's step, e.g. the Step row C4:E4; equal labels pool.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @return One row per student: the entry step's label, Ready, or blank without data.
 * @customfunction
 * @preserve
 */
global.JIT_GROUP = (scores, step_labels, points, cut) => fn.JIT_GROUP(scores, step_labels, points, cut);

/**
 * Whether each score is at or above the mastery cut.
 *
 * @param {number[][]} scores The students' scores, one row per student, e.g. C5:E40.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @param {number} cut [optional] Mastery cut, e.g. 0.8 or 80%. Default 80%.
 * @return TRUE, FALSE, or blank where there is no data, per cell.
 * @customfunction
 * @preserve
 */
global.MASTERY = (scores, points, cut) => fn.MASTERY(scores, points, cut);

/**
 * Each student's change in fraction of points from one assessment to the next.
 *
 * @param {number[][]} before The earlier scores, one row per student, e.g. C5:E40.
 * @param {number[][]} after The later scores, same students in the same rows, e.g. H5:J40.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:E2.
 * @return One row per student: later fraction minus earlier fraction, or blank.
 * @customfunction
 * @preserve
 */
global.SCORE_CHANGE = (before, after, points) => fn.SCORE_CHANGE(before, after, points);

/**
 * Item statistics per item column: difficulty, discrimination, point-biserial and flags (one row each).
 *
 * @param {number[][]} scores The students' scores, one row per student, one column per item, e.g. C5:G40.
 * @param {number[][]} points [optional] Points possible per column, e.g. C2:G2.
 * @return Four rows under the items: difficulty, discrimination, point-biserial, flags in words.
 * @customfunction
 * @preserve
 */
global.ITEM_STATS = (scores, points) => itemFn.ITEM_STATS(scores, points);

/**
 * The slip behind each answer to a linear equation: Correct, what the student did, or blank.
 *
 * @param {string} equation The equation, e.g. "5(x - 7) = 21" or the question's header cell D1.
 * @param {string[][]} answers The students' answers, e.g. D2:D40.
 * @return Per answer: Correct, the slip's words (moved the constant without changing its sign...), or blank.
 * @customfunction
 * @preserve
 */
global.MISCONCEPTION = (equation, answers) => itemFn.MISCONCEPTION(equation, answers);
