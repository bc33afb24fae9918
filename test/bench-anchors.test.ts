/**
 * The bench's anchors stay anchors: at a small scale, the expert's hand-written cdktf program and the
 * floor (the same file written directly) must still write byte for byte what ours writes. Without this,
 * a change of our output silently broke `npm run bench` at its byte check (found in issue 17's work).
 */
import { join } from 'path';
import { run } from './support/command';

const ROOT = join(__dirname, '..');

describe('npm run bench', () => {
  it('writes the same cdk.tf.json with ours, the expert program and the floor', () => {
    const { stderr } = run(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--scales', '3x12', '--no-violation', '--no-npm-synth', '--no-import', '--no-review-size', '--no-sharded', '--no-one-vc-change'],
      ROOT,
      { BENCH_RUNS: '1', CHECKPOINT_DISABLE: '1' },
    );
    expect(stderr).toMatch(/cdk\.tf\.json byte-identical: ours, expert, floor \(\d+ bytes\)/);
  }, 60_000);
});
