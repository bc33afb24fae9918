/**
 * The model built once from the props as received: every default applied, every quantity read
 * into whole units, every endpoint resolved. Rules, placement, values and emission read this;
 * the `spec` each item keeps is what was received, for findings that must quote it.
 */
import { ChartName, DEFAULT_CHARTS, DEFAULT_DISTRIBUTION, DEFAULT_MAX_PER_VIRTUAL_CLUSTER, DEFAULT_OVERSUBSCRIPTION_PERCENT, DEFAULT_VIRTUAL_CLUSTER_REQUEST } from './defaults';
import { Endpoint, resolveEndpoint } from './endpoints';
import { IpRange } from './ip-range';
import { terraformName } from './names';
import { parseAmount } from './quantity';
import { text } from './text';
import { readUserValues, UserValues } from './user-values';
import { ChartRef, EndpointType, GroupSpec, HostSpec, Model, RESOURCE_NAMES, Resources, Scope, VirtualClusterSpec } from './types';

export type GroupCharts = { readonly [name in ChartName]: ChartRef };

/** A host with its defaults applied and its quantities and pools read. */
export interface Host {
  readonly spec: HostSpec;
  readonly name: string;
  readonly alias: string;
  readonly scope: Scope;
  /** Whole units (millicores, bytes); undefined where the text is not a quantity (HC-2). */
  readonly capacity: Resources<number | undefined>;
  readonly endpoint: Endpoint;
  /** The MetalLB pool entries that parse; the others are HC-3 findings. */
  readonly pools: readonly IpRange[];
}

export interface VirtualCluster {
  readonly spec: VirtualClusterSpec;
  readonly name: string;
  /** What it requests, as given (the default where nothing was): what findings quote. */
  readonly resources: Resources;
  /** The same as text: what its values and the review show. */
  readonly quantities: Resources<string>;
  /** The same in whole units (millicores, bytes); undefined where the text is not a quantity (VC-2). */
  readonly request: Resources<number | undefined>;
  readonly paused: boolean;
  readonly userValues: UserValues;
}

/** What one owner's virtual clusters may take of a group: the count as given, the quantities read. */
export interface OwnerLimits {
  readonly owner: string;
  readonly virtualClusters: unknown;
  readonly given: Resources;
  readonly limits: Resources<number | undefined>;
}

