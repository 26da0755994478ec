/**
 * The sidebar in a real browser: Debian's chromium driven by playwright-core against the local
 * preview (the built sidebar, the built Code.js in a vm, the in-memory spreadsheet).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { examplePath } from './helpers/examples';
import { hasBrowser, launchBrowser, openPreview, OUT, ROOT } from './helpers/preview';

const describeBrowser = hasBrowser ? describe : describe.skip;

describeBrowser('the sidebar in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (...csvs: string[]) => openPreview(browser, csvs);

  test('class check, group tabs with the stations, highlights and clearing them', async () => {
    const { page, sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      await sidebar.click('button[data-action="classCheck"]');
      await sidebar.waitForSelector('#status:has-text("Class check written")');
      await page.waitForSelector('nav button[data-tab="Class Check"]');
      expect(await sidebar.textContent('#check')).toContain('Distributive property');
      // "Targeted help for the listed students" lists them (SPEC 4): one-step (all) is borderline,
      // 4 of 28 (Carla, Gus, Nia in Period 2, Uma in Period 5); Period 5 alone is student level (Uma).
      const who = await sidebar.$$eval('#check tr.who', (rows) => rows.map((r) => r.textContent));
      expect(who[0]).toBe('Who: Carla Chen, Gus Garcia, Nia Nguyen, Uma Usman');
      expect(who[1]).toBe('Who: Everyone (whole class)');
      expect(who).toContain('Who: Uma Usman');

      await sidebar.click('button[data-action="groups"]');
      await page.waitForSelector('nav button[data-tab="Groups"]');
      await page.click('nav button[data-tab="Groups"]');
      await page.waitForSelector('table#tab-Groups');
      const groups = await page.textContent('#grid');
      expect(groups).toContain('Whole class');
      expect(groups).toContain('Carla Chen');
      expect(groups).toContain('Tariq Tran');
      expect(groups).toContain('Aiden Abbott');

      await sidebar.click('button[data-action="highlight"]');
      await sidebar.waitForSelector('#status:has-text("Highlighted")');
      await page.click('nav button[data-tab="jit-pre-assessment"]');
      await page.waitForSelector('table#tab-jit-pre-assessment');
      // Each painted cell by its A1 address, with its colour as #rrggbb.
      const painted = () =>
        page.$$eval('#grid tr', (trs) => {
          const cells: Record<string, string> = {};
          trs.forEach((tr, r) =>
            Array.from((tr as HTMLTableRowElement).cells).forEach((td, c) => {
              const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(td.style.backgroundColor);
              if (rgb)
                cells[`${String.fromCharCode(65 + c)}${r + 1}`] = `#${rgb
                  .slice(1)
                  .map((v) => Number(v).toString(16).padStart(2, '0'))
                  .join('')}`;
            }),
          );
          return cells;
        });
      // Worked from jit-pre-assessment.csv (points 1, cut 80%): every 0 is below the cut (pink
      // #f4c7c3), Femi's blank Q3 (E10) is no data (grey #e0e0e0); the 1s and the label rows are not painted.
      const below = [
        'C7',
        'C11',
        'C18',
        'C25', // Q1: Carla, Gus, Nia, Uma
        'D7',
        'D11',
        'D13',
        'D18',
        'D20',
        'D22',
        'D26',
        'D32', // Q2: Carla, Gus, Ivan, Nia, Pia, Rosa, Vic, Bea
        // Q3: Ana, Carla, Gus, Ivan, Marco, Nia, Pia, Rosa, Tariq, Uma, Vic, Wes, Yara, Bea
        'E5',
        'E7',
        'E11',
        'E13',
        'E17',
        'E18',
        'E20',
        'E22',
        'E24',
        'E25',
        'E26',
        'E27',
        'E29',
        'E32',
      ];
      expect(await painted()).toEqual({
        ...Object.fromEntries(below.map((a) => [a, '#f4c7c3'])),
        E10: '#e0e0e0',
      });
      await sidebar.click('button[data-action="clear"]');
      await sidebar.waitForSelector('#status:has-text("Removed")');
      await page.click('nav button[data-tab="Groups"]');
      await page.waitForSelector('table#tab-Groups');
      await page.click('nav button[data-tab="jit-pre-assessment"]');
      await page.waitForSelector('table#tab-jit-pre-assessment');
      expect(await painted()).toEqual({});

      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, 'preview.png') });
      const frame = await page.$('#sidebar');
      await frame!.screenshot({ path: path.join(OUT, 'sidebar.png') }); // README's picture: setupBrowser
    } finally {
      stop();
    }
  });

  test('hostile names show as text, no dialog opens, nothing overflows 300 px, keyboard works', async () => {
    // The ladder check with hostile names in place of two students. The preview imports the CSV as
    // Sheets does, so a formula-looking name a teacher kept as text is typed with an apostrophe.
    const hostile = path.join(OUT, 'hostile.csv');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      hostile,
      readFileSync(examplePath('jit-pre-assessment.csv'), 'utf8')
        .replace('Carla Chen', '<img src=x onerror=alert(1)>')
        .replace('Gus Garcia', `"'=HYPERLINK(""http://example.org"",""click"")"`),
    );
    const { page, sidebar, dialogs, stop } = await open(hostile);
    try {
      await sidebar.click('button[data-action="groups"]');
      await page.waitForSelector('nav button[data-tab="Groups"]');
      expect(await sidebar.textContent('#stations')).toContain(
        'Teacher table, step 1 · One-step equations: ' +
          // The formula's name holds commas: names are set apart by "; " (nameList).
          '<img src=x onerror=alert(1)>; =HYPERLINK("http://example.org","click"); Nia Nguyen',
      );
      expect(await sidebar.$$('img')).toHaveLength(0);
      await page.click('nav button[data-tab="Student Gaps"]');
      await page.waitForSelector('table#tab-Student-Gaps');
      expect(await page.textContent('#grid')).toContain('=HYPERLINK("http://example.org","click")');
      expect(dialogs).toEqual([]);

      await sidebar.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const overflow = await sidebar.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      // Tab to "Clear highlights" and press Enter.
      await sidebar.focus('button[data-action="highlight"]');
      await page.keyboard.press('Tab');
      expect(await sidebar.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe(
        'clear',
      );
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('#status:has-text("highlights")');
      for (const label of await sidebar.$$eval('input, select', (els) =>
        els.map((e) => ((e as HTMLInputElement).labels?.[0]?.textContent ?? '').trim()),
      ))
        expect(label).not.toBe('');
    } finally {
      stop();
    }
  });

  test('item analysis: the sidebar section, and the Item Analysis tab with its chart', async () => {
    const { page, sidebar, dialogs, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      await sidebar.click('button[data-action="items"]');
      await sidebar.waitForSelector('#status:has-text("Item analysis written")');
      // The figures of tests/pushed.test.ts (menuItemAnalysis), to two places: Q1 24/28 = 0.86, D 3/8 = 0.38.
      const shown = await sidebar.textContent('#items');
      // The header's operators keep to what comes before them (no-break spaces): no line starts "+ 5".
      expect(shown).toContain('Q1: x\u00a0+ 5\u00a0= 14280.860.38');
      expect(shown).toContain('hint: only 28 students');
      // Plain words on the columns, not "Diff.", "Disc." and "r"; each term said in the key below.
      const headers = await sidebar.$$eval('table.items th', (ths) => ths.map((th) => th.textContent));
      expect(headers).toEqual([
        'Item',
        'Students',
        'Share correct',
        'Top vs bottom',
        'Fits the test',
        'Flags',
      ]);
      expect(shown).toContain('Top vs bottomdiscrimination:');
      mkdirSync(OUT, { recursive: true });
      await (await sidebar.$('#items'))!.screenshot({ path: path.join(OUT, 'sidebar-items.png') });
      const root = 'document.documentElement';
      const overflow = await sidebar.evaluate(`${root}.scrollWidth - ${root}.clientWidth`);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.click('nav button[data-tab="Item Analysis"]');
      await page.waitForSelector('table#tab-Item-Analysis');
      const tab = await page.textContent('#grid');
      expect(tab).toContain('Top vs bottom (discrimination)');
      expect(tab).toContain('(1 chart on this tab)');
      expect(dialogs).toEqual([]);
    } finally {
      stop();
    }
  });

  test('a Forms quiz of the seed equations: common wrong answers with their slips, once keyed', async () => {
    const quiz = path.join(ROOT, 'tests', 'fixtures', 'items', 'seed-equations.csv');
    const { sidebar, dialogs, stop } = await open(quiz);
    try {
      // Nothing saved yet: the setup is open first (SPEC 10), the answer-key field in it.
      await sidebar.fill('#answer-key', '2');
      await sidebar.click('#settings button[type="submit"]');
      await sidebar.waitForSelector('#status:has-text("Settings saved")');
      // No sections: each group without steps is named by its skill alone, not "(all) · …".
      const groups = await sidebar.$$eval('#stations p', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.filter((g) => g.startsWith('(all)'))).toEqual([]);
      // …and the class check table has no Section column of "(all)" on every row.
      expect(await sidebar.$$eval('#check thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
        'Skill',
        'Count',
        '%',
        'Tier',
      ]);
      const shown = await sidebar.textContent('#items');
      expect(shown).toContain(
        'Q3: 5(x - 7) = 21: 5.6 (3 students): multiplied only the first term in the ' +
          'parentheses: ben@students.example.org, dee@students.example.org, gus@students.example.org',
      );
      expect(dialogs).toEqual([]);
    } finally {
      stop();
    }
  });

  test('progress: compare the pre-assessment with the weekly quiz, see if the groups worked', async () => {
    // The quiz without Carla and with a newcomer whose name is hostile: both are listed, as text.
    const quiz = path.join(OUT, 'weekly-quiz.csv');
    mkdirSync(OUT, { recursive: true });
    const lines = readFileSync(examplePath('weekly-quiz.csv'), 'utf8')
      .trimEnd()
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('Carla Chen'));
    writeFileSync(quiz, [...lines, '<b onmouseover=alert(1)>New</b>,Period 2,1,1,1,1,1'].join('\n'));
    const { page, sidebar, dialogs, stop } = await open(examplePath('jit-pre-assessment.csv'), quiz);
    try {
      expect(await sidebar.$$eval('#progress-tabs label', (ls) => ls.map((l) => l.textContent))).toEqual([
        'jit-pre-assessment',
        'weekly-quiz',
      ]);
      await sidebar.click('#progress-run');
      await sidebar.waitForSelector('#status:has-text("Progress over 2 tabs")');
      const shown = await sidebar.textContent('#progress');
      expect(shown).toContain('% struggling: jit-pre-assessment → weekly-quiz');
      // One-step: 4/28 (14.3%) → Gus alone of 28 without Carla, with New (3.6%): -3/28 in points.
      const first = await sidebar.$eval('#progress table.progress tbody tr', (r) =>
        Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent),
      );
      expect(first).toEqual(['One-step equations', '14.3%', '3.6%', 'down 10.7 percentage points']);
      expect(shown).toContain(
        'Period 2 · step 1 · One-step equations: 1 of 2 now master it (1 without data)',
      );
      expect(shown).toContain('Period 5 · step 2 · Two-step equations: 1 of 4 now master it');
      expect(shown).toContain('Carla Chen: only in jit-pre-assessment');
      expect(shown).toContain('<b onmouseover=alert(1)>New</b>: only in weekly-quiz');
      expect(await sidebar.$$('#progress b')).toHaveLength(0);
      const overflow = await sidebar.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      await page.click('nav button[data-tab="Progress"]');
      await page.waitForSelector('table#tab-Progress');
      const tab = await page.textContent('#grid');
      expect(tab).toContain('Now master the step');
      expect(tab).toContain('Carla Chen');
      expect(tab).toContain('(1 chart on this tab)');

      // Ticking one tab is refused in plain words.
      await sidebar.check('#progress-tabs input[value="weekly-quiz"]');
      await sidebar.click('#progress-run');
      await sidebar.waitForSelector('#status.error');
      expect(await sidebar.textContent('#status')).toBe(
        'Could not finish: Choose two or more assessment tabs, first to latest.',
      );
      expect(dialogs).toEqual([]);
    } finally {
      stop();
    }
  });

  test('SPEC 6: progress over two classes shows the warning in the sidebar', async () => {
    // Ana Alvarez and Ben Brooks are two of the pre-assessment's 28; the other two are not there.
    const other = path.join(OUT, 'other-class.csv');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      other,
      'Student,Period,Q1: x + 5 = 14\nPoints possible,,1\nSkill,,One-step equations\n' +
        'Ana Alvarez,Period 2,1\nBen Brooks,Period 2,1\nZoe Zhang,Period 3,0\nYusuf Yilmaz,Period 3,1\n',
    );
    const { sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'), other);
    try {
      await sidebar.click('#progress-run');
      await sidebar.waitForSelector('#status:has-text("Progress over 2 tabs")');
      expect(await sidebar.$$eval('#progress li', (ls) => ls.map((l) => l.textContent))).toContain(
        'Only 2 of 28 students in "jit-pre-assessment" are also in "other-class": are these the same class?',
      );
    } finally {
      stop();
    }
  });

  /** Presses Tab until the focused element matches `selector` (at most 60 presses: the sidebar is short). */
  async function tabTo(page: Page, sidebar: Frame, selector: string, key = 'Tab'): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await sidebar.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  test('every button by keyboard alone: after its work the focus is back on the button pressed', async () => {
    const { page, sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      // The keyboard user starts on the first button; from there on only Tab, Enter and Space.
      await sidebar.focus('button[data-action="classCheck"]');
      const buttons = [
        'button[data-action="classCheck"]',
        'button[data-action="groups"]',
        'button[data-action="items"]',
        'button[data-action="highlight"]',
        'button[data-action="clear"]',
        'button[data-action="template"]',
        '#progress-run',
        '#department-run',
        '#settings button[type="submit"]',
      ];
      const landed: Record<string, boolean> = {};
      for (const [i, selector] of buttons.entries()) {
        // The setup sits above the buttons (open while nothing is saved): back there with Shift+Tab.
        const key = selector.startsWith('#settings') ? 'Shift+Tab' : 'Tab';
        if (key !== 'Tab' && !(await sidebar.$eval('#setup', (d) => (d as HTMLDetailsElement).open))) {
          await tabTo(page, sidebar, '#setup > summary', key);
          await page.keyboard.press('Enter');
        }
        await tabTo(page, sidebar, selector, key);
        await page.keyboard.press(i % 2 === 0 ? 'Enter' : ' ');
        await sidebar.waitForSelector('body[aria-busy="false"]');
        landed[selector] = await sidebar.evaluate(
          (sel) => document.activeElement?.matches(sel) ?? false,
          selector,
        );
      }
      expect(landed).toEqual(Object.fromEntries(buttons.map((b) => [b, true])));
    } finally {
      stop();
    }
  });

  test('SPEC 10: messy gradebook: warnings counted at the top, the list one click away', async () => {
    const { sidebar, stop } = await open(examplePath('messy-gradebook.csv'));
    try {
      // Counted by hand in messy-gradebook.csv: "4/4" (F4), which Sheets turns into a date on import;
      // Ben Brooks twice (rows 7, 8); three cells that are not scores: "#N/A" (C6), "B+" (E6), "-1" (F7).
      expect(await sidebar.textContent('#warnings-count')).toBe('5 warnings');
      // Section A's Decimals has data for 2 of 3 (67%, under 70%): the flag is explained under the table.
      expect(await sidebar.textContent('#check .advice')).toContain(
        'Low dataUnder 70% of the roster has a score. Collect data first.',
      );
      const top = async (selector: string) => (await (await sidebar.$(selector))!.boundingBox())!.y;
      expect(await top('#warnings-count')).toBeLessThan(await top('#actions-h'));
      expect(await sidebar.isVisible('#warnings li')).toBe(false);
      await sidebar.click('#warnings-count');
      expect(
        await sidebar.$$eval('#warnings li', (lis) => lis.filter((li) => li.checkVisibility()).length),
      ).toBe(5);
      mkdirSync(OUT, { recursive: true });
      await (await sidebar.frameElement()).screenshot({ path: path.join(OUT, 'sidebar-messy-warnings.png') });
    } finally {
      stop();
    }
  });

  test('an error shows in plain words beside the button pressed, and the focus stays on it', async () => {
    const { sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      // Upper limit 5 (%) under the lower limit 10 (%): the teacher's own units come back.
      await sidebar.evaluate(() => {
        (document.querySelector('details:has(#settings)') as HTMLDetailsElement).open = true;
      });
      await sidebar.fill('#upper', '5');
      await sidebar.focus('#settings button[type="submit"]');
      await sidebar.press('#settings button[type="submit"]', 'Enter');
      await sidebar.waitForSelector('.button-error');
      const beside = await sidebar.evaluate(() => {
        const error = document.querySelector('.button-error')!;
        return { text: error.textContent, after: error.previousElementSibling?.getAttribute('type') };
      });
      expect(beside).toEqual({
        text: 'Not saved: Lower limit (10%) is above upper limit (5%).',
        after: 'submit',
      });
      expect(await sidebar.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    } finally {
      stop();
    }
  });

  test("SPEC 10: the chart's 10% and 20% lines labelled apart; tiers say what to do (SPEC 4)", async () => {
    const { sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      const labels = await sidebar.$$eval('.limit-label', (ls) =>
        ls.map((l) => {
          const box = l.getBoundingClientRect();
          return { text: l.textContent, left: box.left, right: box.right, shown: l.checkVisibility() };
        }),
      );
      expect(labels.map((l) => [l.text, l.shown])).toEqual([
        ['10%', true],
        ['20%', true],
      ]);
      expect(labels[0].right).toBeLessThanOrEqual(labels[1].left);
      // The (all) row of One-step equations is borderline (4 of 28, 14.3%), the others classroom.
      const advice = await sidebar.textContent('#check .advice');
      expect(advice).toContain('BorderlineBetween the limits: look at other data before choosing.');
      expect(advice).toContain('ClassroomWidespread: reteach to the whole class');
    } finally {
      stop();
    }
  });
});
