#!/usr/bin/env node
// `npm run build`: a clean compile of src/ and constructs/ into lib/, keeping their layout
// (lib/src/..., lib/constructs/...) so that src/package-root.ts still finds package.json above it.
'use strict';
const { rmSync } = require('fs');
const { join } = require('path');
const { spawnSync } = require('child_process');

const root = join(__dirname, '..');
rmSync(join(root, 'lib'), { recursive: true, force: true });

const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
