/**
 * The sidebar's buttons as a new teacher met them (SPEC 10), in chromium over the local preview: an
 * action runs what is on screen (unsaved setup edits saved in the same call), its result shows beside
 * the button, a Save that fails says "Not saved" and marks the fields, item headers never start a line
 * with an operator, and before any setup the class check says each item is its own skill.
 */
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { UNGROUPED_CHECK } from '../src/core/tierWords';
import { examplePath } from './helpers/examples';
import { hasBrowser, launchBrowser, openPreview, ROOT } from './helpers/preview';
import { THREE_SKILLS } from './helpers/setup';

const describeBrowser = hasBrowser ? describe : describe.skip;

/** Types the three skills and steps into the Classroom export's eight item cards (no Save). */
async function typeThreeSkills(sidebar: Frame): Promise<void> {
  for (const [i, { skills, step }] of THREE_SKILLS.entries()) {
    await sidebar.fill(`#item-skills-${i}`, skills[0]);
    await sidebar.fill(`#item-step-${i}`, step);
  }
}

const checkRows = (sidebar: Frame) =>
  sidebar.$$eval('#check tbody tr:not(.who)', (trs) =>
    // Skill and count: the first two cells (the classroom export has no sections, so no Section column).
    trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent).slice(0, 2)),
  );

/** The text beside the button a run started from (in its .buttons row's next sibling). */
const besideText = (sidebar: Frame, selector: string) =>
  sidebar.$eval(selector, (b) => (b.closest('.buttons') ?? b).nextElementSibling?.textContent ?? null);

