import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Sharding, ShardedHost } from '../../constructs';
import { FleetStack } from '../../examples/fleet-stack';
import { tempLockPath } from '../lock/fleet';
import { testApp } from '../support/synth';
import { fleetApp, ShardedFleet, ShardedHostSpec, synthFailure } from './support';

const groupsOfTwo: ShardedFleet = {
  sharding: Sharding.perGroup(),
  hosts: [
    { name: 'dc1', group: 'a', pool: 1 },
    { name: 'dc2', group: 'a', pool: 2 },
    { name: 'dc3', group: 'b', pool: 3 },
  ],
  virtualClusters: [
    { name: 'v1', group: 'a', host: 'dc1' },
    { name: 'v3', group: 'b', host: 'dc3' },
  ],
};

/** Where the lock records each host of the fleet. */
function recordedStacks(lockFile: string): Record<string, string> {
  return JSON.parse(readFileSync(lockFile, 'utf8')).stacks.Fleet.hosts;
}

describe('resharding a fleet is never silent (PL-7)', () => {
  it('records the stack of every host, virtual clusters or not', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    expect(recordedStacks(lockFile)).toEqual({ dc1: 'Fleet-a', dc2: 'Fleet-a', dc3: 'Fleet-b' });
  });

  it('is a change of the lock that a frozen synth refuses (PL-1), also for a host without virtual clusters', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    expect(() => fleetApp(groupsOfTwo, lockFile, true).synth()).not.toThrow();
    const grown = { ...groupsOfTwo, hosts: [...groupsOfTwo.hosts, { name: 'dc4', group: 'b', pool: 4 }] };
    expect(synthFailure(fleetApp(grown, lockFile, true))).toMatch(/\[PL-1\] .*host dc4: new in stack Fleet-b/);
  });

  it('refuses a change of sharding that moves hosts to other stacks, naming each, and writes nothing', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    const before = readFileSync(lockFile, 'utf8');
    const message = synthFailure(fleetApp({ ...groupsOfTwo, sharding: Sharding.perHost() }, lockFile));
    expect(message).toContain(
      '[PL-7] Fleet/a/dc1: received host dc1, which the lock records in stack Fleet-a, sharded into stack Fleet-dc1: another Terraform state, which would destroy its virtual clusters a/v1 and create them anew',
    );
    // A host without virtual clusters still has its platform releases to lose.
    expect(message).toContain('[PL-7] Fleet/a/dc2: received host dc2, which the lock records in stack Fleet-a, sharded into stack Fleet-dc2');
    expect(message).toContain('[PL-7] Fleet/b/dc3: received host dc3');
    expect(message).toContain("fleet.acknowledgeReshard('dc1', { reason })");
    expect(readFileSync(lockFile, 'utf8')).toBe(before);
  });

  it('lets an acknowledged reshard through as a warning and records the new stacks; other hosts stay refused', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    const perHost = { ...groupsOfTwo, sharding: Sharding.perHost() };
    const partly = synthFailure(fleetApp({ ...perHost, reshards: { dc1: 'state moved with terraform state rm and import' } }, lockFile));
    expect(partly).not.toContain('Fleet/a/dc1:');
    expect(partly).toContain('[PL-7] Fleet/a/dc2:');
    const reason = 'state moved with terraform state rm and import';
    const app = fleetApp({ ...perHost, reshards: { dc1: reason, dc2: reason, dc3: reason } }, lockFile);
    app.synth();
    const review = JSON.parse(readFileSync(join(app.outdir, 'cluster-groups', 'Fleet-dc1', 'review.json'), 'utf8'));
    expect(review.warnings.map((w: { message: string }) => w.message)).toContainEqual(
      expect.stringContaining(`[PL-7] Fleet/a/dc1: received host dc1, which the lock records in stack Fleet-a, sharded into stack Fleet-dc1`),
    );
    expect(recordedStacks(lockFile)).toEqual({ dc1: 'Fleet-dc1', dc2: 'Fleet-dc2', dc3: 'Fleet-dc3' });
    // Once recorded, the acknowledgement accepts nothing more: a warning asks to remove it.
    const again = fleetApp({ ...perHost, reshards: { dc1: reason } }, lockFile);
    again.synth();
    const later = JSON.parse(readFileSync(join(again.outdir, 'cluster-groups', 'Fleet-dc1', 'review.json'), 'utf8'));
    expect(later.warnings.map((w: { message: string }) => w.message)).toContainEqual(expect.stringContaining('[PL-7] Fleet: received a reshard acknowledgement for host "dc1", yet it stays'));
  });

  it('does not accept an acknowledgement without a reason', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    const message = synthFailure(fleetApp({ ...groupsOfTwo, sharding: Sharding.perHost(), reshards: { dc1: ' ', dc2: 'x'.repeat(12), dc3: 'x'.repeat(12) } }, lockFile));
    expect(message).toContain('[PL-7] Fleet/a/dc1:');
    expect(message).not.toContain('[PL-7] Fleet/a/dc2:');
  });

  it('refuses a lock whose record of a host is not a stack name (PL-2)', () => {
    const lockFile = tempLockPath();
    fleetApp(groupsOfTwo, lockFile).synth();
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    lock.stacks.Fleet.hosts.dc1 = 7;
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));
    expect(synthFailure(fleetApp(groupsOfTwo, lockFile))).toContain('[PL-2] ');
  });
});

