/**
 * Issue #16's walkthrough in a real browser (SPEC 10): a teacher opens the Classroom export, finds the
 * setup open, groups the eight assignments into three skills (steps 1–3) by keyboard alone, saves,
 * sees three class-check rows, writes the group tabs and reads the whole-class sentence with its
 * numbers. Each step's screenshot is in test-output/setup-*.png.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { examplePath } from './helpers/examples';
import { hasBrowser, launchBrowser, OUT, ROOT, startPreview } from './helpers/preview';
import { THREE_SKILLS } from './helpers/setup';

const describeBrowser = hasBrowser ? describe : describe.skip;

/** What has the keyboard focus in the sidebar: an element's id, else its action, else its text. */
const focused = (sidebar: Frame) =>
  sidebar.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e ? e.id || e.dataset.action || (e.textContent ?? '').trim() : '';
  });

/** Presses Tab until `target` has the focus (at most `limit` times): the keyboard's way to a control. */
async function tabTo(page: Page, sidebar: Frame, target: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit && (await focused(sidebar)) !== target; i++) await page.keyboard.press('Tab');
  expect(await focused(sidebar)).toBe(target);
}

describeBrowser('SPEC 10: the setup walkthrough on a Google Classroom export, in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('group the assignments into three skills, save, class check, group tabs: keyboard only', async () => {
    const { proc, url } = await startPreview([examplePath('classroom-export.csv')]);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const shot = (name: string) => page.locator('#sidebar').screenshot({ path: path.join(OUT, name) });
    try {
      await page.goto(url);
      let sidebar = page.frame({ url: /\/sidebar$/ })!;
      await sidebar.waitForSelector('#status:has-text("Ready.")');

      // 1. Nothing saved yet: the setup is open, first, with each assignment as its own skill.
      expect(await sidebar.$eval('#setup', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await sidebar.textContent('#setup-read')).toContain(
        'Read as a Google Classroom export: header on row 1, 24 students, 8 items.',
      );
      expect(
        await sidebar.$$eval('.setup-identity select', (ss) =>
          ss.map((s) => (s as HTMLSelectElement).selectedOptions[0].text),
        ),
      ).toEqual(['Last name', 'First name', 'Email']);
      expect(await sidebar.$$eval('.setup-item legend', (ls) => ls.map((l) => l.textContent))).toEqual(
        THREE_SKILLS.map(({ item }, i) => `${String.fromCharCode(68 + i)}: ${item}`), // D to K
      );
      expect(await sidebar.textContent('#check')).toContain('Unit 3 Test'); // eight one-item skills
      await shot('setup-1-open.png');

      // 2. Type the three skills and their steps over the eight assignments, moving with Tab only.
      await sidebar.focus('#setup > summary');
      for (const [i, { skills, step }] of THREE_SKILLS.entries()) {
        await tabTo(page, sidebar, `item-skills-${i}`);
        await page.keyboard.press('Control+A');
        await page.keyboard.type(skills[0]);
        await page.keyboard.press('Tab');
        expect(await focused(sidebar)).toBe(`item-step-${i}`);
        await page.keyboard.type(step);
      }
      const overflow = await sidebar.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0); // the open setup fits 300 px
      for (const label of await sidebar.$$eval('#setup input, #setup select', (els) =>
        els.map((e) => ((e as HTMLInputElement).labels?.[0]?.textContent ?? '').trim()),
      ))
        expect(label).not.toBe('');
      await shot('setup-2-typed.png');

      // 3. Save with Enter on the Save button: one call; focus back on the button.
      await tabTo(page, sidebar, 'Save settings');
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('#status:has-text("Settings saved")');
      expect(await focused(sidebar)).toBe('Save settings');
      // Three rows, hand-counted in tests/itemSetup.test.ts:
      // 11 of 24 = 45.8%, 14 of 22 = 63.6%, 14 of 24 = 58.3%.
      // The check rows (each row's "Who" line is its own row, class who).
      const rows = await sidebar.$$eval('#check tbody tr:not(.who)', (trs) =>
        trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent).slice(0, 3)),
      );
      // No sections: no Section column of "(all)".
      expect(rows).toEqual([
        ['One-step equations', '11/24', '45.8%'],
        ['Two-step equations', '14/22', '63.6%'],
        ['Distributive property', '14/24', '58.3%'],
      ]);
      const sentence =
        '11 of 24 (46%) missed step 1, over the 20% limit: ' +
        'start the whole class at step 1 · One-step equations.';
      expect(await sidebar.textContent('#stations')).toContain(sentence);
      await shot('setup-3-saved.png');
      await sidebar.$eval('#check-h', (h) => h.scrollIntoView());
      await shot('setup-3-check.png');

      // 4. Class check with Space, Write group tabs with Enter; focus back on each button pressed.
      await tabTo(page, sidebar, 'classCheck');
      await page.keyboard.press('Space');
      await sidebar.waitForSelector('#status:has-text("Class check written")');
      expect(await focused(sidebar)).toBe('classCheck');
      await tabTo(page, sidebar, 'groups');
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('#status:has-text("Groups written")');
      expect(await focused(sidebar)).toBe('groups');
      await page.click('nav button[data-tab="Groups"]');
      await page.waitForSelector('table#tab-Groups');
      expect(await page.textContent('#grid')).toContain(sentence);
      // The teacher table by entry step, the tab's rows (section, station, step, student, ...):
      // step 1 the 11 below 80% on the one-step assignments; step 2 those at 80% or more there but
      // below on the two-step ones: Carla 26/35, Uma 21/35, Vic 25/35 (Dev and Xin have no two-step data).
      const table = await page.$$eval('#grid tr', (trs) =>
        trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent ?? '')),
      );
      const atStep = (step: string) =>
        table.filter((r) => r[1] === 'Teacher table' && r[2] === step).map((r) => r[3].split(',')[0]);
      expect(atStep('step 1 · One-step equations')).toEqual([
        'Alvarez',
        'Brooks',
        'Garcia',
        'Huang',
        'Ito',
        'Johnson',
        'Lopez',
        'Martin',
        'Patel',
        'Reyes',
        'Tran',
      ]);
      expect(atStep('step 2 · Two-step equations')).toEqual(['Chen', 'Usman', 'Vega']);
      await page.screenshot({ path: path.join(OUT, 'setup-4-groups.png') });

      // 5. Opened again: something is saved, so the setup is closed and the results come first.
      await page.reload();
      sidebar = page.frame({ url: /\/sidebar$/ })!;
      await sidebar.waitForSelector('#status:has-text("Ready.")');
      expect(await sidebar.$eval('#setup', (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await sidebar.$$eval('#check tbody tr:not(.who)', (trs) => trs.length)).toBe(3);
      await shot('setup-5-reopened.png');
      if (process.env.UPDATE_SCREENSHOT)
        copyFileSync(path.join(OUT, 'setup-5-reopened.png'), path.join(ROOT, 'docs', 'sidebar.png'));
      expect(dialogs).toEqual([]);
    } finally {
      proc.kill();
    }
  });

  test('a Skill Map row shown, not editable; an item left out by keyboard; headers as text', async () => {
    const dir = path.join(OUT, 'setup-skill-map');
    mkdirSync(dir, { recursive: true });
    const quiz = path.join(dir, 'Quiz.csv');
    writeFileSync(
      quiz,
      [
        'Student,Q1 <img src=x onerror=alert(1)>,Q2,Q3,Total',
        'Points possible,1,1,1,',
        'Ana,1,0,1,2',
        'Ben,0,1,1,2',
        'Cy,1,1,0,2',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'Skill Map.csv'), 'Item,Skill\nQ2,Mapped skill\n');
    const { proc, url } = await startPreview([quiz, path.join(dir, 'Skill Map.csv')]);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(url);
      const sidebar = page.frame({ url: /\/sidebar$/ })!;
      await sidebar.waitForSelector('#status:has-text("Ready.")');
      const legends = await sidebar.$$eval('.setup-item legend', (ls) => ls.map((l) => l.textContent));
      expect(legends).toEqual(['B: Q1 <img src=x onerror=alert(1)>', 'C: Q2', 'D: Q3', 'E: Total']);
      expect(await sidebar.$$('img')).toHaveLength(0);
      // Q2 (card 1): the Skill Map's words, no field to edit; Total (card 3): not an item, why, unticked.
      const card = (i: number) => `.setup-item[data-item-index="${i}"]`;
      expect(await sidebar.textContent(card(1))).toBe(
        'C: Q2' + 'Mapped skill · 1 point · cut 80%' + 'Set by the Skill Map tab.',
      );
      expect(await sidebar.$$(`${card(1)} input`)).toHaveLength(0);
      expect(await sidebar.textContent(card(3))).toContain('Not an item: totals and averages.');
      expect(await sidebar.isChecked('#item-included-3')).toBe(false);

      // Leave Q3 out: Tab to its box, Space, then Tab on to Save and Enter.
      await sidebar.focus('#item-cut-2');
      await page.keyboard.press('Tab');
      expect(await focused(sidebar)).toBe('item-included-2');
      await page.keyboard.press('Space');
      await tabTo(page, sidebar, 'Save settings');
      await page.keyboard.press('Enter');
      await sidebar.waitForSelector('#status:has-text("Settings saved")');
      expect(await focused(sidebar)).toBe('Save settings');
      // Q1: Ben's 0 of 1 is the one below 80% (1 of 3); Mapped skill (Q2): Ana's 0 (1 of 3); Q3 is gone.
      // The check rows (each row's "Who" line is its own row, class who).
      const rows = await sidebar.$$eval('#check tbody tr:not(.who)', (trs) =>
        trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent).slice(0, 2)),
      );
      expect(rows).toEqual([
        ['Q1 <img src=x onerror=alert(1)>', '1/3'],
        ['Mapped skill', '1/3'],
      ]);
      expect(await sidebar.textContent(card(2))).toContain('Not an item: left out in the setup.');
      await page.locator('#sidebar').screenshot({ path: path.join(OUT, 'setup-6-skill-map.png') });
      expect(dialogs).toEqual([]);
    } finally {
      proc.kill();
    }
  });
});
