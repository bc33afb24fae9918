// The end-to-end project: real Terraform, providers and API servers, started by scripts/e2e/run.sh
// (`npm run e2e`). Apart from `npm test`: its files are *.e2e.ts under test/e2e, which the fast
// suite's testMatch never picks up.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  // Each file deploys to API servers of its own (scripts/e2e/run.sh), so the files all run side
  // by side, one worker each: a deploy mostly waits (on Helm, on the API servers' controllers),
  // not on the CPU.
  maxWorkers: 5,
  testTimeout: 15 * 60 * 1000,
  // Each test is minutes of real work: name it and its time in the log.
  verbose: true,
};
