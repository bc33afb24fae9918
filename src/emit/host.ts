import { gatewayCrdsValues } from '../charts/gateway-crds-values';
import { gatewayImplementation } from '../charts/gateway-facts';
import { gatewayObjects } from '../charts/gateway-objects';
import { POD_SECURITY_WARN } from '../charts/isolation';
import { groupNamespaceLabels } from '../charts/namespace-labels';
import { bgpPasswordSecret, metallbObjects } from '../charts/metallb-values';
import { Values } from '../charts/merge';
import { platformChartValues } from '../charts/platform-values';
import { toYaml } from '../charts/serialize';
import { DEFAULT_RELEASE_TIMEOUT_SECONDS, INGRESS_NGINX_NAMESPACE, METALLB_NAMESPACE, RELEASE_MAX_HISTORY } from '../model/defaults';
import { Endpoint, unreachable } from '../model/endpoints';
import { GroupCharts, Host } from '../model/fleet';
import { GROUP_LABEL, MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../model/labels';
import { isDnsLabel, terraformName } from '../model/names';
import { text } from '../model/text';
import { ChartRef, GroupSpec, HostEndpoint, IngressNginxSpec } from '../model/types';
import { isMap } from '../model/values';
import { ADDRESSES, AddressRole, resourceName } from './addresses';
import { literal } from './terraform-text';

const MANAGED_BY = { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE };

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

/** The local charts shipped with the package (each an asset of the stack), by their folder under assets/. */
export type LocalChart = 'metallb-config' | 'gateway-config' | 'gateway-api-crds';

/** A chart from a repository, or one of our local charts. */
export type ChartSource = { readonly kind: 'repository'; readonly chart: ChartRef } | { readonly kind: 'local'; readonly chart: LocalChart };

/** A secret MetalLB reads a BGP peer's password from; the password is a Terraform expression (a sensitive variable, HC-6). */
export interface SecretDescription {
  readonly id: string;
  readonly type: 'kubernetes_secret_v1';
  readonly name: string;
  readonly metadata: { readonly name: string; readonly namespace: { readonly of: string }; readonly labels: Readonly<Record<string, string>> };
  readonly password: string;
}

/**
 * What every release of a group shares (CG-19): a bounded history (each revision is a Secret in
 * the release's namespace) and a timeout. A release that waits for its pods is `atomic`: a failed
 * install is uninstalled and a failed upgrade rolled back, so the helm provider (which does not
 * save a release whose first install failed, hashicorp/terraform-provider-helm#1665) never leaves
 * an orphan that makes the next deploy fail with "cannot re-use a name that is still in use".
 * Helm's atomic implies waiting; a release with nothing to wait for heals by upgrading over a
 * failed install instead.
 */
export interface ReleaseSettings {
  readonly wait: boolean;
  readonly atomic?: boolean;
  readonly upgradeInstall?: boolean;
  readonly timeout: number;
  readonly maxHistory: number;
}

export interface ReleaseDescription extends Addressed {
  readonly type: 'helm_release';
  readonly release: string;
  readonly chart: ChartSource;
  /** The namespace: by the ID of a namespace of the host (its name, read from the resource), or by name. */
  readonly namespace: { readonly of: string } | { readonly name: string };
  readonly values: readonly string[];
  readonly settings: ReleaseSettings;
  /** IDs of resources of the host that must be in place first. */
  readonly dependsOn: readonly string[];
  /** Helm fetches the chart's dependencies first (a local chart that takes an upstream chart as its dependency). */
  readonly dependencyUpdate?: boolean;
  /** Terraform refuses to plan its destruction (`lifecycle.prevent_destroy`): uninstalling it would delete what every tenant's objects depend on. */
  readonly preventDestroy?: boolean;
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
  /** Created after the namespaces, before the releases. */
  readonly secrets: readonly SecretDescription[];
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

/** The group's tags, as labels of every namespace created for it (CG-25 has checked them; a stack with errors emits nothing). */
function tagLabels(group: GroupSpec): Record<string, string> {
  return isMap(group.tags) ? (group.tags as Record<string, string>) : {};
}

function namespace(
  id: string,
  role: 'metallbNamespace' | 'ingressNginxNamespace' | 'gatewayNamespace',
  alias: string,
  name: string,
  labels: Record<string, string>,
  group: GroupSpec,
): NamespaceDescription {
  return { ...addressed(id, role, alias), metadata: { name, labels: { ...tagLabels(group), ...MANAGED_BY, ...labels } } };
}

function releaseSettings(group: GroupSpec, wait: boolean): ReleaseSettings {
  const timeout = typeof group.releaseTimeoutSeconds === 'number' ? group.releaseTimeoutSeconds : DEFAULT_RELEASE_TIMEOUT_SECONDS;
  return wait ? { wait, atomic: true, timeout, maxHistory: RELEASE_MAX_HISTORY } : { wait, upgradeInstall: true, timeout, maxHistory: RELEASE_MAX_HISTORY };
}

function chartRelease(
  id: string,
  role: 'metallbRelease' | 'ingressNginxRelease' | 'gatewayRelease',
  alias: string,
  chart: ChartRef,
  namespaceId: string,
  values: Values,
  group: GroupSpec,
): ReleaseDescription {
  return {
    ...addressed(id, role, alias),
    release: chart.chart,
    chart: typedChart(chart),
    namespace: { of: namespaceId },
    settings: releaseSettings(group, true),
    values: [literal(toYaml(values))],
    dependsOn: [],
  };
}

/**
 * A Gateway API implementation on one host, in the order one deploy on a new cluster needs:
 * its namespace; the CRDs (where we install them, or the controller's own come from the same
 * chart); the controller; then, once the CRDs and the controller exist, the GatewayClass and
 * Gateway of a local chart, as MetalLB's configuration is released after MetalLB.
 */
function gatewayResources(
  host: Host,
  endpoint: Extract<Endpoint, { kind: 'gateway' }>,
  alias: string,
  charts: GroupCharts,
  group: GroupSpec,
): { namespaces: NamespaceDescription[]; secrets: SecretDescription[]; releases: ReleaseDescription[]; ready: string[] } {
  const facts = gatewayImplementation(endpoint.implementation);
  // The data plane runs in this namespace; on host ports the baseline pod-security level would refuse it.
  const ns = namespace('GatewayNamespace', 'gatewayNamespace', alias, facts.namespace, endpoint.service === 'HostPort' ? PRIVILEGED_NAMESPACE : {}, group);
  const crdsValues = gatewayCrdsValues(endpoint.implementation, endpoint.crds === 'install');
  const crds: ReleaseDescription[] =
    crdsValues === undefined
      ? []
      : [
          {
            ...addressed('GatewayApiCrds', 'gatewayCrdsRelease', alias),
            release: 'gateway-api-crds',
            chart: { kind: 'local', chart: 'gateway-api-crds' },
            namespace: { of: ns.id },
            // CRDs only: nothing to wait for.
            settings: releaseSettings(group, false),
            values: [literal(toYaml(crdsValues))],
            dependsOn: [],
            dependencyUpdate: true,
            // Uninstalling the CRDs deletes every Gateway and TLSRoute of the cluster, others' included.
            preventDestroy: true,
          },
        ];
  const values = platformChartValues(group, host.spec.endpoint, endpoint);
  const controller = { ...chartRelease('Gateway', 'gatewayRelease', alias, charts[facts.chart], ns.id, values, group), dependsOn: crds.map((release) => release.id) };
  const objects = gatewayObjects({
    implementation: endpoint.implementation,
    service: endpoint.service,
    wildcardDns: String(host.spec.wildcardDns),
    routeNamespaceLabels: groupNamespaceLabels(text(group.name)),
  });
  const config: ReleaseDescription = {
    ...addressed('GatewayConfig', 'gatewayConfig', alias),
    release: 'gateway-config',
    chart: { kind: 'local', chart: 'gateway-config' },
    namespace: { name: facts.namespace },
    // Custom resources only: Helm has nothing to wait for.
    settings: releaseSettings(group, false),
    values: [literal(toYaml({ objects }))],
    dependsOn: [controller.id],
  };
  return { namespaces: [ns], secrets: [], releases: [...crds, controller, config], ready: [config.id] };
}

/** ingress-nginx on one host, as given (`spec`, for the user's values) and resolved. */
function ingressNginxResources(
  spec: IngressNginxSpec,
  endpoint: Extract<Endpoint, { kind: 'ingress-nginx' }>,
  alias: string,
  charts: GroupCharts,
  group: GroupSpec,
): { namespaces: NamespaceDescription[]; secrets: SecretDescription[]; releases: ReleaseDescription[]; ready: string[] } {
  // The baseline pod-security level refuses host ports.
  const ns = namespace('IngressNginxNamespace', 'ingressNginxNamespace', alias, INGRESS_NGINX_NAMESPACE, endpoint.service === 'HostPort' ? PRIVILEGED_NAMESPACE : {}, group);
  const values = platformChartValues(group, spec, endpoint);
  const release = chartRelease('IngressNginx', 'ingressNginxRelease', alias, charts.ingressNginx, ns.id, values, group);
  return { namespaces: [ns], secrets: [], releases: [release], ready: [release.id] };
}

/** What serves the host's endpoint, where we install it, and the release the virtual clusters wait for. */
function endpointResources(
  host: Host,
  alias: string,
  charts: GroupCharts,
  group: GroupSpec,
  bgpPasswords: ReadonlyMap<string, string>,
): { namespaces: NamespaceDescription[]; secrets: SecretDescription[]; releases: ReleaseDescription[]; ready: string[] } {
  const endpoint = host.endpoint;
  switch (endpoint.kind) {
    case 'metallb': {
      const ns = namespace('MetallbNamespace', 'metallbNamespace', alias, METALLB_NAMESPACE, PRIVILEGED_NAMESPACE, group);
      // The user's values under ours, as Helm merges them (HC-7 has checked them).
      const metallb = chartRelease('Metallb', 'metallbRelease', alias, charts.metallb, ns.id, platformChartValues(group, host.spec.endpoint, endpoint), group);
      // The secrets MetalLB reads for BGP passwords exist before the BGPPeers that name them.
      // (A peer name given twice is an HC-3 finding; the map holds it once.)
      const secrets = [...bgpPasswords].map(([peer, password]): SecretDescription => ({
        id: `BgpPassword${peer}`,
        type: 'kubernetes_secret_v1',
        name: `bgppassword_${alias}_${terraformName(peer)}`,
        metadata: { name: bgpPasswordSecret(peer), namespace: { of: ns.id }, labels: MANAGED_BY },
        password,
      }));
      const config: ReleaseDescription = {
        ...addressed('MetallbConfig', 'metallbConfig', alias),
        release: 'metallb-config',
        chart: { kind: 'local', chart: 'metallb-config' },
        namespace: { name: METALLB_NAMESPACE },
        // Custom resources only: Helm has nothing to wait for.
        settings: releaseSettings(group, false),
        values: [literal(toYaml({ objects: metallbObjects(endpoint.pools as string[], endpoint.bgpPeers) }))],
        // The objects are custom resources validated by MetalLB's webhooks: both must be up first.
        dependsOn: [metallb.id, ...secrets.map((secret) => secret.id)],
      };
      return { namespaces: [ns], secrets, releases: [metallb, config], ready: [config.id] };
    }
    case 'ingress-nginx':
      return ingressNginxResources(host.spec.endpoint as IngressNginxSpec, endpoint, alias, charts, group);
    case 'gateway': {
      const gateway = gatewayResources(host, endpoint, alias, charts, group);
      const spec = host.spec.endpoint as Extract<HostEndpoint, { kind: 'gateway' }>;
      if (!endpoint.keep || !spec.keepIngressNginx) return gateway;
      // During a move from ingress-nginx: the same resources as before, untouched, beside the Gateway.
      const kept = ingressNginxResources(spec.keepIngressNginx, endpoint.keep, alias, charts, group);
      return { namespaces: [...kept.namespaces, ...gateway.namespaces], secrets: [], releases: [...kept.releases, ...gateway.releases], ready: [...kept.ready, ...gateway.ready] };
    }
    case 'cloud-load-balancer':
    case 'existing-ingress':
    case 'existing-gateway':
    case 'none':
      return { namespaces: [], secrets: [], releases: [], ready: [] };
    default:
      return unreachable(endpoint);
  }
}

/** The host's resources under an alias: its own, or the one it had before a rename. */
function resourcesOf(host: Host, alias: string, charts: GroupCharts, group: GroupSpec, bgpPasswords: ReadonlyMap<string, string>): Omit<HostDescription, 'moved'> {
  const { namespaces, secrets, releases, ready } = endpointResources(host, alias, charts, group, bgpPasswords);
  const vcNamespace: NamespaceDescription = {
    ...addressed('VirtualClusterNamespaces', 'vclusterNamespace', alias),
    metadata: {
      name: '${each.key}',
      labels: { ...tagLabels(group), ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', [GROUP_LABEL]: '${each.value.group}', ...TENANT_NAMESPACE },
    },
  };
  const vcRelease: ReleaseDescription = {
    ...addressed('VirtualClusters', 'vclusterRelease', alias),
    release: '${each.key}',
    chart: typedChart(charts.vcluster),
    namespace: { name: '${each.key}' },
    values: ['${each.value.values}'],
    settings: releaseSettings(group, true),
    dependsOn: [vcNamespace.id, ...ready],
  };
  return { alias, namespaces, secrets, releases, virtualClusters: { namespace: vcNamespace, release: vcRelease } };
}

const address = (r: Pick<Addressed | SecretDescription, 'type' | 'name'>): string => `${r.type}.${r.name}`;

function addressesOf(resources: Omit<HostDescription, 'moved'>): Pick<Addressed | SecretDescription, 'type' | 'name'>[] {
  return [...resources.namespaces, ...resources.secrets, ...resources.releases, resources.virtualClusters.namespace, resources.virtualClusters.release];
}

/**
 * The description of one host, from its model, its group's settings and charts, and the
 * Terraform expressions of its BGP passwords: pure, the same input gives the same description.
 * A renamed host's resources are described under its former alias too, and each is moved from there :
 * both aliases name the same cluster, so nothing is destroyed. A former name that is no DNS label is PL-4's, and moves nothing.
 */
export function describeHost(host: Host, group: GroupSpec, charts: GroupCharts, bgpPasswords: ReadonlyMap<string, string> = new Map()): HostDescription {
  const resources = resourcesOf(host, host.alias, charts, group, bgpPasswords);
  const former = host.spec.formerName;
  if (!isDnsLabel(former) || !isDnsLabel(host.name) || terraformName(former) === host.alias) return { ...resources, moved: [] };
  // The same host under the former alias: the same resources in the same order, only their names differ.
  const before = addressesOf(resourcesOf(host, terraformName(former), charts, group, bgpPasswords));
  const moved = addressesOf(resources).map((r, i) => ({ from: address(before[i]), to: address(r) }));
  return { ...resources, moved };
}
