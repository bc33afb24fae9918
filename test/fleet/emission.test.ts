import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { Sharding } from '../../constructs';
import { tempLockPath } from '../lock/fleet';
import { synthStacks } from '../support/synth';
import { fleetApp, providerAliases, ShardedFleet, stackTexts } from './support';

const threeHosts: ShardedFleet = {
  sharding: Sharding.perHost(),
  hosts: [
    { name: 'dc1', group: 'a', pool: 1 },
    { name: 'dc2', group: 'a', pool: 2 },
    { name: 'dc3', group: 'b', pool: 3 },
  ],
  virtualClusters: [
    { name: 'v1', group: 'a', host: 'dc1' },
    { name: 'v2', group: 'a', host: 'dc2' },
    { name: 'v3', group: 'b', host: 'dc3' },
  ],
};

describe("a fleet's stacks", () => {
  it("each hold only their hosts' providers, resources and virtual clusters, and refer to no other stack", () => {
    const app = fleetApp(threeHosts);
    const stacks = synthStacks(app);
    expect(Object.keys(stacks).sort()).toEqual(['Fleet-dc1', 'Fleet-dc2', 'Fleet-dc3']);
    const texts = stackTexts(app);
    for (const host of ['dc1', 'dc2', 'dc3']) {
      const json = stacks[`Fleet-${host}`];
      expect(providerAliases(json)).toEqual([host]);
      expect(json.provider.helm.map((p: { alias: string }) => p.alias)).toEqual([host]);
      const resources = Object.values<Record<string, unknown>>(json.resource).flatMap((byName) => Object.keys(byName));
      expect(resources.length).toBeGreaterThan(0);
      for (const name of resources) expect(name.endsWith(`_${host}`)).toBe(true);
      // No remote state, no output of another stack read, no other host named anywhere.
      expect(json.data).toBeUndefined();
      for (const other of ['dc1', 'dc2', 'dc3'].filter((h) => h !== host)) expect(texts[`Fleet-${host}`]).not.toContain(other);
    }
    expect(Object.keys(stacks['Fleet-dc1'].output.cluster_group_a.value)).toEqual(['v1']);
    expect(Object.keys(stacks['Fleet-dc2'].output.cluster_group_a.value)).toEqual(['v2']);
    expect(Object.keys(stacks['Fleet-dc3'].output)).toEqual(['cluster_group_b']);
    expect(Object.keys(stacks['Fleet-dc1'].resource.helm_release.vcluster_dc1.for_each)).toEqual(['v1']);
  });

  it('are listed by `stacks --format json`, each with its review of its own hosts', async () => {
    const app = fleetApp(threeHosts);
    app.synth();
    let stdout = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    try {
      expect(await main(['node', 'cdktf-cluster-groups', 'stacks', '--out', app.outdir, '--format', 'json'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const listed = JSON.parse(stdout);
    expect(listed.map((s: { name: string }) => s.name)).toEqual(['Fleet-dc1', 'Fleet-dc2', 'Fleet-dc3']);
    for (const stack of listed) {
      const review = JSON.parse(readFileSync(stack.review, 'utf8'));
      expect(review.groups.flatMap((g: { hosts: { name: string }[] }) => g.hosts.map((h) => h.name))).toEqual([stack.name.replace('Fleet-', '')]);
    }
    expect(listed[0].review).toBe(join(app.outdir, 'cluster-groups', 'Fleet-dc1', 'review.json'));
  });

  it('change by exactly one when one virtual cluster is edited', () => {
    const lockFile = tempLockPath();
    const before = fleetApp(threeHosts, lockFile);
    before.synth();
    const edited = { ...threeHosts, virtualClusters: threeHosts.virtualClusters.map((vc) => (vc.name === 'v2' ? { ...vc, cpu: '5' } : vc)) };
    const after = fleetApp(edited, lockFile);
    after.synth();
    const [old, now] = [stackTexts(before), stackTexts(after)];
    expect(Object.keys(now).filter((stack) => now[stack] !== old[stack])).toEqual(['Fleet-dc2']);
  });
});
