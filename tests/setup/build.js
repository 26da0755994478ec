// Builds dist/ once before the suite: the bundle-in-a-vm, clasp and CLI tests run the built files
// (dist/gas/ is what clasp pushes, dist/node/ the command line, preview and bench).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'build.js')], {
    stdio: 'inherit',
  });
};
