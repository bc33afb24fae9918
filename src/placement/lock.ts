import { isMap } from '../model/values';

/**
 * `cluster-groups.lock.json`: where automatic placement put each virtual cluster and
 * which load-balancer IP it was given, so that neither ever moves by itself.
 */
export const LOCK_VERSION = 1;

export interface LockedVirtualCluster {
  readonly host: string;
  readonly ip?: string;
}

export interface LockedGroup {
  readonly distribution: string;
  /** The vcluster chart version the group was last synthesized with (CG-22); absent in locks written before it was recorded. */
  readonly vclusterChartVersion?: string;
  readonly virtualClusters: Readonly<Record<string, LockedVirtualCluster>>;
}

export interface Lock {
  readonly version: number;
  readonly groups: Readonly<Record<string, LockedGroup>>;
}

export const EMPTY_LOCK: Lock = { version: LOCK_VERSION, groups: {} };

/** A lock file this release cannot read: what is wrong with it, and what the user can do. */
export class LockFormatError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${problem}. Fix: ${fix}`);
  }
}

const START_AFRESH = 'delete it to place every virtual cluster anew (each is then placed by the policy, and may move)';

/** The per-stack entries of a lock file's text: JSON, of this format version, with a `stacks` object. */
export function parseLockFile(text: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFormatError(`${file} is not JSON (${(error as Error).message})`, `restore it from version control, or ${START_AFRESH}`);
  }
  if (!isMap(data) || data.version !== LOCK_VERSION) {
    const got = isMap(data) ? JSON.stringify(data.version) : 'no version';
    throw new LockFormatError(`${file} has format version ${got}; this release reads version ${LOCK_VERSION}`, `use the release that wrote it, or ${START_AFRESH}`);
  }
  if (!isMap(data.stacks)) throw new LockFormatError(`${file} has no 'stacks' object`, `restore it from version control, or ${START_AFRESH}`);
  return data.stacks;
}

/** One stack's entry of a lock file. */
export function parseStackLock(entry: unknown, where: string): Lock {
  const fix = `restore the file from version control, or ${START_AFRESH}`;
  if (!isMap(entry) || !isMap(entry.groups)) throw new LockFormatError(`${where} has no 'groups' object`, fix);
  const groups: Record<string, LockedGroup> = {};
  for (const [key, group] of Object.entries(entry.groups)) {
    if (!isMap(group) || !isMap(group.virtualClusters)) throw new LockFormatError(`${where}: group '${key}' has no 'virtualClusters' object`, fix);
    const virtualClusters: Record<string, LockedVirtualCluster> = {};
    for (const [name, vc] of Object.entries(group.virtualClusters)) {
      if (!isMap(vc) || typeof vc.host !== 'string') throw new LockFormatError(`${where}: virtual cluster '${key}/${name}' has no 'host'`, fix);
      virtualClusters[name] = typeof vc.ip === 'string' ? { host: vc.host, ip: vc.ip } : { host: vc.host };
    }
    const distribution = typeof group.distribution === 'string' ? group.distribution : '';
    groups[key] = typeof group.vclusterChartVersion === 'string' ? { distribution, vclusterChartVersion: group.vclusterChartVersion, virtualClusters } : { distribution, virtualClusters };
  }
  return { version: LOCK_VERSION, groups };
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/** A lock's groups with every key sorted, as they are written. */
export function sortedGroups(lock: Lock): Record<string, LockedGroup> {
  return Object.fromEntries(
    Object.keys(lock.groups)
      .sort()
      .map((key) => {
        const { distribution, vclusterChartVersion, virtualClusters } = lock.groups[key];
        return [
          key,
          vclusterChartVersion === undefined
            ? { distribution, virtualClusters: sortedRecord(virtualClusters) }
            : { distribution, vclusterChartVersion, virtualClusters: sortedRecord(virtualClusters) },
        ];
      }),
  );
}

/** The lock's text: keys sorted and one trailing newline, so that it diffs cleanly in review. */
export function serializeLock(lock: Lock): string {
  return `${JSON.stringify({ version: lock.version, groups: sortedGroups(lock) }, null, 2)}\n`;
}
