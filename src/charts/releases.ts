import { Evaluation } from '../evaluate';
import { DEFAULT_VIRTUAL_CLUSTER_REQUEST } from '../model/defaults';
import { exposureOf } from './exposure';
import { Values } from './merge';
import { vclusterValues } from './vcluster-values';
import { byName } from '../model/order';

export interface VirtualClusterRelease {
  readonly name: string;
  readonly group: string;
  readonly values: Values;
}

function text(value: unknown, fallback: string): string {
  return value === undefined ? fallback : String(value);
}

/** The vcluster releases of every host (by host path), each with its complete values, sorted by name. */
export function releasesByHost(evaluation: Evaluation): Map<string, VirtualClusterRelease[]> {
  const byHost = new Map<string, VirtualClusterRelease[]>();
  for (const group of evaluation.fleet.groups) {
    const groupValues = 'values' in group.userValues ? group.userValues.values : {};
    for (const vc of group.virtualClusters) {
      const placed = evaluation.placement.byPath.get(vc.spec.path);
      if (!placed) continue;
      const request = vc.spec.resources;
      const resources = {
        cpu: text(request.cpu, DEFAULT_VIRTUAL_CLUSTER_REQUEST.cpu),
        memory: text(request.memory, DEFAULT_VIRTUAL_CLUSTER_REQUEST.memory),
        storage: text(request.storage, DEFAULT_VIRTUAL_CLUSTER_REQUEST.storage),
      };
      const storageClass = vc.spec.storageClass ?? group.spec.storageClass;
      const input = {
        group,
        exposure: exposureOf(group, placed),
        resources,
        paused: vc.spec.paused,
        loadBalancer: vc.spec.loadBalancer,
        storageClass: storageClass === undefined ? undefined : String(storageClass),
      };
      const values = vclusterValues(input, groupValues, 'values' in vc.userValues ? vc.userValues.values : {});
      const list = byHost.get(placed.host.spec.path) ?? [];
      list.push({ name: vc.name, group: group.name, values });
      byHost.set(placed.host.spec.path, list);
    }
  }
  for (const list of byHost.values()) list.sort(byName);
  return byHost;
}
