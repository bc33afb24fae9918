import { App, TerraformStack } from 'cdktf';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { synthStacks, testApp } from './support/synth';
import { synthTopology, Topology } from './support/topology';

function lockPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'cg-lock-')), 'cluster-groups.lock.json');
}

/** The file's bytes and modification time: what "left untouched" means. */
function snapshot(file: string): { text: string; mtimeMs: number } {
  return { text: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs };
}

/** Sets the file's mtime an hour back, so that a rewrite within the same second still shows. */
function age(file: string): void {
  const past = new Date(Date.now() - 3_600_000);
  utimesSync(file, past, past);
}

/** The error a synth throws (fails the test if it does not throw). */
function synthError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the synth did not throw');
}

/** dc1 (10.1.0.0/24) and dc2 (10.2.0.0/24); alpha pinned to dc2, mid paused, zeta placed freely. */
const base: Topology = { hosts: ['dc1', 'dc2'], virtualClusters: [{ name: 'zeta' }, { name: 'alpha', host: 'dc2' }, { name: 'mid', paused: true }] };
const withNewOne: Topology = { ...base, virtualClusters: [...base.virtualClusters, { name: 'new-one' }] };

/**
 * The same group as synthTopology, with any context (synthTopology sets only the lock file).
 * Returns the app too, so that a test can look at what a failed synth left in its outdir.
 */
