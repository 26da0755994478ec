/**
 * Builds dist/: Code.js (one Apps Script V8 file whose globals are top-level function
 * declarations), Sidebar.html (the client bundle inlined), appsscript.json, and cli.js.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { generate } = require('gas-entry-generator');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const src = (...p) => path.join(root, 'src', ...p);

function bundle(options) {
  const result = esbuild.buildSync({ bundle: true, write: false, logLevel: 'warning', ...options });
  return result.outputFiles[0].text;
}

function buildAppsScript() {
  // `global` is the script's global object; the IIFE assigns the real functions onto it,
  // replacing the stubs Apps Script needs to see as top-level declarations.
  const code = bundle({
    entryPoints: [src('main.ts')], format: 'iife', target: 'es2020', platform: 'neutral',
    legalComments: 'inline', mainFields: ['module', 'main'],
  });
  const { entryPointFunctions } = generate(code, { comment: true });
  const stubs = entryPointFunctions.replace(/^\s*\*\s*@preserve\s*$\n?/gm, '');
  const header = '// JIT Intervention: built by scripts/build.js from src/. Do not edit.\nvar global = this;\n';
  fs.writeFileSync(path.join(dist, 'Code.js'), `${header}${stubs}\n${code}`);
}

function buildSidebar() {
  const template = src('ui', 'sidebar.html');
  if (!fs.existsSync(template)) return;
  const script = bundle({ entryPoints: [src('ui', 'client', 'main.ts')], format: 'iife', target: 'es2019', platform: 'browser', minify: true });
  const css = fs.readFileSync(src('ui', 'sidebar.css'), 'utf8');
  const html = fs.readFileSync(template, 'utf8')
    .replace('/*STYLE*/', () => css)
    // `</script` inside the bundle would end the inline script early.
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), html);
}

function buildCli() {
  const code = bundle({ entryPoints: [src('cli', 'index.ts')], platform: 'node', target: 'node20', format: 'cjs' });
  fs.writeFileSync(path.join(dist, 'cli.js'), code);
  for (const name of ['preview', 'bench']) {
    const entry = src('cli', `${name}.ts`);
    fs.writeFileSync(path.join(dist, `${name}.js`), bundle({ entryPoints: [entry], platform: 'node', target: 'node20', format: 'cjs' }));
  }
}

fs.mkdirSync(dist, { recursive: true });
buildAppsScript();
buildSidebar();
buildCli();
fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
console.log(`built dist/ (Code.js ${fs.statSync(path.join(dist, 'Code.js')).size} bytes)`);
