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
  readonly virtualClusters: Readonly<Record<string, LockedVirtualCluster>>;
}

export interface Lock {
  readonly version: number;
  readonly groups: Readonly<Record<string, LockedGroup>>;
}

export const EMPTY_LOCK: Lock = { version: LOCK_VERSION, groups: {} };

export class LockFormatError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a lock file's text; a lock of another format version, or not a lock at all, is refused with a message a user can act on. */
export function parseLock(text: string, file: string): Lock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFormatError(`${file} is not JSON (${(error as Error).message}); restore it from version control or delete it to place every virtual cluster anew.`);
  }
  if (!isRecord(data) || data.version !== LOCK_VERSION) {
    const got = isRecord(data) ? JSON.stringify(data.version) : 'no version';
    throw new LockFormatError(`${file} has format version ${got}; this release reads version ${LOCK_VERSION}. Use the release that wrote it, or delete the file to place every virtual cluster anew.`);
  }
  const groups: Record<string, LockedGroup> = {};
  for (const [key, group] of Object.entries(isRecord(data.groups) ? data.groups : {})) {
    if (!isRecord(group) || !isRecord(group.virtualClusters)) throw new LockFormatError(`${file}: group '${key}' has no 'virtualClusters' object.`);
    const virtualClusters: Record<string, LockedVirtualCluster> = {};
    for (const [name, entry] of Object.entries(group.virtualClusters)) {
      if (!isRecord(entry) || typeof entry.host !== 'string') throw new LockFormatError(`${file}: virtual cluster '${key}/${name}' has no 'host'.`);
      virtualClusters[name] = typeof entry.ip === 'string' ? { host: entry.host, ip: entry.ip } : { host: entry.host };
    }
    groups[key] = { distribution: typeof group.distribution === 'string' ? group.distribution : '', virtualClusters };
  }
  return { version: LOCK_VERSION, groups };
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
}

/** The lock's text: keys sorted and one trailing newline, so that it diffs cleanly in review. */
export function serializeLock(lock: Lock): string {
  const groups = Object.fromEntries(
    Object.keys(lock.groups)
      .sort()
      .map((key) => [key, { distribution: lock.groups[key].distribution, virtualClusters: sortedRecord(lock.groups[key].virtualClusters) }]),
  );
  return `${JSON.stringify({ version: lock.version, groups }, null, 2)}\n`;
}