function synthWithContext(topology: Topology, context: Record<string, unknown>): { app: App; run: () => void } {
  const app = testApp(context);
  const stack = new TerraformStack(app, 'fleet');
  const group = new ClusterGroup(stack, 'Group', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
  for (const [i, host] of topology.hosts.entries()) {
    const n = Number(host.replace(/\D/g, '')) || i + 100;
    group.addHost(host, {
      name: host,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '256', memory: '1Ti', storage: '10Ti' },
      connection: Connection.kubeconfig('~/.kube/config', host),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${n}.0.0/24`] }),
    });
  }
  for (const vc of topology.virtualClusters) group.addVirtualCluster(vc.name, { name: vc.name, host: vc.host, paused: vc.paused });
  return { app, run: () => synthStacks(app) };
}

/** Every object below the top level has its keys in sorted order. */
function expectKeysSortedBelowTop(value: unknown, where = '$'): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
      const keys = Object.keys(child);
      expect({ at: `${where}.${key}`, keys }).toEqual({ at: `${where}.${key}`, keys: [...keys].sort() });
      expectKeysSortedBelowTop(child, `${where}.${key}`);
    }
  }
}

describe('lock file at synth', () => {
  it('is written: version 1, stack → groups → virtualClusters → { host, ip }, keys sorted, one trailing newline', () => {
    const file = lockPath();
    synthTopology(base, file);
    const text = readFileSync(file, 'utf8');
    const data = JSON.parse(text);
    // Pinned alpha on dc2; mid then zeta (name order) to the host of most headroom: dc1 both
    // times (mid, paused, still counts: its synced pods keep running); IPs from each host's pool, in order.
    expect(data).toEqual({
      version: 1,
      stacks: {
        fleet: {
          groups: {
            lb: {
              distribution: 'k8s',
              vclusterChartVersion: '0.36.1',
              virtualClusters: {
                alpha: { host: 'dc2', ip: '10.2.0.1' },
                mid: { host: 'dc1', ip: '10.1.0.1' },
                zeta: { host: 'dc1', ip: '10.1.0.2' },
              },
            },
          },
        },
      },
    });
    // `version` leads; every map below it (stacks, groups, virtual clusters, entries) is sorted.
    expect(Object.keys(data)).toEqual(['version', 'stacks']);
    expectKeysSortedBelowTop(data);
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is left byte-identical and not rewritten (mtime unchanged) by a second synth, whatever the declaration order', () => {
    const file = lockPath();
    synthTopology(base, file);
    age(file);
    const before = snapshot(file);
    synthTopology(base, file);
    expect(snapshot(file)).toEqual(before);
    synthTopology({ hosts: [...base.hosts].reverse(), virtualClusters: [...base.virtualClusters].reverse() }, file);
    expect(snapshot(file)).toEqual(before);
  });

  it('is rewritten when the placement changes, keeping every existing entry', () => {
    const file = lockPath();
    synthTopology(base, file);
    const before = JSON.parse(readFileSync(file, 'utf8')).stacks.fleet.groups.lb.virtualClusters;
    synthTopology(withNewOne, file);
    const after = JSON.parse(readFileSync(file, 'utf8')).stacks.fleet.groups.lb.virtualClusters;
    expect(Object.keys(after)).toEqual(['alpha', 'mid', 'new-one', 'zeta']);
    expect({ ...after, 'new-one': undefined }).toEqual({ ...before, 'new-one': undefined });
  });

  it("leaves other stacks' entries as they are, stacks sorted by name", () => {
    const file = lockPath();
    const other = { groups: { edge: { distribution: 'k8s', virtualClusters: { site: { host: 'e1', ip: '192.0.2.1' } } } } };
    writeFileSync(file, `${JSON.stringify({ version: 1, stacks: { zulu: other, alpha: other } }, null, 2)}\n`);
    synthTopology(base, file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(data.stacks)).toEqual(['alpha', 'fleet', 'zulu']);
    expect(data.stacks.alpha).toEqual(other);
    expect(data.stacks.zulu).toEqual(other);
  });
});

describe('frozen lock (context cluster-groups:frozen, or CI=true)', () => {
  const savedCi = process.env.CI;
  beforeEach(() => {
    delete process.env.CI;
  });
  afterEach(() => {
    if (savedCi === undefined) delete process.env.CI;
    else process.env.CI = savedCi;
  });

  it('refuses a synth that would change the lock with PL-1, listing the change, and leaves the lock file and outdir without a deployable stack', () => {
    const file = lockPath();
    synthTopology(base, file);
    age(file);
    const before = snapshot(file);
    const { app, run } = synthWithContext(withNewOne, { [ClusterGroups.CONTEXT_LOCK_FILE]: file, [ClusterGroups.CONTEXT_FROZEN]: true });
    const error = synthError(run);
    expect(error.message).toContain('[PL-1]');
    expect(error.message).toContain(file);
    expect(error.message).toContain('lb/new-one: new on dc2 10.2.0.2');
    expect(error.message).toContain('cluster-groups.lock.json');
    expect(snapshot(file)).toEqual(before);
    expect(existsSync(join(app.outdir, 'stacks', 'fleet', 'cdk.tf.json'))).toBe(false);
  });

  it('lists removals and moves too, one per virtual cluster', () => {
    const file = lockPath();
    synthTopology(base, file);
    const changed: Topology = {
      hosts: base.hosts,
      virtualClusters: [
        { name: 'zeta', host: 'dc2' },
        { name: 'mid', paused: true },
      ],
    };
    const error = synthError(synthWithContext(changed, { [ClusterGroups.CONTEXT_LOCK_FILE]: file, [ClusterGroups.CONTEXT_FROZEN]: true }).run);
    expect(error.message).toContain('lb/alpha: removed from dc2 10.2.0.1; lb/zeta: dc1 10.1.0.2 -> dc2 10.2.0.1');
  });

  it('with CI=true and no context, refuses the same synth and leaves the lock file untouched', () => {
    const file = lockPath();
    synthTopology(base, file);
    age(file);
    const before = snapshot(file);
    process.env.CI = 'true';
    const error = synthError(() => synthTopology(withNewOne, file));
    expect(error.message).toMatch(/\[PL-1\][^\n]*lb\/new-one: new on dc2 10\.2\.0\.2/);
    expect(snapshot(file)).toEqual(before);
  });

  it('refuses a synth with no lock file at all (every virtual cluster new), and does not create one', () => {
    const file = lockPath();
    const error = synthError(synthWithContext(base, { [ClusterGroups.CONTEXT_LOCK_FILE]: file, [ClusterGroups.CONTEXT_FROZEN]: 'true' }).run);
    expect(error.message).toContain('[PL-1]');
    expect(error.message).toContain('lb/alpha: new on dc2 10.2.0.1; lb/mid: new on dc1 10.1.0.1; lb/zeta: new on dc1 10.1.0.2');
    expect(existsSync(file)).toBe(false);
  });

  it('lets a synth through when the lock is up to date, and does not touch the file', () => {
    const file = lockPath();
    synthTopology(base, file);
    age(file);
    const before = snapshot(file);
    const reordered: Topology = { hosts: [...base.hosts].reverse(), virtualClusters: [...base.virtualClusters].reverse() };
    expect(() => synthWithContext(reordered, { [ClusterGroups.CONTEXT_LOCK_FILE]: file, [ClusterGroups.CONTEXT_FROZEN]: true }).run()).not.toThrow();
    process.env.CI = 'true';
    expect(() => synthTopology(base, file)).not.toThrow();
    expect(snapshot(file)).toEqual(before);
  });

  it('is off when the context says frozen: false, even with CI=true (the lock is then written)', () => {
    const file = lockPath();
    synthTopology(base, file);
    process.env.CI = 'true';
    expect(() => synthWithContext(withNewOne, { [ClusterGroups.CONTEXT_LOCK_FILE]: file, [ClusterGroups.CONTEXT_FROZEN]: false }).run()).not.toThrow();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).stacks.fleet.groups.lb.virtualClusters)).toContain('new-one');
  });
});

describe('a lock file the release cannot read', () => {
  /** The synth fails with a PL-2 finding, as written (no resolution error, no stack), and the file is left as it was. */
  function expectRefused(content: string): { message: string; file: string } {
    const file = lockPath();
    writeFileSync(file, content);
    const error = synthError(() => synthTopology(base, file));
    expect(error.message).toContain(`[PL-2] ${file}: received `);
    expect(error.message).not.toContain('Resolution error');
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(content);
    return { message: error.message, file };
  }

  it('of another format version is refused, naming the file, both versions and the fix', () => {
    const { message, file } = expectRefused('{"version": 2}\n');
    expect(message).toContain(`[PL-2] ${file}: received format version 2; expected format version 1, as this release writes it`);
    expect(message).toContain('Fix: use the release that wrote it, or delete it to place every virtual cluster anew');
  });

  it('that is not JSON is refused, naming the file and the fix', () => {
    const { message, file } = expectRefused('{"version": 1, "stacks": {\n');
    expect(message).toContain(`[PL-2] ${file}: received a file that is not JSON (`);
    expect(message).toContain('Fix: restore it from version control, or delete it to place every virtual cluster anew');
  });

  it('without a stacks object is refused rather than silently overwritten', () => {
    const { message } = expectRefused(`${JSON.stringify({ version: 1, groups: { lb: { distribution: 'k8s', virtualClusters: {} } } })}\n`);
    expect(message).toContain(`received no 'stacks' object`);
  });

  it('whose stack entry is malformed is refused, naming the stack and the group', () => {
    const { message } = expectRefused(`${JSON.stringify({ version: 1, stacks: { fleet: { groups: { lb: { distribution: 'k8s' } } } } })}\n`);
    expect(message).toContain(`received stacks.fleet.groups.lb without a 'distribution' text and a 'virtualClusters' object`);
  });
});

describe('distribution against the lock (CG-15)', () => {
  it('refuses a synth whose distribution differs from the one the lock records, and leaves the lock alone', () => {
    const file = lockPath();
    synthTopology(base, file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.stacks.fleet.groups.lb.distribution = 'k3s';
    const content = `${JSON.stringify(data, null, 2)}\n`;
    writeFileSync(file, content);
    const error = synthError(() => synthTopology(base, file));
    expect(error.message).toContain('[CG-15]');
    expect(error.message).toContain('distribution "k8s", deployed as "k3s" (cluster-groups.lock.json)');
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
