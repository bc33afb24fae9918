import * as fs from 'fs';
import { dirname, join } from 'path';
import { Fleet, lockedPlaces, synthError, synthFleet, tempLockPath, tempOutdir } from './fleet';

/** What the fs functions the writer uses do, per test: by default what Node does. */
const mockHooks: { writeFd?: (fd: number, data: string) => void; calls?: string[] } = {};

jest.mock('fs', () => {
  const actual = jest.requireActual<typeof fs>('fs');
  return {
    ...actual,
    writeFileSync: (target: fs.PathOrFileDescriptor, data: string, options?: fs.WriteFileOptions) =>
      typeof target === 'number' && mockHooks.writeFd ? mockHooks.writeFd(target, data) : actual.writeFileSync(target, data, options),
    fsyncSync: (fd: number) => {
      mockHooks.calls?.push('fsync');
      actual.fsyncSync(fd);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      mockHooks.calls?.push(`rename ${String(from)} -> ${String(to)}`);
      actual.renameSync(from, to);
    },
  };
});

const fleet: Fleet = { hosts: [{ name: 'dc1', pool: 1 }], virtualClusters: [{ name: 'team-a' }] };
const grown: Fleet = { ...fleet, virtualClusters: [...fleet.virtualClusters, { name: 'team-b' }] };

afterEach(() => {
  delete mockHooks.writeFd;
  delete mockHooks.calls;
});

describe('the lock file is written atomically', () => {
  it('leaves the old file whole and no temporary file when the disk fills mid-write; the synth fails with PL-5 and writes no output', () => {
    const file = tempLockPath();
    synthFleet(fleet, file);
    const before = fs.readFileSync(file, 'utf8');
    const full = (fd: number, data: string) => {
      jest.requireActual<typeof fs>('fs').writeFileSync(fd, data.slice(0, 20));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    // The lock's text fails half-way; the guard beside it is written.
    mockHooks.writeFd = (fd, data) => (data.includes('"stacks"') ? full(fd, data) : jest.requireActual<typeof fs>('fs').writeFileSync(fd, data));
    const outdir = tempOutdir();
    const message = synthError(() => synthFleet(grown, file, {}, outdir));
    expect(message).toContain(`[PL-5] ${file}: received ${file} could not be written (ENOSPC); it was left as it was`);
    expect(message).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readdirSync(dirname(file))).toEqual(['cluster-groups.lock.json']);
    expect(fs.existsSync(join(outdir, 'stacks', 'fleet', 'cdk.tf.json'))).toBe(false);
  });

  it('leaves no guard behind when the disk is already too full to write the guard', () => {
    const file = tempLockPath();
    synthFleet(fleet, file);
    const before = fs.readFileSync(file, 'utf8');
    mockHooks.writeFd = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(synthError(() => synthFleet(grown, file))).toContain('could not be written (ENOSPC)');
    expect(fs.readdirSync(dirname(file))).toEqual(['cluster-groups.lock.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('writes a temporary file in the same folder, flushed to disk before it is renamed over the lock', () => {
    const file = tempLockPath();
    mockHooks.calls = [];
    synthFleet(fleet, file);
    const [flush, rename] = mockHooks.calls;
    expect(flush).toBe('fsync');
    expect(rename).toMatch(new RegExp(`^rename ${dirname(file)}/\\.cluster-groups\\.lock\\.json\\.\\d+\\.[0-9a-f]+\\.tmp -> ${file}$`));
    expect(lockedPlaces(file)).toEqual({ lb: { 'team-a': 'dc1 10.1.0.1' } });
  });
});
