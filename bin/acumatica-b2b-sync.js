#!/usr/bin/env node
'use strict';
// The command line runs from its TypeScript sources, compiled as they load by ts-node (a devDependency:
// `npm ci` in the repository installs it). Type checking is left to `npm test`, so start-up stays quick.
const { join } = require('node:path');

const root = join(__dirname, '..');
let tsNode;
try {
  tsNode = require('ts-node');
} catch {
  process.stderr.write(`acumatica-b2b-sync runs from its sources and needs ts-node: run npm ci in ${root}\n`);
  process.exit(2);
}
tsNode.register({ transpileOnly: true, project: join(root, 'tsconfig.json') });
require('../src/cli').main();
