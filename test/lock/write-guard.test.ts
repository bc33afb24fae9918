import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { hostname } from 'os';
import { EMPTY_LOCK, Lock } from '../../src/placement/lock';
import { LockFile, LockWriteError } from '../../src/placement/lock-file';
import { Fleet, lockedPlaces, synthFleet, tempLockPath } from './fleet';

const fleet: Fleet = { hosts: [{ name: 'dc1', pool: 1 }], virtualClusters: [{ name: 'team-a' }] };

function lock(names: string[]): Lock {
  return { version: 1, groups: { lb: { distribution: 'k8s', virtualClusters: Object.fromEntries(names.map((n) => [n, { host: 'dc1' }])) } } };
}

/** A process id that no process has now: one that ran and ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('two synths never write the lock file at once (guard file beside it)', () => {
  it('takes over a guard left by a synth that died, and removes it after writing', () => {
    const file = tempLockPath();
    fs.writeFileSync(`${file}.guard`, JSON.stringify({ pid: deadPid(), host: hostname(), since: Date.now(), token: 'x' }));
    synthFleet(fleet, file);
    expect(lockedPlaces(file)).toEqual({ lb: { 'team-a': 'dc1 10.1.0.1' } });
    expect(fs.existsSync(`${file}.guard`)).toBe(false);
  });

  it('takes over a guard older than any write could take (another machine, or unreadable)', () => {
    const file = tempLockPath();
    fs.writeFileSync(`${file}.guard`, JSON.stringify({ pid: process.ppid, host: 'elsewhere', since: Date.now() - 3_600_000, token: 'x' }));
    new LockFile(file, 'fleet', false).write(lock(['a']));
    expect(fs.existsSync(file)).toBe(true);
    fs.writeFileSync(`${file}.guard`, 'not json');
    const past = new Date(Date.now() - 3_600_000);
    fs.utimesSync(`${file}.guard`, past, past);
    new LockFile(file, 'fleet', false).write(lock(['a', 'b']));
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks.fleet.groups.lb.virtualClusters)).toEqual(['a', 'b']);
  });

  it('waits for a live synth holding the guard, then gives up with PL-5 naming it, and leaves the file and the guard alone', () => {
    const file = tempLockPath();
    new LockFile(file, 'fleet', false).write(lock(['a']));
    const before = fs.readFileSync(file, 'utf8');
    const guard = JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now(), token: 'theirs' });
    fs.writeFileSync(`${file}.guard`, guard);
    const started = Date.now();
    const writer = new LockFile(file, 'fleet', false, { waitMs: 300 });
    expect(() => writer.write(lock(['a', 'b']))).toThrow(LockWriteError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(() => writer.write(lock(['a', 'b']))).toThrow(`is being written by process ${process.ppid} on ${hostname()}`);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readFileSync(`${file}.guard`, 'utf8')).toBe(guard);
  });

  it("keeps another stack's entry written after this synth read the file", () => {
    const file = tempLockPath();
    const mine = new LockFile(file, 'fleet', false);
    expect(mine.read()).toBe(EMPTY_LOCK);
    new LockFile(file, 'other', false).write(lock(['x']));
    mine.write(lock(['a']));
    const stacks = JSON.parse(fs.readFileSync(file, 'utf8')).stacks;
    expect(Object.keys(stacks)).toEqual(['fleet', 'other']);
    expect(Object.keys(stacks.other.groups.lb.virtualClusters)).toEqual(['x']);
  });

  it("refuses to overwrite its own stack's entry that another synth changed after this one read it (compare before write)", () => {
    const file = tempLockPath();
    new LockFile(file, 'fleet', false).write(lock(['a']));
    const mine = new LockFile(file, 'fleet', false);
    mine.read();
    new LockFile(file, 'fleet', false).write(lock(['a', 'theirs']));
    expect(() => mine.write(lock(['a', 'mine']))).toThrow('the entry of stack fleet in');
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks.fleet.groups.lb.virtualClusters)).toEqual(['a', 'theirs']);
    // Writing what the other synth wrote is no conflict.
    expect(() => mine.write(lock(['a', 'theirs']))).not.toThrow();
  });
});
