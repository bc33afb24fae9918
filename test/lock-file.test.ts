/** The lock file: its format, its diff, and reading and writing it. */
import { EMPTY_LOCK, serializeLock } from '../src/placement/lock';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { lockChanges } from '../src/placement/lock-diff';
import { LockFile } from '../src/placement/lock-file';
import { lock } from './support/model';

describe('lockChanges', () => {
  const before = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h1', ip: '10.0.0.1' }, b: { host: 'h1' }, c: { host: 'h2' } } } });

  it('reports nothing for identical locks', () => {
    expect(lockChanges(before, before)).toEqual([]);
  });

  it('names new, removed and moved virtual clusters with host and IP, sorted by name', () => {
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h2', ip: '10.0.0.2' }, c: { host: 'h2' }, d: { host: 'h1', ip: '10.0.0.3' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: h1 10.0.0.1 -> h2 10.0.0.2', 'lb/b: removed from h1', 'lb/d: new on h1 10.0.0.3']);
  });

  it('reports an IP change on the same host', () => {
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { ...before.groups.lb.virtualClusters, a: { host: 'h1' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: h1 10.0.0.1 -> h1']);
  });

  it('reports a distribution change, a new empty group and a removed group, groups in key order', () => {
    const after = lock({ a: { distribution: 'k3s', virtualClusters: {} }, lb: { distribution: 'k0s', virtualClusters: before.groups.lb.virtualClusters } });
    expect(lockChanges(before, after)).toEqual(['a: new group', 'lb: distribution k8s -> k0s']);
    expect(lockChanges(after, before)).toEqual(['a: group removed', 'lb: distribution k0s -> k8s']);
  });

  it('does not call a new group with virtual clusters a "new group": its virtual clusters are listed', () => {
    const after = lock({ ...before.groups, z: { distribution: 'k8s', virtualClusters: { x: { host: 'h9' } } } });
    expect(lockChanges(before, after)).toEqual(['z/x: new on h9']);
  });
});

describe('lock format', () => {
  it('serializes with groups and virtual clusters in key order, two-space indent and one trailing newline', () => {
    const text = serializeLock(lock({ z: { distribution: 'k8s', virtualClusters: { b: { host: 'h' }, a: { host: 'h', ip: '1.1.1.1' } } }, a: { distribution: 'k3s', virtualClusters: {} } }));
    expect(text).toBe(
      `${JSON.stringify({ version: 1, groups: { a: { distribution: 'k3s', virtualClusters: {} }, z: { distribution: 'k8s', virtualClusters: { a: { host: 'h', ip: '1.1.1.1' }, b: { host: 'h' } } } } }, null, 2)}\n`,
    );
  });
});

describe('LockFile', () => {
  function tempFile(): string {
    return join(mkdtempSync(join(tmpdir(), 'cg-mk-')), 'cluster-groups.lock.json');
  }
  const one = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h1' } } } });

  it('reads an empty lock without a path or without a file', () => {
    expect(new LockFile(undefined, 's', false).read()).toBe(EMPTY_LOCK);
    expect(new LockFile(tempFile(), 's', false).read()).toBe(EMPTY_LOCK);
  });

  it('writes its own stack beside the others, stacks in key order, and reads it back', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, stacks: { zz: { groups: {} } } }));
    new LockFile(file, 'aa', false).write(one);
    const text = readFileSync(file, 'utf8');
    expect(Object.keys(JSON.parse(text).stacks)).toEqual(['aa', 'zz']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).version).toBe(1);
    expect(new LockFile(file, 'aa', false).read()).toEqual(one);
    expect(new LockFile(file, 'zz', false).read()).toEqual(EMPTY_LOCK);
  });

  it('writes nothing when frozen or without a path', () => {
    const file = tempFile();
    new LockFile(file, 's', true).write(one);
    expect(existsSync(file)).toBe(false);
    expect(() => new LockFile(undefined, 's', false).write(one)).not.toThrow();
  });

  it('leaves an unchanged file untouched', () => {
    const file = tempFile();
    new LockFile(file, 's', false).write(one);
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(file, past, past);
    const before = statSync(file).mtimeMs;
    new LockFile(file, 's', false).write(one);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('caches what it read: a later change of the file is not seen by the same instance', () => {
    const file = tempFile();
    new LockFile(file, 's', false).write(one);
    const reader = new LockFile(file, 's', false);
    expect(reader.read()).toEqual(one);
    writeFileSync(file, JSON.stringify({ version: 1, stacks: {} }));
    expect(reader.read()).toEqual(one);
  });

  it('names the stack when an entry is malformed, and reads it as empty', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, stacks: { s: { groups: 1 } } }));
    const reader = new LockFile(file, 's', false);
    expect(reader.read()).toBe(EMPTY_LOCK);
    expect(reader.problems.map((p) => p.received)).toEqual(["no 'groups' object at stacks.s"]);
  });
});

describe('lockChanges', () => {
  it('lockChanges lists virtual clusters in name order across old and new', () => {
    const before = lock({ lb: { distribution: 'k8s', virtualClusters: { b: { host: 'h' } } } });
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: new on h', 'lb/b: removed from h']);
  });

  it('lockChanges does not call a group emptied of its virtual clusters "new"', () => {
    const before = lock({ lb: { distribution: 'k8s', virtualClusters: { x: { host: 'h' } } } });
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: {} } });
    expect(lockChanges(before, after)).toEqual(['lb/x: removed from h']);
  });
});
