import { existsSync, rmSync } from 'fs';
import { Fleet, lockedPlaces, releaseAddresses, synthError, synthFleet, tempLockPath, tempOutdir } from './fleet';

/** dc1 and dc2; team-a pinned to dc1, team-b and team-c placed by headroom (team-b on dc2, team-c on dc1). */
const base: Fleet = {
  hosts: [
    { name: 'dc1', pool: 1 },
    { name: 'dc2', pool: 2 },
  ],
  virtualClusters: [{ name: 'team-a', host: 'dc1' }, { name: 'team-b' }, { name: 'team-c' }],
};

function deployed(fleet: Fleet = base): { file: string; outdir: string; addresses: Record<string, string> } {
  const file = tempLockPath();
  const outdir = tempOutdir();
  const { json } = synthFleet(fleet, file, {}, outdir);
  return { file, outdir, addresses: releaseAddresses(json) };
}

const repinned: Fleet = { ...base, virtualClusters: [{ name: 'team-a', host: 'dc2' }, { name: 'team-b' }, { name: 'team-c' }] };

describe('a running virtual cluster never moves unless the code says so (PL-4)', () => {
  it('refuses a pin that moves a running virtual cluster, naming it, both hosts and how to keep or accept it; the lock is left alone', () => {
    const { file } = deployed();
    const before = lockedPlaces(file);
    const message = synthError(() => synthFleet(repinned, file));
    expect(message).toContain(
      '[PL-4] fleet/Group/team-a: received a move of lb/team-a from dc1 to dc2 (its pin names another host): Terraform destroys it with its data and creates it anew; expected team-a kept on dc1, where it runs, or a move acknowledged in code. Fix: pin it to dc1 again (or remove the pin), or accept the move in code with a reason: vc.acknowledgeMove({ reason })',
    );
    expect(lockedPlaces(file)).toEqual(before);
  });

  it('lets an acknowledged move through with a warning that keeps the reason, and records the new host', () => {
    const { file } = deployed();
    const acknowledged: Fleet = {
      ...repinned,
      virtualClusters: [{ name: 'team-a', host: 'dc2', acknowledgeMove: { reason: 'dc1 is retired; team-a is a scratch cluster' } }, ...repinned.virtualClusters.slice(1)],
    };
    const { json, warnings } = synthFleet(acknowledged, file);
    expect(releaseAddresses(json)['team-a']).toBe('helm_release.vcluster_dc2["team-a"]');
    expect(warnings).toContainEqual(expect.stringContaining('[PL-4] fleet/Group/team-a: received a move of lb/team-a from dc1 to dc2'));
    expect(warnings).toContainEqual(expect.stringContaining('acknowledged at fleet/Group/team-a: "dc1 is retired; team-a is a scratch cluster"'));
    expect(lockedPlaces(file).lb['team-a']).toMatch(/^dc2 /);
    // Once applied, the acknowledgement accepts nothing: a warning says to remove it.
    expect(synthFleet(acknowledged, file).warnings).toContainEqual(expect.stringContaining('[PL-4] fleet/Group/team-a: received a move acknowledgement, yet nothing moves'));
  });

  it("accepts a group's acknowledgeMoves for each of its virtual clusters", () => {
    const { file } = deployed();
    const { warnings } = synthFleet({ ...repinned, acknowledgeMoves: { reason: 'rebalancing onto dc2' } }, file);
    expect(warnings).toContainEqual(expect.stringContaining('acknowledged at fleet/Group: "rebalancing onto dc2"'));
  });

  it('refuses an acknowledgement without a reason, as cdk-nag refuses a suppression without one', () => {
    const { file } = deployed();
    const message = synthError(() => synthFleet({ ...repinned, acknowledgeMoves: { reason: ' ' } }, file));
    expect(message).toContain('[PL-4] fleet/Group: received a move acknowledgement with the reason " "; expected a reason');
    expect(message).toContain('[PL-4] fleet/Group/team-a: received a move of lb/team-a');
  });

  it('refuses a host that leaves the group under its running virtual clusters, pointing at formerName for a rename', () => {
    const { file } = deployed();
    const renamed: Fleet = { ...base, hosts: [{ name: 'east', pool: 1 }, base.hosts[1]], virtualClusters: [{ name: 'team-a' }, { name: 'team-b' }, { name: 'team-c' }] };
    const message = synthError(() => synthFleet(renamed, file));
    expect(message).toContain('received a move of lb/team-a from dc1 to ');
    expect(message).toContain('received a move of lb/team-c from dc1 to ');
    expect(message).toContain('if that host was renamed, give the renamed host formerName: "dc1"');
  });

  it('keeps the virtual clusters of a host renamed with formerName, and moves its resources to the new addresses with moved blocks', () => {
    const { file, addresses } = deployed();
    expect(addresses['team-a']).toBe('helm_release.vcluster_dc1["team-a"]');
    const renamed: Fleet = {
      ...base,
      hosts: [{ name: 'dc-east', pool: 1, formerName: 'dc1' }, base.hosts[1]],
      virtualClusters: [{ name: 'team-a', host: 'dc-east' }, { name: 'team-b' }, { name: 'team-c' }],
    };
    const { json, warnings } = synthFleet(renamed, file);
    expect(warnings.filter((w) => w.includes('PL-4'))).toEqual([]);
    expect(lockedPlaces(file)).toEqual({ lb: { 'team-a': 'dc-east 10.1.0.1', 'team-b': 'dc2 10.2.0.1', 'team-c': 'dc-east 10.1.0.2' } });
    expect(json.moved).toEqual([
      { from: 'kubernetes_namespace_v1.metallb_dc1', to: 'kubernetes_namespace_v1.metallb_dc_east' },
      { from: 'helm_release.metallb_dc1', to: 'helm_release.metallb_dc_east' },
      { from: 'helm_release.metallbconfig_dc1', to: 'helm_release.metallbconfig_dc_east' },
      { from: 'kubernetes_namespace_v1.vcluster_dc1', to: 'kubernetes_namespace_v1.vcluster_dc_east' },
      { from: 'helm_release.vcluster_dc1', to: 'helm_release.vcluster_dc_east' },
    ]);
  });

  it('refuses a formerName that another host of the stack still has (its resources would be moved onto this one)', () => {
    const { file } = deployed();
    const message = synthError(() => synthFleet({ ...base, hosts: [base.hosts[0], { name: 'dc3', pool: 2, formerName: 'dc1' }] }, file));
    expect(message).toContain('[PL-4] fleet/Group/dc3: received formerName "dc1", the name of fleet/Group/dc1; expected a name no host of the stack has now');
  });

  it('moves nothing when the group is renamed or moved to a project: its virtual clusters keep their hosts, addresses and IPs', () => {
    // Placed while dc1 was the only host: placed afresh now, team-c would go to dc2.
    const { file, outdir } = deployed({ hosts: [base.hosts[0]], virtualClusters: [{ name: 'team-b' }, { name: 'team-c' }] });
    const grownFleet: Fleet = { hosts: base.hosts, virtualClusters: [{ name: 'team-b' }, { name: 'team-c' }] };
    const addresses = releaseAddresses(synthFleet(grownFleet, file, {}, outdir).json);
    expect(addresses).toEqual({ 'team-b': 'helm_release.vcluster_dc1["team-b"]', 'team-c': 'helm_release.vcluster_dc1["team-c"]' });
    const before = lockedPlaces(file).lb;
    const renamed = synthFleet({ ...grownFleet, group: 'platform' }, file);
    expect(releaseAddresses(renamed.json)).toEqual(addresses);
    expect(lockedPlaces(file)).toEqual({ platform: before });
    const scoped = synthFleet({ ...grownFleet, group: 'platform', project: 'payments' }, file);
    expect(releaseAddresses(scoped.json)).toEqual(addresses);
    expect(lockedPlaces(file)).toEqual({ 'payments/platform': before });
  });

  it('keeps placement when the lock is deleted but its copy in the output folder is there (PL-6 warning), instead of placing anew', () => {
    // Without the lock, headroom would place team-b on dc1 (team-a pinned there is alone): that would be a move.
    const fleet: Fleet = { ...base, virtualClusters: [{ name: 'team-b' }, { name: 'team-c' }] };
    const { file, outdir, addresses } = deployed(fleet);
    const grownFleet: Fleet = { ...fleet, virtualClusters: [{ name: 'team-a', host: 'dc2' }, ...fleet.virtualClusters] };
    const before = releaseAddresses(synthFleet(grownFleet, file, {}, outdir).json);
    expect(before).toMatchObject(addresses);
    rmSync(file);
    const { json, warnings } = synthFleet(grownFleet, file, {}, outdir);
    expect(releaseAddresses(json)).toEqual(before);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^\[PL-6\] .*: received a lock without lb\/team-a \(on dc2\), lb\/team-b \(on dc\d\), lb\/team-c \(on dc\d\), which the lock last written held/),
    );
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a missing lock in frozen mode (CI), where nothing shows where clusters run', () => {
    const { file } = deployed();
    rmSync(file);
    expect(synthError(() => synthFleet(base, file, { 'cluster-groups:frozen': true }))).toContain('[PL-1]');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a virtual cluster declared in another group whose hosts it cannot keep', () => {
    const { file } = deployed();
    const message = synthError(() => synthFleet({ group: 'other', hosts: [{ name: 'dc9', pool: 9 }], virtualClusters: [{ name: 'team-a' }] }, file));
    expect(message).toContain('[PL-4] fleet/Group/team-a: received a move of other/team-a from dc1 (group lb) to dc9 (it is now declared in a group without that host)');
  });
});
