/**
 * The preview (`npm start -- FILE`) opens the exports: the built preview server over each fixture,
 * its sidebar's state fetched as the sidebar fetches it (google.script.run over HTTP). The numbers
 * are worked by hand in tests/exports.test.ts and tests/exportsCli.test.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(__dirname, 'fixtures', 'exports');

interface State {
  classCheck: { section: string; skill: string; struggling: number; withData: number }[];
  warnings: string[];
}

/** Starts the preview on the files, asks for the sidebar's state and the tab names, stops it. */
async function preview(...files: string[]): Promise<{ state: State; tabs: string[]; stderr: string }> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'node', 'preview.js')].concat(files), {
    env: { ...process.env, PORT: '0' },
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += String(d)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      proc.stdout.on('data', (d) => {
        const m = /http:\/\/\S+\//.exec(String(d));
        if (m) resolve(m[0]);
      });
      proc.on('exit', (code) => reject(new Error(`preview exited ${code}: ${stderr}`)));
    });
    const rpc = await (await fetch(`${url}rpc/sidebarState`, { method: 'POST', body: '[]' })).json();
    const tabs = ((await (await fetch(`${url}tabs`)).json()) as { name: string }[]).map((t) => t.name);
    return { state: rpc.value as State, tabs, stderr };
  } finally {
    proc.kill();
  }
}

const shares = (state: State) => {
  const out: Record<string, string> = {};
  for (const r of state.classCheck) if (r.section === '(all)') out[r.skill] = `${r.struggling}/${r.withData}`;
  return out;
};

test('a Canvas gradebook: the three assignments, no summary column', async () => {
  const { state } = await preview(path.join(FIXTURES, 'canvas-gradebook.csv'));
  expect(shares(state)).toEqual({
    'Unit 1 Quiz (1201)': '2/6',
    'Unit 2 Quiz (1202)': '2/6',
    'Homework 3 (1203)': '1/6',
  });
});

test('an exam sheet with its key above the header', async () => {
  const { state } = await preview(path.join(FIXTURES, 'exam-answer-key.csv'));
  expect(shares(state)).toEqual({ Q1: '1/5', Q2: '1/5', Q3: '1/5', Q4: '1/5', Q5: '1/4' });
});

test('a OneRoster zip: one tab per class, the first checked', async () => {
  const { state, tabs } = await preview(path.join(FIXTURES, 'oneroster-1.1.zip'));
  expect(tabs).toEqual(['Math 7 - Period 1', 'Math 7 - Period 2']);
  expect(shares(state)).toEqual({ 'Ratios quiz': '1/2', 'Proportions quiz': '0/2' });
});

test('a Windows-1252 file: the warning on the console, the names intact', async () => {
  const { state, stderr } = await preview(path.join(FIXTURES, 'windows-1252.csv'));
  expect(stderr).toContain('windows-1252.csv is not UTF-8: read as Windows-1252');
  expect(shares(state)).toEqual({ 'Fractions quiz': '1/3', 'Decimals quiz': '1/3' });
});