describeBrowser('SPEC 10: the sidebar buttons on what is on screen, in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Class check over unsaved setup edits: saved and run in one call, the edits kept', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('classroom-export.csv')]);
    try {
      await typeThreeSkills(sidebar);
      await sidebar.click('button[data-action="classCheck"]');
      await sidebar.waitForSelector('body[aria-busy="false"]');
      const said = 'Settings saved; Class check written to "Class Check".';
      expect(await sidebar.textContent('#status')).toBe(said);
      // The result beside the button pressed too, where the teacher is scrolled to.
      expect(await besideText(sidebar, 'button[data-action="classCheck"]')).toBe(said);
      // Hand-counted in tests/itemSetup.test.ts: 11 of 24, 14 of 22, 14 of 24 (three skills, not eight).
      expect(await checkRows(sidebar)).toEqual([
        ['One-step equations', '11/24'],
        ['Two-step equations', '14/22'],
        ['Distributive property', '14/24'],
      ]);
      expect(await sidebar.inputValue('#item-skills-3')).toBe('Two-step equations');
      expect(await sidebar.inputValue('#item-step-7')).toBe('3');
    } finally {
      stop();
    }
  });

  test('an action over edits that do not read: nothing saved or run, the error beside it', async () => {
    const { page, sidebar, stop } = await openPreview(browser, [examplePath('classroom-export.csv')]);
    try {
      await typeThreeSkills(sidebar);
      await sidebar.fill('#upper', '5'); // under the lower limit, 10%
      await sidebar.click('button[data-action="classCheck"]');
      await sidebar.waitForSelector('.button-error');
      const words = 'Not saved, so nothing was run: Lower limit (10%) is above upper limit (5%).';
      expect(await besideText(sidebar, 'button[data-action="classCheck"]')).toBe(words);
      expect(await page.$('nav button[data-tab="Class Check"]')).toBeNull(); // no tab written
      // Still the eight one-assignment skills of the export, and still what the teacher typed.
      expect((await checkRows(sidebar)).length).toBe(8);
      expect(await sidebar.inputValue('#item-skills-0')).toBe('One-step equations');
      expect(await sidebar.inputValue('#upper')).toBe('5');
    } finally {
      stop();
    }
  });

  test('a re-render without the edits (Compare assessments) keeps what the teacher typed', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('classroom-export.csv')]);
    try {
      await sidebar.fill('#item-skills-0', 'One-step equations');
      await sidebar.fill('#cut', '70');
      await sidebar.click('#progress-run');
      await sidebar.waitForSelector('body[aria-busy="false"]');
      expect(await sidebar.inputValue('#item-skills-0')).toBe('One-step equations');
      expect(await sidebar.inputValue('#cut')).toBe('70');
    } finally {
      stop();
    }
  });

  test('a plain action: its result beside the button as well as in the status line', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('jit-pre-assessment.csv')]);
    try {
      await sidebar.click('button[data-action="groups"]');
      await sidebar.waitForSelector('body[aria-busy="false"]');
      const status = await sidebar.textContent('#status');
      expect(status).toMatch(/^Groups written to /);
      expect(await besideText(sidebar, 'button[data-action="groups"]')).toBe(status);
      expect(await sidebar.getAttribute('#status', 'role')).toBe('status');
    } finally {
      stop();
    }
  });

  test('a Save that fails says "Not saved", marks both limits, links the message, keeps focus', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('jit-pre-assessment.csv')]);
    try {
      await sidebar.evaluate(() => {
        (document.getElementById('setup') as HTMLDetailsElement).open = true;
      });
      await sidebar.fill('#upper', '5');
      await sidebar.focus('#settings button[type="submit"]');
      await sidebar.press('#settings button[type="submit"]', 'Enter');
      await sidebar.waitForSelector('.button-error');
      const words = 'Not saved: Lower limit (10%) is above upper limit (5%).';
      expect(await sidebar.textContent('#status')).toBe(words);
      const marked = await sidebar.$$eval('[aria-invalid="true"]', (fields) =>
        fields.map((f) => [
          f.id,
          document.getElementById(f.getAttribute('aria-describedby') ?? '')?.textContent,
        ]),
      );
      expect(marked).toEqual([
        ['lower', words],
        ['upper', words],
      ]);
      expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
      // Fixed and saved: the marks go.
      await sidebar.fill('#upper', '20');
      await sidebar.press('#settings button[type="submit"]', 'Enter');
      await sidebar.waitForSelector('#status:has-text("Settings saved")');
      expect(await sidebar.$$('[aria-invalid]')).toEqual([]);
    } finally {
      stop();
    }
  });

  test('item headers at 300 px: as typed but no-break spaces, no line starts with an operator', async () => {
    const csv = path.join(ROOT, 'tests', 'fixtures', 'sidebar', 'operators.csv');
    const { sidebar, stop } = await openPreview(browser, [csv]);
    try {
      const headers = ['Solve x + 5 = 14', 'Solve 2x / - 10 = -18', 'Solve 5(x - 7) = 21'];
      const lines = await sidebar.$$eval(
        '#items table.items tbody td:first-child, .setup-item legend',
        (els) =>
          els.map((e) => {
            // Each character's box: a new line where the top moves down.
            const text = e.firstChild as Text;
            const range = document.createRange();
            const out: string[] = [];
            let top = -Infinity;
            for (let i = 0; i < text.data.length; i++) {
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              const box = range.getClientRects()[0];
              if (!box) continue;
              if (box.top > top + 2) out.push('');
              top = Math.max(top, box.top);
              out[out.length - 1] += text.data[i];
            }
            return { text: text.data, lines: out.map((l) => l.trim()) };
          }),
      );
      const shown = headers.map((h) => h.replace(/ (?=[-+=/])/g, '\u00a0'));
      expect(lines.map((l) => l.text)).toEqual(shown.map((h, i) => `${'BCD'[i]}: ${h}`).concat(shown));
      expect(lines.some((l) => l.lines.length > 1)).toBe(true); // the narrow column does wrap
      for (const { lines: rows } of lines) for (const row of rows) expect(row).not.toMatch(/^[-+=/]/);
    } finally {
      stop();
    }
  });

  test('before any setup, each item its own skill: the class check says so; once grouped, not', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('classroom-export.csv')]);
    try {
      expect(await sidebar.textContent('#check > p:first-child')).toBe(UNGROUPED_CHECK);
      await typeThreeSkills(sidebar);
      await sidebar.click('#settings button[type="submit"]');
      await sidebar.waitForSelector('#status:has-text("Settings saved")');
      expect(await sidebar.$('#check > p:first-child')).toBeNull();
    } finally {
      stop();
    }
  });

  test('a gradebook with a Skill row: no such line above the class check', async () => {
    const { sidebar, stop } = await openPreview(browser, [examplePath('jit-pre-assessment.csv')]);
    try {
      expect(await sidebar.textContent('#check')).not.toContain(UNGROUPED_CHECK);
    } finally {
      stop();
    }
  });
});
