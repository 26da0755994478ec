/** The Extensions menu, the sidebar and help: the entry points main.ts exposes. */
import { type Action, MENU, runAction } from './addon';
import type { Services } from './services';

/**
 * Adds the menu. In AuthMode.NONE (before the add-on is used in this document) only the menu
 * is built: no spreadsheet, property or lock service is touched.
 */
export function onOpen(services: Pick<Services, 'app'>): void {
  const menu = services.app.getUi().createAddonMenu();
  MENU.forEach(([caption, fn], i) => {
    if (i === 1 || i === MENU.length - 1) menu.addSeparator();
    menu.addItem(caption, fn);
  });
  menu.addToUi();
}

export function showSidebar(services: Services): void {
  services.app
    .getUi()
    .showSidebar(services.html.createHtmlOutputFromFile('Sidebar').setTitle('JIT Intervention'));
}

const HELP = `<div style="font:14px/1.5 Arial,sans-serif">
<p><b>JIT Intervention</b> reads the gradebook tab you have open.</p>
<ul><li><b>Class check</b>: per skill, the share of students below the mastery cut. Over 20%: reteach the
whole class. Under 10%: help those students. Between: look at other data.</li>
<li><b>Write group tabs</b>: teacher table, peer coaching and ready groups from the first step each
student missed.</li>
<li><b>Progress over assessment tabs</b>: keep each quiz in its own tab; the add-on links students by email
or name
and shows, per skill, the share struggling in each, and whether each group now masters its step.</li>
<li><b>Department check</b>: every tab holding a gradebook is a class (each section too). Per skill, how many
classes are at classroom level: most of them means a curriculum or instruction problem (system level); most
without data means collect data first. Tabs filled with IMPORTRANGE count like any other.</li>
<li><b>Highlight gaps</b>: colours scores below the cut, missing and invalid. <b>Clear highlights</b>
removes only these.</li></ul>
<p>The add-on never changes your cells; it writes only its own tabs.</p></div>`;

export function showHelp(services: Services): void {
  services.app.getUi().showModalDialog(services.html.createHtmlOutput(HELP), 'JIT Intervention help');
}

/**
 * A menu item: run the action, then say what happened in a toast. A problem with the sheet is
 * told the same way, in plain words, rather than as a script error.
 */
export function menuAction(services: Services, action: Action): void {
  let message: string;
  try {
    message = runAction(services, action).message;
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    message = `Could not finish: ${e.message}`;
  }
  services.app.getActiveSpreadsheet().toast(message, 'JIT Intervention', 10);
}
