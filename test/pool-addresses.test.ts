import { parse } from 'yaml';
import { FleetStack } from '../examples/fleet-stack';
import { parseIpRange, usableSize, IpRange } from '../src/model/ip-range';
import { group, host, rulesOf, run, vc } from './support/model';
import { releaseValues, synthStacks, testApp } from './support/synth';

const range = (text: string): IpRange => (parseIpRange(text) as { range: IpRange }).range;
const pool = (...pools: string[]) => ({ kind: 'metallb' as const, pools, bgpPeers: [] });

describe("pool addresses as MetalLB's avoidBuggyIPs hands them out (no IPv4 .0 or .255)", () => {
  it.each([
    ['10.0.0.0/24', 254n],
    ['10.0.0.0/23', 508n],
    ['10.0.0.255-10.0.1.0', 0n],
    ['10.0.0.250-10.0.1.5', 10n],
    ['10.0.0.0/32', 0n],
    ['10.0.0.7/32', 1n],
    ['0.0.0.0/30', 3n],
    ['255.255.255.252/30', 3n],
    ['fd00::/126', 4n],
    ['fd00::ff-fd00::100', 2n],
  ])('%s holds %s usable addresses', (text, size) => {
    expect(usableSize(range(text))).toBe(size);
  });

  it('hands out neither .255 nor the next .0 when a pool spans them', () => {
    const names = ['a', 'b', 'c', 'd'];
    const result = run({ groups: [group()], hosts: [host({ name: 'h', endpoint: pool('10.9.0.253-10.9.1.2') })], virtualClusters: names.map((n) => vc(n)) });
    expect(Object.values(result.placement.lock.groups.lb.virtualClusters).map((v) => v.ip)).toEqual(['10.9.0.253', '10.9.0.254', '10.9.1.1', '10.9.1.2']);
  });

  it('does not keep a locked .0 address: MetalLB would refuse it', () => {
    const locked = { version: 1, groups: { lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h', ip: '10.9.0.0' } } } } };
    const result = run({ groups: [group()], hosts: [host({ name: 'h', endpoint: pool('10.9.0.0/30') })], virtualClusters: [vc('a')] }, locked);
    expect(result.placement.lock.groups.lb.virtualClusters.a.ip).toBe('10.9.0.1');
  });

  it('HC-4 counts only usable addresses', () => {
    const hosts = [host({ name: 'h', endpoint: pool('10.9.0.255-10.9.1.1') })];
    expect(rulesOf(run({ groups: [group()], hosts, virtualClusters: [vc('a')] })).errors).toEqual([]);
    expect(rulesOf(run({ groups: [group()], hosts, virtualClusters: [vc('a'), vc('b')] })).errors).toEqual(['HC-4']);
  });

  it('sets avoidBuggyIPs on the pool, so MetalLB agrees with what placement hands out', () => {
    const app = testApp();
    new FleetStack(app, 'fleet');
    const config = releaseValues(synthStacks(app).fleet).filter((r) => r.address.startsWith('helm_release.metallbconfig_'));
    expect(config).toHaveLength(3);
    for (const release of config) expect(parse(release.values).objects[0].spec).toMatchObject({ autoAssign: false, avoidBuggyIPs: true });
  });
});
