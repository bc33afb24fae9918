#!/usr/bin/env node
'use strict';
// The command-line entry: the compiled CLI in lib/ parses process.argv and sets process.exitCode.
require('../lib/src/cli/run.js');
