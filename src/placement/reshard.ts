import { getOrAdd } from '../model/maps';
import { compareText } from '../model/order';
import { Lock } from './lock';

/** A host whose virtual clusters the lock records under another stack: another Terraform state. */
export interface ReshardedHost {
  readonly host: string;
  readonly from: string;
  /** In a fleet: the stack the host is sharded into now. */
  readonly to?: string;
  /** The virtual clusters recorded on it there, `group/name`. */
  readonly virtualClusters: readonly string[];
}

/**
 * Where each host's virtual clusters are recorded, by the stacks other than `stack` that no longer
 * declare it: host name → the stacks and the virtual clusters on it there. A host declared now in `stack` and found here
 * changed state: Terraform's moved blocks cannot cross states, so its virtual clusters would be
 * destroyed in the old one and created empty in the new one.
 */
export function hostsOfOtherStacks(stackLocks: ReadonlyMap<string, Lock>, stack: string, declares: (stack: string, host: string) => boolean): Map<string, ReshardedHost[]> {
  const found = new Map<string, ReshardedHost[]>();
  for (const [name, lock] of [...stackLocks].sort(([a], [b]) => compareText(a, b))) {
    if (name === stack) continue;
    // A host of that name still declared there is another cluster of the same name, not this one moved.
    for (const [host, virtualClusters] of virtualClustersByHost(lock)) if (!declares(name, host)) getOrAdd(found, host, () => []).push({ host, from: name, virtualClusters });
  }
  return found;
}

/** The virtual clusters a lock records on each host, `group/name`, sorted. */
export function virtualClustersByHost(lock: Lock): Map<string, string[]> {
  const byHost = new Map<string, string[]>();
  for (const key of Object.keys(lock.groups).sort()) {
    for (const [vc, entry] of Object.entries(lock.groups[key].virtualClusters)) getOrAdd(byHost, entry.host, () => []).push(`${key}/${vc}`);
  }
  for (const list of byHost.values()) list.sort();
  return byHost;
}

/** A host of the fleet declared in this stack whose virtual clusters the lock records in another. */
export interface Reshard extends ReshardedHost {
  /** The host's construct path, and its group's. */
  readonly path: string;
  readonly groupPath: string;
}

/** Every host of the given groups found in another stack's entry (O(hosts)). */
export function reshardsOf(
  groups: ReadonlyArray<{ spec: { path: string }; hosts: ReadonlyArray<{ name: string; spec: { path: string } }> }>,
  otherStacks: ReadonlyMap<string, readonly ReshardedHost[]>,
): Reshard[] {
  const out: Reshard[] = [];
  for (const group of groups) {
    for (const host of group.hosts) {
      for (const found of otherStacks.get(host.name) ?? []) out.push({ ...found, path: host.spec.path, groupPath: group.spec.path });
    }
  }
  return out;
}
