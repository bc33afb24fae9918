import fc from 'fast-check';
import { rmSync } from 'fs';
import { TerraformJson } from '../support/synth';
import { Fleet, FleetHost, synthFleet, tempLockPath, tempOutdir } from './fleet';

/**
 * A random sequence of edits a team makes to a running fleet, each followed by a synth into the
 * same lock and output folder: rename a host (declaring formerName) or the group, add or remove
 * a virtual cluster, reorder declarations, lose the lock, add a host, pin a virtual cluster with
 * or without an acknowledgement. Whatever the sequence, no running virtual cluster changes cluster,
 * and none changes Terraform address unless a moved block carries it, without an acknowledgement.
 */

type Edit =
  | { kind: 'rename-host'; host: number }
  | { kind: 'rename-group' }
  | { kind: 'add'; name: number }
  | { kind: 'remove'; vc: number }
  | { kind: 'reorder'; seed: number }
  | { kind: 'lose-lock' }
  | { kind: 'add-host' }
  | { kind: 'pin'; vc: number; host: number; acknowledged: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('rename-host' as const), host: fc.nat() }),
  fc.record({ kind: fc.constant('rename-group' as const) }),
  fc.record({ kind: fc.constant('add' as const), name: fc.nat({ max: 30 }) }),
  fc.record({ kind: fc.constant('remove' as const), vc: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('lose-lock' as const) }),
  fc.record({ kind: fc.constant('add-host' as const) }),
  fc.record({ kind: fc.constant('pin' as const), vc: fc.nat(), host: fc.nat(), acknowledged: fc.boolean() }),
);

function rotate<T>(list: readonly T[], by: number): T[] {
  if (list.length === 0) return [];
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)].reverse();
}

/** The fleet after one edit; `fresh` hands out names never used before (a rename never takes a former name). */
function apply(fleet: Fleet, change: Edit, fresh: () => number): Fleet {
  // An acknowledgement is for one change: earlier ones are removed, as the warnings ask.
  const vcs = fleet.virtualClusters.map((vc) => ({ name: vc.name, host: vc.host }));
  switch (change.kind) {
    case 'rename-host': {
      if (fleet.hosts.length === 0) return fleet;
      const target = fleet.hosts[change.host % fleet.hosts.length];
      const renamed: FleetHost = { name: `h${fresh()}`, pool: target.pool, formerName: target.name };
      return { ...fleet, hosts: fleet.hosts.map((h) => (h === target ? renamed : h)), virtualClusters: vcs.map((vc) => (vc.host === target.name ? { ...vc, host: renamed.name } : vc)) };
    }
    case 'rename-group':
      return { ...fleet, group: `g${fresh()}`, virtualClusters: vcs };
    case 'add':
      return vcs.some((vc) => vc.name === `v${change.name}`) ? { ...fleet, virtualClusters: vcs } : { ...fleet, virtualClusters: [...vcs, { name: `v${change.name}` }] };
    case 'remove':
      return { ...fleet, virtualClusters: vcs.filter((_, i) => i !== change.vc % Math.max(vcs.length, 1)) };
    case 'reorder':
      return { ...fleet, hosts: rotate(fleet.hosts, change.seed), virtualClusters: rotate(vcs, change.seed + 1) };
    case 'lose-lock':
      return { ...fleet, virtualClusters: vcs };
    case 'add-host':
      return { ...fleet, hosts: [...fleet.hosts, { name: `h${fresh()}`, pool: 100 + fresh() }], virtualClusters: vcs };
    case 'pin': {
      if (vcs.length === 0) return { ...fleet, virtualClusters: vcs };
      const target = vcs[change.vc % vcs.length];
      const host = fleet.hosts[change.host % fleet.hosts.length].name;
      const pinned = { name: target.name, host, acknowledgeMove: change.acknowledged ? { reason: 'moving it is fine: scratch cluster' } : undefined };
      return { ...fleet, virtualClusters: vcs.map((vc) => (vc === target ? pinned : vc)) };
    }
  }
}

/** Where each virtual cluster is deployed: its release address and the cluster (pool) behind it. */
function deployment(json: TerraformJson, fleet: Fleet): Map<string, { address: string; pool: number }> {
  const poolOfAlias = new Map(fleet.hosts.map((h) => [h.name.replace(/-/g, '_'), h.pool]));
  const out = new Map<string, { address: string; pool: number }>();
  for (const [name, release] of Object.entries<TerraformJson>(json.resource?.helm_release ?? {})) {
    if (!name.startsWith('vcluster_')) continue;
    const pool = poolOfAlias.get(name.slice('vcluster_'.length)) ?? -1;
    for (const key of Object.keys(release.for_each ?? {})) out.set(key, { address: `helm_release.${name}`, pool });
  }
  return out;
}

describe('random edits of a running fleet (property)', () => {
  it('never move or replace a running virtual cluster without an acknowledgement', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let counter = 0;
        const fresh = () => ++counter;
        const file = tempLockPath();
        const outdir = tempOutdir();
        let fleet: Fleet = {
          hosts: [
            { name: 'a', pool: 1 },
            { name: 'b', pool: 2 },
          ],
          virtualClusters: [{ name: 'v1' }, { name: 'v2' }, { name: 'v3', host: 'b' }],
        };
        let running = deployment(synthFleet(fleet, file, {}, outdir).json, fleet);
        for (const change of edits) {
          const next = apply(fleet, change, fresh);
          if (change.kind === 'lose-lock') rmSync(file, { force: true });
          let json: TerraformJson;
          try {
            json = synthFleet(next, file, {}, outdir).json;
          } catch (error) {
            // Only a move nobody acknowledged may stop a synth, and the finding says so.
            expect(change).toMatchObject({ kind: 'pin', acknowledged: false });
            expect((error as Error).message).toContain('[PL-4]');
            continue;
          }
          const moved = new Map<string, string>((json.moved ?? []).map((m: { from: string; to: string }) => [m.from, m.to]));
          const acknowledged = new Set(next.virtualClusters.filter((vc) => vc.acknowledgeMove).map((vc) => vc.name));
          const now = deployment(json, next);
          for (const [name, was] of running) {
            const is = now.get(name);
            if (!is || acknowledged.has(name)) continue;
            expect({ name, pool: is.pool }).toEqual({ name, pool: was.pool });
            expect({ name, address: is.address }).toEqual({ name, address: moved.get(was.address) ?? was.address });
          }
          running = now;
          fleet = next;
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
