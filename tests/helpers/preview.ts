/** The local preview in a real browser: Debian's chromium driven by playwright-core. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT = path.join(ROOT, 'test-output');

/** Skipped only on a developer machine without chromium; CI installs it and must run these. */
export const hasBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

/**
 * Without the background-networking flags chromium keeps trying Google's hosts, which this
 * machine's closed network refuses (docs of the machine: env/machines/node.md).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Starts `dist/node/preview.js` on a free port with these CSVs; resolves with its address. */
export async function startPreview(csvs: string[]): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'node', 'preview.js')].concat(csvs), {
    env: { ...process.env, PORT: '0' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      const m = /http:\/\/\S+/.exec(String(d));
      if (m) resolve(m[0]);
    });
    proc.on('exit', (code) => reject(new Error(`preview exited ${code}`)));
  });
  return { proc, url };
}

/** An open preview: the page, its sidebar once it says "Ready.", the dialogs it showed, and a stop. */
export interface OpenPreview {
  page: Page;
  sidebar: Frame;
  dialogs: string[];
  stop: () => void;
}

/** Starts the preview on these CSVs and opens it in a 1100 × 900 page of `browser`. */
export async function openPreview(browser: Browser, csvs: string[]): Promise<OpenPreview> {
  const { proc, url } = await startPreview(csvs);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  const sidebar = page.frame({ url: /\/sidebar$/ })!;
  await sidebar.waitForSelector('#status:has-text("Ready.")');
  return { page, sidebar, dialogs, stop: () => proc.kill() };
}
