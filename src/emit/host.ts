import { ingressNginxValues } from '../charts/ingress-nginx-values';
import { POD_SECURITY_WARN } from '../charts/isolation';
import { metallbObjects, metallbValues } from '../charts/metallb-values';
import { Values } from '../charts/merge';
import { toYaml } from '../charts/serialize';
import { INGRESS_NGINX_NAMESPACE, METALLB_NAMESPACE } from '../model/defaults';
import { unreachable } from '../model/endpoints';
import { GroupCharts, Host } from '../model/fleet';
import { isDnsLabel, terraformName } from '../model/names';
import { ChartRef } from '../model/types';
import { ADDRESSES, AddressRole, resourceName } from './addresses';
import { literal } from './terraform-text';

const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };

/** MetalLB's speaker needs host networking and NET_RAW, ingress-nginx on host ports needs them too: such a namespace must admit privileged pods. */
const PRIVILEGED_NAMESPACE = {
  'pod-security.kubernetes.io/enforce': 'privileged',
  'pod-security.kubernetes.io/audit': 'privileged',
  'pod-security.kubernetes.io/warn': 'privileged',
};

/**
 * A virtual cluster's host namespace: the level its values ask vcluster to check (baseline
 * unless the platform team chose otherwise, see src/charts/isolation.ts) is enforced by the host
 * too, and `restricted` is audited and warned, so a reviewer sees what a stricter level would refuse.
 */
const TENANT_NAMESPACE = {
  'pod-security.kubernetes.io/enforce': '${each.value.enforce}',
  'pod-security.kubernetes.io/audit': POD_SECURITY_WARN,
  'pod-security.kubernetes.io/warn': POD_SECURITY_WARN,
};

/** One resource of a host: its construct ID, and its Terraform type and name (its address). */
export interface Addressed {
  readonly id: string;
  readonly type: 'helm_release' | 'kubernetes_namespace_v1';
  readonly name: string;
}

export interface NamespaceDescription extends Addressed {
  readonly type: 'kubernetes_namespace_v1';
  readonly metadata: { readonly name: string; readonly labels: Readonly<Record<string, string>> };
}

/** A chart from a repository, or the local chart of MetalLB's configuration objects shipped with the package (an asset of the stack). */
export type ChartSource = { readonly kind: 'repository'; readonly chart: ChartRef } | { readonly kind: 'metallb-config' };

export interface ReleaseDescription extends Addressed {
  readonly type: 'helm_release';
  readonly release: string;
  readonly chart: ChartSource;
  /** The namespace: by the ID of a namespace of the host (its name, read from the resource), or by name. */
  readonly namespace: { readonly of: string } | { readonly name: string };
  readonly values: readonly string[];
  readonly wait?: boolean;
  /** IDs of resources of the host that must be in place first. */
  readonly dependsOn: readonly string[];
}

/**
 * Everything one host gets, as plain data: its provider alias, what serves its endpoint
 * (MetalLB and its configuration, or ingress-nginx), and its virtual clusters as one `for_each`
 * namespace and one `for_each` release keyed by virtual-cluster name (instances.ts), so that
 * adding or removing one never changes the address of another.
 */
export interface HostDescription {
  readonly alias: string;
  /** The endpoint's namespaces and releases, in the order they are created. */
  readonly namespaces: readonly NamespaceDescription[];
  readonly releases: readonly ReleaseDescription[];
  /** The `for_each` namespace and release of the virtual clusters; their instances come from the evaluation. */
  readonly virtualClusters: { readonly namespace: NamespaceDescription; readonly release: ReleaseDescription };
  /** For a renamed host (formerName): each resource's address under the former alias, moved to its address now (Terraform `moved` blocks). */
  readonly moved: readonly Moved[];
}

/** A Terraform `moved` block: `<type>.<name>` before and now; one of a whole `for_each` resource carries all its instances. */
export interface Moved {
  readonly from: string;
  readonly to: string;
}

/** A chart as typed (a mirror's URL, a version), written so that Terraform reads it literally. */
function typedChart(chart: ChartRef): ChartSource {
  return { kind: 'repository', chart: { ...chart, repository: literal(chart.repository), chart: literal(chart.chart), version: literal(chart.version) } };
}

function addressed<T extends AddressRole>(id: string, role: T, alias: string): { id: string; type: (typeof ADDRESSES)[T]['type']; name: string } {
  return { id, type: ADDRESSES[role].type, name: resourceName(role, alias) };
}

function namespace(id: string, role: 'metallbNamespace' | 'ingressNginxNamespace', alias: string, name: string, labels: Record<string, string>): NamespaceDescription {
  return { ...addressed(id, role, alias), metadata: { name, labels: { ...MANAGED_BY, ...labels } } };
}

