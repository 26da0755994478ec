#!/usr/bin/env node
// The command line is built by `npm run build` (npm install runs it) into dist/node/, beside
// dist/gas/ which holds only what clasp pushes to Apps Script.
require('../dist/node/cli.js');
