import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HostEndpoint } from '../constructs';
import { FleetStack } from '../examples/fleet-stack';
import { synthStacks, testApp } from './support/synth';
import { addresses, synthTopology, Topology } from './support/topology';

function lockPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'cg-lock-')), 'cluster-groups.lock.json');
}

const base: Topology = { hosts: ['dc1', 'dc2', 'dc3'], virtualClusters: ['alpha', 'bravo', 'charlie', 'delta'].map((name) => ({ name })) };

/** Addresses present in both synths whose content changed. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((address) => after.has(address) && after.get(address) !== before.get(address));
}

describe('Terraform addresses', () => {
  it('follow the documented scheme (pinned: a change here is a major version), for a Gateway host', () => {
    const app = testApp();
    new FleetStack(app, 'fleet');
    const ingressHosts = [...addresses(synthStacks(app).fleet).keys()].filter((a) => /_(eu1|us1)\b/.test(a)).sort();
    expect(ingressHosts).toEqual([
      'helm_release.gateway_eu1',
      'helm_release.gateway_us1',
      'helm_release.gatewayconfig_eu1',
      'helm_release.gatewayconfig_us1',
      'helm_release.gatewaycrds_eu1',
      'helm_release.gatewaycrds_us1',
      'helm_release.vcluster_eu1["data"]',
      'helm_release.vcluster_us1["web"]',
      'kubernetes_namespace_v1.gateway_eu1',
      'kubernetes_namespace_v1.gateway_us1',
      'kubernetes_namespace_v1.vcluster_eu1["data"]',
      'kubernetes_namespace_v1.vcluster_us1["web"]',
    ]);
  });

  it('follow the documented scheme (pinned: a change here is a major version), for MetalLB and ingress-nginx hosts', () => {
    const app = testApp();
    new FleetStack(app, 'fleet', { ingressEndpoint: HostEndpoint.ingressNginx() });
    expect([...addresses(synthStacks(app).fleet).keys()].sort()).toEqual([
      'helm_release.ingress_nginx_eu1',
      'helm_release.ingress_nginx_us1',
      'helm_release.metallb_dc1',
      'helm_release.metallb_dc2',
      'helm_release.metallb_dc3',
      'helm_release.metallbconfig_dc1',
      'helm_release.metallbconfig_dc2',
      'helm_release.metallbconfig_dc3',
      'helm_release.vcluster_dc1["team-a"]',
      'helm_release.vcluster_dc2["team-b"]',
      'helm_release.vcluster_dc3["ci"]',
      'helm_release.vcluster_eu1["data"]',
      'helm_release.vcluster_us1["web"]',
      'kubernetes_namespace_v1.ingress_nginx_eu1',
      'kubernetes_namespace_v1.ingress_nginx_us1',
      'kubernetes_namespace_v1.metallb_dc1',
      'kubernetes_namespace_v1.metallb_dc2',
      'kubernetes_namespace_v1.metallb_dc3',
      'kubernetes_namespace_v1.vcluster_dc1["team-a"]',
      'kubernetes_namespace_v1.vcluster_dc2["team-b"]',
      'kubernetes_namespace_v1.vcluster_dc3["ci"]',
      'kubernetes_namespace_v1.vcluster_eu1["data"]',
      'kubernetes_namespace_v1.vcluster_us1["web"]',
    ]);
  });

  it('never collide between hosts: the name prefixes are prefix-free', () => {
    const json = synthTopology({ hosts: ['dc1', 'config-dc1', 'system-dc1'], virtualClusters: [] }).json;
    const count = (type: string) => Object.keys(json.resource[type]).length;
    expect(count('helm_release')).toBe(3 * 3);
    expect(count('kubernetes_namespace_v1')).toBe(3 * 2);
  });

  it('are byte-identical across two synths of one app', () => {
    const first = synthTopology(base);
    const second = synthTopology(base);
    expect(readFileSync(join(second.outdir, 'stacks/fleet/cdk.tf.json'), 'utf8')).toBe(readFileSync(join(first.outdir, 'stacks/fleet/cdk.tf.json'), 'utf8'));
    expect(readFileSync(join(second.outdir, 'cluster-groups/fleet/review.md'), 'utf8')).toBe(readFileSync(join(first.outdir, 'cluster-groups/fleet/review.md'), 'utf8'));
  });

  it('do not depend on the order hosts and virtual clusters are declared in', () => {
    const reordered = { hosts: [...base.hosts].reverse(), virtualClusters: [...base.virtualClusters].reverse() };
    expect(addresses(synthTopology(reordered).json)).toEqual(addresses(synthTopology(base).json));
  });

  it('of other resources do not change when a virtual cluster or a host is added or removed (with the lock)', () => {
    const lock = lockPath();
    const before = addresses(synthTopology(base, lock).json);
    const added = addresses(synthTopology({ ...base, virtualClusters: [{ name: 'aardvark' }, ...base.virtualClusters] }, lock).json);
    expect(changed(before, added)).toEqual([]);
    expect([...before.keys()].filter((a) => !added.has(a))).toEqual([]);
    const withHost = addresses(synthTopology({ hosts: ['dc0', ...base.hosts], virtualClusters: base.virtualClusters }, lock).json);
    expect(changed(before, withHost)).toEqual([]);
    const removed = addresses(synthTopology({ ...base, virtualClusters: base.virtualClusters.filter((vc) => vc.name !== 'alpha') }, lock).json);
    expect(changed(before, removed)).toEqual([]);
    expect([...before.keys()].filter((a) => !removed.has(a) && !a.includes('"alpha"'))).toEqual([]);
  });

  it('would move existing virtual clusters without the lock (what the lock is for)', () => {
    const before = addresses(synthTopology(base).json);
    const added = addresses(synthTopology({ ...base, virtualClusters: [{ name: 'aardvark' }, ...base.virtualClusters] }).json);
    expect([...before.keys()].filter((a) => !added.has(a)).length).toBeGreaterThan(0);
  });
});