function chartRelease(id: string, role: 'metallbRelease' | 'ingressNginxRelease', alias: string, chart: ChartRef, namespaceId: string, values: Values): ReleaseDescription {
  return {
    ...addressed(id, role, alias),
    release: chart.chart,
    chart: typedChart(chart),
    namespace: { of: namespaceId },
    wait: true,
    values: [literal(toYaml(values))],
    dependsOn: [],
  };
}

/** What serves the host's endpoint, where we install it, and the release the virtual clusters wait for. */
function endpointResources(host: Host, alias: string, charts: GroupCharts): { namespaces: NamespaceDescription[]; releases: ReleaseDescription[]; ready: string[] } {
  const endpoint = host.endpoint;
  switch (endpoint.kind) {
    case 'metallb': {
      const ns = namespace('MetallbNamespace', 'metallbNamespace', alias, METALLB_NAMESPACE, PRIVILEGED_NAMESPACE);
      const metallb = chartRelease('Metallb', 'metallbRelease', alias, charts.metallb, ns.id, metallbValues());
      const config: ReleaseDescription = {
        ...addressed('MetallbConfig', 'metallbConfig', alias),
        release: 'metallb-config',
        chart: { kind: 'metallb-config' },
        namespace: { name: METALLB_NAMESPACE },
        wait: true,
        values: [literal(toYaml({ objects: metallbObjects(endpoint.pools as string[], endpoint.bgpPeers) }))],
        // The objects are custom resources validated by MetalLB's webhooks: both must be up first.
        dependsOn: [metallb.id],
      };
      return { namespaces: [ns], releases: [metallb, config], ready: [config.id] };
    }
    case 'ingress-nginx': {
      // The baseline pod-security level refuses host ports.
      const ns = namespace('IngressNginxNamespace', 'ingressNginxNamespace', alias, INGRESS_NGINX_NAMESPACE, endpoint.service === 'HostPort' ? PRIVILEGED_NAMESPACE : {});
      const release = chartRelease('IngressNginx', 'ingressNginxRelease', alias, charts.ingressNginx, ns.id, ingressNginxValues(endpoint.className, endpoint.service));
      return { namespaces: [ns], releases: [release], ready: [release.id] };
    }
    case 'cloud-load-balancer':
    case 'existing-ingress':
    case 'none':
      return { namespaces: [], releases: [], ready: [] };
    default:
      return unreachable(endpoint);
  }
}

/** The host's resources under an alias: its own, or the one it had before a rename. */
function resourcesOf(host: Host, alias: string, charts: GroupCharts): Omit<HostDescription, 'moved'> {
  const { namespaces, releases, ready } = endpointResources(host, alias, charts);
  const vcNamespace: NamespaceDescription = {
    ...addressed('VirtualClusterNamespaces', 'vclusterNamespace', alias),
    metadata: { name: '${each.key}', labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', 'cluster-groups/group': '${each.value.group}', ...TENANT_NAMESPACE } },
  };
  const vcRelease: ReleaseDescription = {
    ...addressed('VirtualClusters', 'vclusterRelease', alias),
    release: '${each.key}',
    chart: typedChart(charts.vcluster),
    namespace: { name: '${each.key}' },
    values: ['${each.value.values}'],
    dependsOn: [vcNamespace.id, ...ready],
  };
  return { alias, namespaces, releases, virtualClusters: { namespace: vcNamespace, release: vcRelease } };
}

const address = (r: Addressed): string => `${r.type}.${r.name}`;

function addressesOf(resources: Omit<HostDescription, 'moved'>): Addressed[] {
  return [...resources.namespaces, ...resources.releases, resources.virtualClusters.namespace, resources.virtualClusters.release];
}

/**
 * The description of one host, from its model and its group's charts: pure, the same input gives the same description.
 * A renamed host's resources are described under its former alias too, and each is moved from there :
 * both aliases name the same cluster, so nothing is destroyed. A former name that is no DNS label is PL-4's, and moves nothing.
 */
export function describeHost(host: Host, charts: GroupCharts): HostDescription {
  const resources = resourcesOf(host, host.alias, charts);
  const former = host.spec.formerName;
  if (!isDnsLabel(former) || !isDnsLabel(host.name) || terraformName(former) === host.alias) return { ...resources, moved: [] };
  // The same host under the former alias: the same resources in the same order, only their names differ.
  const before = addressesOf(resourcesOf(host, terraformName(former), charts));
  const moved = addressesOf(resources).map((r, i) => ({ from: address(before[i]), to: address(r) }));
  return { ...resources, moved };
}
