#!/usr/bin/env node
// `npm run build`: a clean compile of src/ and constructs/ into lib/ with jsii, keeping their layout
// (lib/src/..., lib/constructs/...) so that src/package-root.ts still finds package.json above it,
// and the jsii assembly (.jsii) the other languages' bindings are generated from (jsii-pacmak).
// jsii uses tsconfig.build.json (package.json `jsii.tsconfig`) and checks the public API against
// what every jsii language can carry; its warnings are errors, but for names reserved in some
// language (JSII5018: jsii-pacmak escapes them in the bindings). Today only `namespace`, reserved
// in C#, the word Kubernetes uses for it.
'use strict';
const { rmSync } = require('fs');
const { join } = require('path');
const { spawnSync } = require('child_process');

const root = join(__dirname, '..');
rmSync(join(root, 'lib'), { recursive: true, force: true });
rmSync(join(root, '.jsii'), { force: true });

const jsii = require.resolve('jsii/bin/jsii', { paths: [root] });
const result = spawnSync(process.execPath, [jsii, '--fail-on-warnings', '--silence-warnings', 'reserved-word'], {
  cwd: root,
  stdio: 'inherit',
  // jsii 5.9 warns at length that Node 20 is past its end of life (jsii's support of it ended 2026-10-30); it still builds with it, and Node 20 is what this project supports.
  env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20', JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
