/**
 * The department check in the local preview, in chromium: `npm start -- a.csv b.csv c.csv d.csv`
 * with the four class fixtures, the sidebar's button, the Department Check tab and its chart drawn.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, fixturePath } from './helpers/department';
import { hasBrowser, launchBrowser, OUT, startPreview } from './helpers/preview';

const testBrowser = hasBrowser ? test : test.skip;

testBrowser(
  'the sidebar runs the department check; the tab shows the verdicts and draws the chart',
  async () => {
    const browser = await launchBrowser();
    const { proc, url } = await startPreview(FIXTURES.map(fixturePath));
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(url);
      const sidebar = page.frame({ url: /\/sidebar$/ })!;
      // The active tab is the first class: the sidebar opens on it as usual.
      await sidebar.waitForSelector('#status:has-text("Ready.")');
      await sidebar.click('#department-run');
      await sidebar.waitForSelector('#status:has-text("Department check of 5 classes")');
      // The hand-worked verdicts (tests/helpers/department.ts), as the sidebar shows them.
      const rows = await sidebar.$$eval('#department tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
      expect(rows).toEqual([
        ['One-step equations', 'System', '3 of 5', '1'],
        ['Two-step equations', 'System (data)', '0 of 5', '3'],
        ['Slope', 'Each class', '1 of 4', '0'],
        ['Exponents', 'Each class', '1 of 1', '0'],
      ]);
      expect(await sidebar.textContent('#department')).toContain(
        'alg1-ortiz · P2: 6 students, 66.7% with data',
      );
      const overflow = await sidebar.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // SPEC 10, 300 px: each header's text fits its cell ("Classroom" ran into "Low data").
      const headers = await sidebar.$$eval('#department thead th', (ths) =>
        ths.map((th) => [th.textContent, th.scrollWidth <= th.clientWidth]),
      );
      expect(headers).toEqual([
        ['Skill', true],
        ['Verdict', true],
        ['Classroom', true],
        ['Low data', true],
      ]);
      // The heading and the button say "Department check"; the caption does not say it a third time.
      expect(await sidebar.textContent('#department caption')).toBe(
        'Per skill, as on the tab "Department Check"',
      );

      await page.click('nav button[data-tab="Department Check"]');
      await page.waitForSelector('table#tab-Department-Check');
      const tab = await page.textContent('#grid');
      expect(tab).toContain('System (data)Two-step equations');
      expect(tab).toContain('Borderline · 20% · low data');
      // The chart, drawn from its range: one bar per skill, the half-of-classes line, its title.
      const chart = await page.$eval('#grid svg.chart', (svg) => ({
        label: svg.getAttribute('aria-label'),
        bars: svg.querySelectorAll('rect[height]:not([width="12"])').length,
        lines: svg.querySelectorAll('polyline').length,
      }));
      expect(chart).toEqual({ label: 'Classes at classroom level per skill', bars: 4, lines: 1 });
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, 'department.png'), fullPage: true });
    } finally {
      proc.kill();
      await browser.close();
    }
  },
  60000,
);
