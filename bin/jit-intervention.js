#!/usr/bin/env node
// The command line is built by `npm run build` (npm install runs it).
require('../dist/cli.js');
