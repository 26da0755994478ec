/** The local preview in a real browser: Debian's chromium driven by playwright-core. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

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
