import { Lock, LockedGroup } from './lock';

/** A virtual cluster that the lock lacked and the lock last written held: kept where it was. */
export interface Recovered {
  readonly group: string;
  readonly virtualCluster: string;
  readonly host: string;
}

/**
 * The lock with each virtual cluster that the lock last written held and this one holds nowhere
 * (under no group) added back where it was: a lock deleted, reverted or merged badly then moves
 * nothing. The lock wins wherever it has an entry.
 */
export function withLostEntries(lock: Lock, last: Lock | undefined): { lock: Lock; recovered: Recovered[] } {
  if (!last) return { lock, recovered: [] };
  const known = new Set(Object.values(lock.groups).flatMap((group) => Object.keys(group.virtualClusters)));
  const groups: Record<string, LockedGroup> = { ...lock.groups };
  const recovered: Recovered[] = [];
  for (const key of Object.keys(last.groups).sort()) {
    for (const [name, entry] of Object.entries(last.groups[key].virtualClusters)) {
      if (known.has(name)) continue;
      const group = groups[key] ?? { distribution: '', virtualClusters: {} };
      groups[key] = { ...group, virtualClusters: { ...group.virtualClusters, [name]: entry } };
      recovered.push({ group: key, virtualCluster: name, host: entry.host });
    }
  }
  return { lock: { version: lock.version, groups }, recovered };
}