export interface Group {
  readonly spec: GroupSpec;
  readonly name: string;
  /** Its key in the lock and in output names: the name, qualified by the project for a project-scoped group. */
  readonly key: string;
  readonly scope: Scope;
  readonly endpointType: EndpointType | undefined;
  readonly oversubscription: number;
  readonly distribution: string;
  readonly charts: GroupCharts;
  /** The most one virtual cluster may request, as written (defaults where nothing was), and in whole units. */
  readonly maxPerVirtualCluster: Resources;
  readonly maxAmounts: Resources<number | undefined>;
  readonly diskBackup: boolean;
  readonly ownerQuotas: readonly OwnerLimits[];
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

const TENANT: Scope = { kind: 'tenant' };

/** Each resource as given, or its default. */
function withDefaults(given: Partial<Resources> | undefined, defaults: Resources<string>): Resources {
  return { cpu: given?.cpu ?? defaults.cpu, memory: given?.memory ?? defaults.memory, storage: given?.storage ?? defaults.storage };
}

/** Each resource in whole units. */
export function amounts(resources: Resources): Resources<number | undefined> {
  const [cpu, memory, storage] = RESOURCE_NAMES.map((resource) => parseAmount(resource, resources[resource]));
  return { cpu, memory, storage };
}

/** The charts a group installs: the pinned vcluster version, and a mirror's repositories where the user gave them. */
export function chartsOf(spec: Pick<GroupSpec, 'vclusterChartVersion' | 'chartRepositories'>): GroupCharts {
  const repositories: Partial<Record<ChartName, string>> = spec.chartRepositories ?? {};
  const charts = Object.fromEntries(
    (Object.keys(DEFAULT_CHARTS) as ChartName[]).map((name) => [name, { ...DEFAULT_CHARTS[name], repository: repositories[name] ?? DEFAULT_CHARTS[name].repository }]),
  ) as { [name in ChartName]: ChartRef };
  return { ...charts, vcluster: { ...charts.vcluster, version: spec.vclusterChartVersion ?? DEFAULT_CHARTS.vcluster.version } };
}

/** A group's key in the lock and in output names: its name, qualified by the project for a project-scoped group. */
export function groupKey(spec: Pick<GroupSpec, 'name' | 'scope'>): string {
  const scope = spec.scope ?? TENANT;
  return scope.kind === 'project' ? `${scope.project}/${text(spec.name)}` : text(spec.name);
}

export function resolveHost(spec: HostSpec): Host {
  const name = text(spec.name);
  const endpoint = resolveEndpoint(spec.endpoint, spec.kind);
  return { spec, name, alias: terraformName(name), scope: spec.scope ?? TENANT, capacity: amounts(spec.capacity), endpoint, pools: endpoint.kind === 'metallb' ? endpoint.ranges : [] };
}

export function resolveVirtualCluster(spec: VirtualClusterSpec): VirtualCluster {
  const resources = withDefaults(spec.resources, DEFAULT_VIRTUAL_CLUSTER_REQUEST);
  return {
    spec,
    name: text(spec.name),
    resources,
    quantities: { cpu: text(resources.cpu), memory: text(resources.memory), storage: text(resources.storage) },
    request: amounts(resources),
    paused: spec.paused ?? false,
    userValues: readUserValues(spec.values),
  };
}

/** The group's own settings resolved; its hosts and virtual clusters are added by indexFleet. */
export function resolveGroup(spec: GroupSpec): Omit<Group, 'hosts' | 'virtualClusters'> {
  const maxPerVirtualCluster = withDefaults(spec.maxPerVirtualCluster, DEFAULT_MAX_PER_VIRTUAL_CLUSTER);
  const ownerQuotas = Object.entries(spec.ownerQuotas ?? {}).map(([owner, quota]): OwnerLimits => {
    const given = { cpu: quota.cpu, memory: quota.memory, storage: quota.storage };
    return { owner, virtualClusters: quota.virtualClusters, given, limits: amounts(given) };
  });
  return {
    spec,
    name: text(spec.name),
    key: groupKey(spec),
    scope: spec.scope ?? TENANT,
    endpointType: spec.endpointType === 'LoadBalancer' || spec.endpointType === 'Ingress' ? spec.endpointType : undefined,
    oversubscription: typeof spec.oversubscriptionPercent === 'number' ? spec.oversubscriptionPercent : DEFAULT_OVERSUBSCRIPTION_PERCENT,
    distribution: typeof spec.distribution === 'string' ? spec.distribution : DEFAULT_DISTRIBUTION,
    charts: chartsOf(spec),
    maxPerVirtualCluster,
    maxAmounts: amounts(maxPerVirtualCluster),
    diskBackup: spec.diskBackup ?? false,
    ownerQuotas,
    userValues: readUserValues(spec.values),
  };
}

function byGroup<T>(items: readonly T[], groupOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(groupOf(item)) ?? [];
    list.push(item);
    map.set(groupOf(item), list);
  }
  return map;
}

export function indexFleet(model: Model): Fleet {
  const hostsByGroup = byGroup(model.hosts.map(resolveHost), (host) => host.spec.group);
  const vcsByGroup = byGroup(model.virtualClusters.map(resolveVirtualCluster), (vc) => vc.spec.group);
  const groups = model.groups.map((spec): Group => ({ ...resolveGroup(spec), hosts: hostsByGroup.get(spec.path) ?? [], virtualClusters: vcsByGroup.get(spec.path) ?? [] }));
  return { model, groups, groupByPath: new Map(groups.map((g) => [g.spec.path, g])) };
}
