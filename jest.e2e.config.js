// The end-to-end project: real Terraform, providers and API servers, started by scripts/e2e/run.sh
// (`npm run e2e`). Apart from `npm test`: its files are *.e2e.ts under test/e2e, which the fast
// suite's testMatch never picks up.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  // One deploy at a time: the tests share the API servers, and two cores are all there is.
  maxWorkers: 1,
  testTimeout: 15 * 60 * 1000,
  // Each test is minutes of real work: name it and its time in the log.
  verbose: true,
};
