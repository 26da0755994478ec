/**
 * Builds dist/ in two folders, one per runtime, so that nothing Node runs can reach Apps Script:
 *   dist/gas/   what `clasp push` sends (`.clasp.json` rootDir): Code.js (one Apps Script V8 file
 *               whose globals are top-level function declarations), Sidebar.html (the client
 *               bundle inlined) and appsscript.json;
 *   dist/node/  cli.js, preview.js and bench.js, CommonJS bundles that call `require`.
 * Apps Script loads every pushed .js into one global scope before any function runs, so a Node
 * bundle pushed beside Code.js would stop every menu item with `require is not defined`.
 * `.claspignore` lets only those three names through even if something else lands in dist/gas/:
 * clasp reads it beside .clasp.json, it replaces clasp's default patterns, and it is matched
 * against paths under rootDir (node_modules/@google/clasp/build/src/core/clasp.js findIgnoreFile,
 * loadIgnoreFileOrDefaults; core/files.js getLocalFiles). It cannot hold comments: every
 * non-empty line is a pattern.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { generate } = require('gas-entry-generator');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const gas = path.join(dist, 'gas');
const node = path.join(dist, 'node');
const src = (...p) => path.join(root, 'src', ...p);

function bundle(options) {
  const result = esbuild.buildSync({ bundle: true, write: false, logLevel: 'warning', ...options });
  return result.outputFiles[0].text;
}

function buildAppsScript() {
  // `global` is the script's global object; the IIFE assigns the real functions onto it,
  // replacing the stubs Apps Script needs to see as top-level declarations.
  const code = bundle({
    entryPoints: [src('main.ts')],
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    legalComments: 'inline',
    mainFields: ['module', 'main'],
  });
  const { entryPointFunctions } = generate(code, { comment: true });
  const stubs = entryPointFunctions.replace(/^\s*\*\s*@preserve\s*$\n?/gm, '');
  const header =
    '// JIT Intervention: built by scripts/build.js from src/. Do not edit.\nvar global = this;\n';
  fs.writeFileSync(path.join(gas, 'Code.js'), `${header}${stubs}\n${code}`);
}

function buildSidebar() {
  const template = src('ui', 'sidebar.html');
  if (!fs.existsSync(template)) return;
  const script = bundle({
    entryPoints: [src('ui', 'client', 'main.ts')],
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
  });
  const css = fs.readFileSync(src('ui', 'sidebar.css'), 'utf8');
  const html = fs
    .readFileSync(template, 'utf8')
    .replace('/*STYLE*/', () => css)
    // `</script` inside the bundle would end the inline script early.
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
  fs.writeFileSync(path.join(gas, 'Sidebar.html'), html);
}

function buildNode() {
  for (const [name, entry] of [
    ['cli', 'index'],
    ['preview', 'preview'],
    ['bench', 'bench'],
  ]) {
    const code = bundle({
      entryPoints: [src('cli', `${entry}.ts`)],
      platform: 'node',
      target: 'node20',
      format: 'cjs',
    });
    fs.writeFileSync(path.join(node, `${name}.js`), code);
  }
}

// A fresh dist/ each time: clasp pushes every .js/.html under rootDir, recursively
// (node_modules/@google/clasp/build/src/core/files.js getLocalFiles), so a file left over from an
// older build must not survive in dist/gas/.
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(gas, { recursive: true });
fs.mkdirSync(node, { recursive: true });
buildAppsScript();
buildSidebar();
fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(gas, 'appsscript.json'));
buildNode();
console.log(`built dist/gas/ (Code.js ${fs.statSync(path.join(gas, 'Code.js')).size} bytes) and dist/node/`);
