import { Lock, LOCK_VERSION, LockedGroup, LockedVirtualCluster } from './lock';

/** A virtual cluster that the lock lacked and the last synth had placed: kept where it was. */
export interface Recovered {
  readonly group: string;
  readonly virtualCluster: string;
  readonly host: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where the last synth of a stack put each virtual cluster, read from the review.json it wrote
 * beside its output: the second record of placement, for when the lock lost entries. Anything
 * that does not read as such is no evidence (undefined), never an error: the lock is the record.
 */
export function placementOfReview(data: unknown): Lock | undefined {
  if (!isRecord(data) || !Array.isArray(data.groups)) return undefined;
  const groups: Record<string, LockedGroup> = {};
  for (const group of data.groups) {
    if (!isRecord(group) || typeof group.key !== 'string' || !Array.isArray(group.virtualClusters)) return undefined;
    const virtualClusters: Record<string, LockedVirtualCluster> = {};
    for (const vc of group.virtualClusters) {
      if (!isRecord(vc) || typeof vc.name !== 'string' || typeof vc.host !== 'string') return undefined;
      virtualClusters[vc.name] = typeof vc.ip === 'string' ? { host: vc.host, ip: vc.ip } : { host: vc.host };
    }
    groups[group.key] = { distribution: '', virtualClusters };
  }
  return { version: LOCK_VERSION, groups };
}

/**
 * The lock with each virtual cluster the last synth placed and the lock holds nowhere (under no
 * group) added back where that synth put it: a lock deleted, reverted or merged badly then moves
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
