/**
 * What `clasp push` would send, asked of the pinned clasp itself (`clasp status --json`), and the
 * order it sends it in. Runs offline and without a login, so it works in CI on a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
const CLASP = path.join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

export type FileType = 'SERVER_JS' | 'HTML' | 'JSON';

export interface PushedFile {
  /** As clasp prints it: relative to the directory clasp ran in. */
  localPath: string;
  /** The file's name in the Apps Script project: its path under rootDir, without extension. */
  name: string;
  type: FileType;
  source: string;
}

/**
 * `clasp status --json` run in `project` (the folder holding .clasp.json).
 * `status` only reads .clasp.json and .claspignore and walks rootDir; it never calls
 * assertAuthenticated nor the Apps Script API
 * (node_modules/@google/clasp/build/src/commands/show-file-status.js),
 * so an empty HOME without .clasprc.json is enough: no login, no network.
 */
export function claspStatus(project = ROOT): { filesToPush: string[]; untrackedFiles: string[] } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'clasp-home-'));
  // These variables would point clasp at another project, ignore file or login
  // (commands/program.js makeProgram).
  const { clasp_config_project: _p, clasp_config_ignore: _i, clasp_config_auth: _a, ...env } = process.env;
  try {
    const out = execFileSync(process.execPath, [CLASP, 'status', '--json'], {
      cwd: project,
      env: { ...env, HOME: home },
      encoding: 'utf8',
    });
    return JSON.parse(out);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The order `clasp push` sends files in: those named in .clasp.json `filePushOrder` first, in that
 * order, then the rest by `localeCompare` of their path (node_modules/@google/clasp/build/src/core/files.js
 * Files.push). `status` lists them in whatever order their reads finished (Files.collectLocalFiles), so
 * its order is not the push order.
 */
export function pushOrder(localPaths: string[], filePushOrder: string[] = []): string[] {
  const order = filePushOrder.map((p) => path.normalize(p));
  const rank = (p: string) => order.indexOf(path.normalize(p));
  return [...localPaths].sort((a, b) => {
    const [ia, ib] = [rank(a), rank(b)];
    if (ia === -1 && ib === -1) return a.localeCompare(b);
    if (ia === -1) return 1;
    if (ib === -1) return -1;
    return ia - ib;
  });
}

/**
 * clasp's file types: .js/.gs are server script, .html is HTML, and only appsscript.json is JSON
 * (core/files.js getFileType with the default extensions of core/clasp.js readFileExtensions).
 */
function typeOf(file: string): FileType {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.js' || ext === '.gs') return 'SERVER_JS';
  if (ext === '.html') return 'HTML';
  if (path.basename(file) === 'appsscript.json') return 'JSON';
  throw new Error(`clasp would not push ${file}`);
}

/** The files `clasp push` would send from `project`, in push order, with their contents. */
export function pushedFiles(project = ROOT): PushedFile[] {
  const config = JSON.parse(readFileSync(path.join(project, '.clasp.json'), 'utf8'));
  // rootDir (or srcDir) is where clasp looks, relative to .clasp.json (core/clasp.js initClaspInstance).
  const contentDir = path.join(project, config.srcDir ?? config.rootDir ?? '.');
  const { filesToPush } = claspStatus(project);
  return pushOrder(filesToPush, config.filePushOrder).map((localPath) => {
    const full = path.join(project, localPath);
    const relative = path.relative(contentDir, full).split(path.sep).join('/');
    // The manifest is always named "appsscript"; every other file keeps its path under rootDir
    // (core/files.js collectLocalFiles).
    const type = typeOf(localPath);
    const name = type === 'JSON' ? 'appsscript' : relative.slice(0, -path.extname(relative).length);
    return { localPath, name, type, source: readFileSync(full, 'utf8') };
  });
}
