import { Gate, isAtLeast, VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS } from './version';
import { isMap, Values } from '../model/values';

/**
 * Keys the vcluster chart's `templates/_validate.tpl` fails the render for (from the chart
 * version given), although its values schema still accepts them as no-ops: the volume-snapshot
 * keys removed in 0.36.0. The chart checks that the key is present, whatever its value.
 */
const REMOVED: ReadonlyArray<{ readonly path: readonly string[]; readonly since: Gate }> = [
  { path: ['sync', 'toHost', 'volumeSnapshots'], since: VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS },
  { path: ['sync', 'toHost', 'volumeSnapshotContents'], since: VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS },
  { path: ['sync', 'fromHost', 'volumeSnapshotClasses'], since: VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS },
  { path: ['deploy', 'volumeSnapshotController'], since: VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS },
  { path: ['rbac', 'enableVolumeSnapshotRules'], since: VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS },
];

/** The keys of the values that the chart version's templates refuse, as `a.b.c (removed in 0.36.0)`. */
export function removedKeys(values: Values, version: string): string[] {
  return REMOVED.filter(({ path, since }) => {
    if (!isAtLeast(version, since)) return false;
    let at: unknown = values;
    for (const key of path.slice(0, -1)) at = isMap(at) ? at[key] : undefined;
    return isMap(at) && path[path.length - 1] in at;
  }).map(({ path, since }) => `${path.join('.')} (removed in ${since.major}.${since.minor}.0)`);
}
