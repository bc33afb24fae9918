/**
 * `cluster-groups.lock.json`: where automatic placement put each virtual cluster and
 * which load-balancer IP it was given, so that neither ever moves by itself.
 */
import { textKeyed } from '../model/text-keyed';

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
  /** A fleet's entry only: the stack (Terraform state) each of its hosts lives in, virtual clusters or not (PL-7). */
  readonly hosts?: Readonly<Record<string, string>>;
}

export const EMPTY_LOCK: Lock = { version: LOCK_VERSION, groups: textKeyed<LockedGroup>() };

export function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
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
