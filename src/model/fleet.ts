import { DEFAULT_OVERSUBSCRIPTION_PERCENT, DEFAULT_DISTRIBUTION } from './defaults';
import { IpRange, parseIpRange } from './ip-range';
import { terraformName } from './names';
import { parseQuantity } from './quantity';
import { readUserValues, UserValues } from '../charts/user-values';
import { EndpointType, GroupSpec, HostSpec, Model, Resources, VirtualClusterSpec } from './types';

/** A host with what the rules and placement need already parsed. */
export interface Host {
  readonly spec: HostSpec;
  readonly name: string;
  readonly alias: string;
  readonly capacity: Resources<number | undefined>;
  /** The pool entries that parse; the others are HC-3 findings. */
  readonly pools: readonly IpRange[];
}

export interface VirtualCluster {
  readonly spec: VirtualClusterSpec;
  readonly name: string;
  readonly request: Resources<number | undefined>;
  readonly userValues: UserValues;
}

export interface Group {
  readonly spec: GroupSpec;
  readonly name: string;
  /** Its key in the lock and in output names: the name, qualified by the project for a project-scoped group. */
  readonly key: string;
  readonly endpointType: EndpointType | undefined;
  readonly oversubscription: number;
  readonly distribution: string;
  readonly userValues: UserValues;
  readonly hosts: readonly Host[];
  readonly virtualClusters: readonly VirtualCluster[];
}

/** The model indexed once, so that no rule scans all pairs. */
export interface Fleet {
  readonly model: Model;
  readonly groups: readonly Group[];
  readonly groupByPath: ReadonlyMap<string, Group>;
}

function quantities(resources: Resources): Resources<number | undefined> {
  return { cpu: parseQuantity(resources.cpu), memory: parseQuantity(resources.memory), storage: parseQuantity(resources.storage) };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** A group's key in the lock and in output names: its name, qualified by the project for a project-scoped group. */
export function groupKey(spec: GroupSpec): string {
  return spec.scope.kind === 'project' ? `${spec.scope.project}/${text(spec.name)}` : text(spec.name);
}

export function indexFleet(model: Model): Fleet {
  const hostsByGroup = new Map<string, Host[]>();
  for (const spec of model.hosts) {
    const name = text(spec.name);
    const pools = spec.endpoint.kind === 'metallb' ? spec.endpoint.pools.map(parseIpRange).flatMap((r) => ('range' in r ? [r.range] : [])) : [];
    const host: Host = { spec, name, alias: terraformName(name), capacity: quantities(spec.capacity), pools };
    const list = hostsByGroup.get(spec.group) ?? [];
    list.push(host);
    hostsByGroup.set(spec.group, list);
  }
  const vcsByGroup = new Map<string, VirtualCluster[]>();
  for (const spec of model.virtualClusters) {
    const list = vcsByGroup.get(spec.group) ?? [];
    list.push({ spec, name: text(spec.name), request: quantities(spec.resources), userValues: readUserValues(spec.values) });
    vcsByGroup.set(spec.group, list);
  }
  const groups = model.groups.map((spec): Group => {
    const endpointType = spec.endpointType === 'LoadBalancer' || spec.endpointType === 'Ingress' ? spec.endpointType : undefined;
    const oversubscription = typeof spec.oversubscriptionPercent === 'number' ? spec.oversubscriptionPercent : DEFAULT_OVERSUBSCRIPTION_PERCENT;
    return {
      spec,
      name: text(spec.name),
      key: groupKey(spec),
      endpointType,
      oversubscription,
      distribution: typeof spec.distribution === 'string' ? spec.distribution : DEFAULT_DISTRIBUTION,
      userValues: readUserValues(spec.values),
      hosts: hostsByGroup.get(spec.path) ?? [],
      virtualClusters: vcsByGroup.get(spec.path) ?? [],
    };
  });
  return { model, groups, groupByPath: new Map(groups.map((g) => [g.spec.path, g])) };
}