describe('Sharding.everyHosts(n)', () => {
  const hosts = (...names: string[]): ShardedHostSpec[] => names.map((name, i) => ({ name, group: 'a', pool: i + 1 }));
  const everyHosts = (n: number, ...names: string[]): ShardedFleet => ({ sharding: Sharding.everyHosts(n), hosts: hosts(...names), virtualClusters: [] });

  it('fills numbered stacks of n hosts in the order hosts are declared', () => {
    const lockFile = tempLockPath();
    fleetApp(everyHosts(2, 'b', 'c', 'd'), lockFile).synth();
    expect(recordedStacks(lockFile)).toEqual({ b: 'Fleet-1', c: 'Fleet-1', d: 'Fleet-2' });
  });

  it('never moves a recorded host when a host is added before it, or when n changes', () => {
    const lockFile = tempLockPath();
    fleetApp(everyHosts(2, 'b', 'c', 'd'), lockFile).synth();
    // A host sorting, and declared, first goes where there is room; b, c and d stay.
    fleetApp(everyHosts(2, 'a', 'b', 'c', 'd'), lockFile).synth();
    expect(recordedStacks(lockFile)).toEqual({ a: 'Fleet-2', b: 'Fleet-1', c: 'Fleet-1', d: 'Fleet-2' });
    fleetApp(everyHosts(3, 'a', 'b', 'c', 'd', 'e'), lockFile).synth();
    expect(recordedStacks(lockFile)).toEqual({ a: 'Fleet-2', b: 'Fleet-1', c: 'Fleet-1', d: 'Fleet-2', e: 'Fleet-1' });
    fleetApp(everyHosts(1, 'a', 'b', 'c', 'd', 'e', 'f'), lockFile).synth();
    expect(recordedStacks(lockFile)).toEqual({ a: 'Fleet-2', b: 'Fleet-1', c: 'Fleet-1', d: 'Fleet-2', e: 'Fleet-1', f: 'Fleet-3' });
  });

  it('refuses a number of hosts that is not a whole number of at least 1 (PL-8)', () => {
    expect(synthFailure(fleetApp(everyHosts(0, 'b')))).toContain("[PL-8] Fleet: received 'sharding': number 0; expected Sharding.perGroup()");
    expect(synthFailure(fleetApp(everyHosts(1.5, 'b')))).toContain("[PL-8] Fleet: received 'sharding': number 1.5;");
    expect(() => fleetApp(everyHosts(1, 'b')).synth()).not.toThrow();
  });
});

describe('moving a single-stack app into a fleet', () => {
  it('is a change of state of each host with virtual clusters, refused unless acknowledged (PL-7)', () => {
    const lockFile = tempLockPath();
    const app = testApp({ 'cluster-groups:lockFile': lockFile });
    new FleetStack(app, 'fleet');
    app.synth();
    const message = synthFailure(fleetApp({ ...groupsOfTwo, hosts: [{ name: 'dc1', group: 'a', pool: 1 }] }, lockFile));
    expect(message).toContain('[PL-7] Fleet/a/dc1: received host dc1, which the lock records in stack fleet, sharded into stack Fleet-a');
  });
});

describe('Sharding.by({ shardOf })', () => {
  const by = (shardOf: (host: ShardedHost) => string): ShardedFleet => ({ ...groupsOfTwo, sharding: Sharding.by({ shardOf }) });

  it("puts each host in the stack of the shard the function names, from the host's name, group and kind", () => {
    const lockFile = tempLockPath();
    fleetApp(
      by((host) => `${host.kind}-${host.group}`),
      lockFile,
    ).synth();
    expect(recordedStacks(lockFile)).toEqual({ dc1: 'Fleet-private-cloud-a', dc2: 'Fleet-private-cloud-a', dc3: 'Fleet-private-cloud-b' });
  });

  it('refuses a shard that is no stack name, naming the host, and emits nothing (PL-8)', () => {
    const app = fleetApp(by((host) => (host.name === 'dc2' ? 'dc/2' : host.name)));
    const message = synthFailure(app);
    expect(message).toContain('[PL-8] Fleet/a/dc2: received \'sharding\': string "dc/2"');
    expect(message).not.toContain('Fleet/a/dc1:');
    expect(existsSync(join(app.outdir, 'manifest.json'))).toBe(false);
  });

  it('names its stacks and configures them through the objects given', () => {
    const lockFile = tempLockPath();
    const configured: string[] = [];
    const app = fleetApp(
      {
        ...by((host) => host.group),
        props: { stackName: { stackNameOf: (shard) => `groups-${shard}` }, configureStack: { configure: (stack, shard) => configured.push(`${stack.node.id}:${shard}`) } },
      },
      lockFile,
    );
    app.synth();
    expect(recordedStacks(lockFile)).toEqual({ dc1: 'groups-a', dc2: 'groups-a', dc3: 'groups-b' });
    expect(configured).toEqual(['groups-a:a', 'groups-b:b']);
  });

  // 0.1 took functions; a JavaScript app that still passes one gets a finding, not a TypeError, and the function's source
  // (which may hold a backend's credentials) is not printed. In Python, jsii refuses a lambda there itself.
  it.each([
    ['a chooser', 'sharding', { ...groupsOfTwo, sharding: Sharding.by(((host: ShardedHost) => `key-${host.name}`) as never) }],
    ['a stack namer', 'stackName', { ...by((host) => host.name), props: { stackName: ((shard: string) => `key-${shard}`) as never } }],
    ['a stack configurer', 'configureStack', { ...by((host) => host.name), props: { configureStack: (() => 'secretKey: wJalrXUtnFEMI') as never } }],
  ])('refuses %s without its method, and emits nothing (PL-8)', (_, prop, fleet) => {
    const app = fleetApp(fleet);
    const message = synthFailure(app);
    expect(message).toContain(`[PL-8] Fleet: received '${prop}': a function; expected `);
    expect(message).not.toContain('key-');
    expect(message).not.toContain('wJalrXUtnFEMI');
    expect(existsSync(join(app.outdir, 'manifest.json'))).toBe(false);
  });
});
