import { spawn } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { tempLockPath } from './fleet';

const WORKERS = 3;
const ROUNDS = 12;

/** Runs one worker process; resolves with its exit code and what it printed on stderr. */
function worker(file: string, stack: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'race-worker.ts'), file, stack, String(ROUNDS)], {
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('synths racing on one lock file, in real processes', () => {
  it(`loses no stack's entry and never reads a half-written file (${WORKERS} processes × ${ROUNDS} synths)`, async () => {
    const file = tempLockPath();
    const stacks = Array.from({ length: WORKERS }, (_, i) => `stack${i}`);
    const results = await Promise.all(stacks.map((stack) => worker(file, stack)));
    // A worker that read a torn or empty file fails its synth with PL-2; one that hit the guard too long, with PL-5.
    expect(results).toEqual(stacks.map(() => ({ code: 0, stderr: '' })));
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(data.stacks)).toEqual(stacks);
    for (const stack of stacks) expect(Object.keys(data.stacks[stack].groups.lb.virtualClusters)).toHaveLength(ROUNDS);
  }, 120_000);
});
