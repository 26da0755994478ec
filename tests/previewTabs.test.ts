/**
 * The local preview as a teacher uses it (real chromium): clicking a tab makes it the active tab of
 * the in-memory spreadsheet, as in Sheets, so the next sidebar action reads it and the sidebar names
 * it; and the charts are drawn from what the add-on sent (bars with the labelled 10% and 20% lines,
 * a bar per item under its name).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { examplePath } from './helpers/examples';
import { hasBrowser, launchBrowser, openPreview, OUT, ROOT } from './helpers/preview';

const describeBrowser = hasBrowser ? describe : describe.skip;

test('npm start -- missing.csv: one line naming the file, no stack trace, exit 1', () => {
  const preview = path.join(ROOT, 'dist', 'node', 'preview.js');
  const r = spawnSync(process.execPath, [preview, 'missing.csv'], { encoding: 'utf8', env: { PORT: '0' } });
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('jit-intervention preview: missing.csv: no such file.\n');
});

describeBrowser('the preview in chromium: tabs and charts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (...csvs: string[]) => openPreview(browser, csvs);

  test('clicking the second tab, then Class check, checks that tab and names it at the top', async () => {
    const { page, sidebar, stop } = await open(
      examplePath('jit-pre-assessment.csv'),
      examplePath('weekly-quiz.csv'),
    );
    try {
      // The first tab is active when the spreadsheet opens, as in Sheets.
      expect(await sidebar.textContent('#analysed-tab')).toBe('Tab analysed: jit-pre-assessment');
      await page.click('nav button[data-tab="weekly-quiz"]');
      await page.waitForSelector('nav button[data-tab="weekly-quiz"][aria-pressed="true"]');
      await sidebar.click('button[data-action="classCheck"]');
      await sidebar.waitForSelector('#status:has-text("Class check written")');
      expect(await sidebar.textContent('#analysed-tab')).toBe('Tab analysed: weekly-quiz');
      // Only the weekly quiz has Q5 (Variables on both sides): 0 for 10 students in each period,
      // 20 of 28 = 71.4%.
      const check = await sidebar.textContent('#check');
      expect(check).toContain('Variables on both sides');
      expect(check).toContain('71.4%');
      // The tab the teacher had open stays open after the action (SPEC 7).
      expect(await page.getAttribute('nav button[aria-pressed="true"]', 'data-tab')).toBe('weekly-quiz');
      await page.click('nav button[data-tab="Class Check"]');
      await page.waitForSelector('table#tab-Class-Check');
      expect(await page.textContent('#grid')).toContain('Variables on both sides');
    } finally {
      stop();
    }
  });

  test('the Class Check chart: one bar per skill, the 10% and 20% lines labelled', async () => {
    const { page, sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      await sidebar.click('button[data-action="classCheck"]');
      await sidebar.waitForSelector('#status:has-text("Class check written")');
      await page.click('nav button[data-tab="Class Check"]');
      const chart = await page.waitForSelector('svg.chart[data-type="combo"]');
      // jit-pre-assessment.csv, whole roster: Q1 (one-step) 0 for Carla, Gus, Nia, Uma = 4/28 = 14%;
      // Q2 (two-step) 0 for 8 students = 8/28 = 29%; Q3 (distributive) 0 for 14, Femi blank = 14/27 = 52%.
      expect(await chart.$$eval('rect.bar title', (ts) => ts.map((t) => t.textContent))).toEqual([
        'One-step equations: 14%',
        'Two-step equations: 29%',
        'Distributive property: 52%',
      ]);
      expect(await chart.$$eval('text.line-label', (ts) => ts.map((t) => t.textContent))).toEqual([
        '10%',
        '20%',
      ]);
      // The legend names each series as its header does, without a redundant "(line)".
      expect(await chart.$$eval('text.legend', (ts) => ts.map((t) => t.textContent))).toEqual([
        '% struggling',
        'Lower (10%)',
        'Upper (20%)',
      ]);
      // Each line is drawn at its height: 20% sits higher (smaller y) than 10%.
      const heights = await chart.$$eval('polyline.line', (ls) =>
        ls.map((l) => Number(l.getAttribute('points')!.split(/[ ,]/)[1])),
      );
      expect(heights[1]).toBeLessThan(heights[0]);
      mkdirSync(OUT, { recursive: true });
      await chart.screenshot({ path: path.join(OUT, 'class-check-chart.png') });
    } finally {
      stop();
    }
  });

  test("the Item Analysis chart: a bar per item under its name, in the table's words and units", async () => {
    const { page, sidebar, stop } = await open(examplePath('jit-pre-assessment.csv'));
    try {
      await sidebar.click('button[data-action="items"]');
      await sidebar.waitForSelector('#status:has-text("Item analysis written")');
      await page.click('nav button[data-tab="Item Analysis"]');
      const chart = await page.waitForSelector('svg.chart[data-type="combo"]');
      // Share correct (tests/pushed.test.ts): Q1 24/28 = 0.857, Q2 20/28 = 0.714, Q3 13/27 = 0.481,
      // to two places as the table shows them.
      expect(await chart.$$eval('rect.bar title', (ts) => ts.map((t) => t.textContent))).toEqual([
        'Q1: x + 5 = 14: 0.86',
        'Q2: 2x - 10 = -18: 0.71',
        'Q3: 5(x - 7) = 21: 0.48',
      ]);
      expect(await chart.$$eval('text.category', (ts) => ts.map((t) => t.textContent))).toEqual([
        'Q1: x + 5 = 14',
        'Q2: 2x - 10 = -18',
        'Q3: 5(x - 7) = 21',
      ]);
      // The axis 0 to 1 in steps of 0.2 (at most 5 steps), titled in the table's words.
      const labels = await chart.$$eval('text', (ts) => ts.map((t) => t.textContent));
      expect(labels).toEqual(
        expect.arrayContaining(['0.00', '0.20', '1.00', 'Share correct (difficulty)', 'Item']),
      );
      expect(labels).not.toContain('0%');
      mkdirSync(OUT, { recursive: true });
      await chart.screenshot({ path: path.join(OUT, 'item-analysis-chart.png') });
    } finally {
      stop();
    }
  });
});
