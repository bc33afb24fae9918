/**
 * Whether the suite runs in CI, read when this module is first loaded: test/setup.ts imports it
 * before it clears `CI` for the tests (imports run first), and each test file shares that module
 * instance with its setup file.
 */
export const ranInCi = process.env.CI === 'true';
