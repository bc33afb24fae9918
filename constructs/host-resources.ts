import { HelmProvider, HelmProviderConfig } from '@cdktf/provider-helm/lib/provider';
import { Release, ReleaseConfig } from '@cdktf/provider-helm/lib/release';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { AssetType, Lazy, TerraformAsset, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { join } from 'path';
import { ingressNginxValues } from '../src/charts/ingress-nginx-values';
import { bgpPasswordSecret, metallbObjects, metallbValues } from '../src/charts/metallb-values';
import { mergeValues } from '../src/charts/merge';
import { userPlatformValues } from '../src/charts/platform-values';
import { toYaml } from '../src/charts/serialize';
import { DEFAULT_RELEASE_TIMEOUT_SECONDS, INGRESS_NGINX_NAMESPACE, ingressNginxServiceOf, METALLB_NAMESPACE, RELEASE_MAX_HISTORY } from '../src/model/defaults';
import { terraformName } from '../src/model/names';
import { ChartRef, GroupSpec, HostSpec } from '../src/model/types';
import { packageRoot } from '../src/package-root';
import type { HostProviders } from './host-cluster-membership';
import { Connection } from './options';
import { ClusterGroupsRegistry } from './registry';
import { literal } from './terraform-text';

const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };

/** MetalLB's speaker needs host networking and NET_RAW, ingress-nginx on host ports needs them too: such a namespace must admit privileged pods. */
const PRIVILEGED_NAMESPACE = {
  'pod-security.kubernetes.io/enforce': 'privileged',
  'pod-security.kubernetes.io/audit': 'privileged',
  'pod-security.kubernetes.io/warn': 'privileged',
};

/** The local chart of MetalLB's configuration objects, shipped once per stack as an asset. */
function metallbConfigChart(scope: Construct): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const id = 'metallb-config-chart';
  return (stack.node.tryFindChild(id) as TerraformAsset | undefined) ?? new TerraformAsset(stack, id, { path: join(packageRoot(), 'assets', 'metallb-config'), type: AssetType.DIRECTORY });
}

function providerPair(scope: Construct, registry: ClusterGroupsRegistry, alias: string, connection: Connection | undefined): HostProviders {
  const { exec, ...rest } = connection?.attributes ?? {};
  const kubernetes = new KubernetesProvider(scope, 'Kubernetes', { alias, ...rest, exec: exec ? [exec] : undefined });
  const helmConfig: HelmProviderConfig = { alias, kubernetes: { ...rest, exec } };
  const helm = new HelmProvider(scope, 'Helm', helmConfig);
  registry.kubernetesProviders.add(kubernetes);
  registry.helmProviders.add(helm);
  return { kubernetes, helm };
}

/**
 * What every release of a group shares (CG-19): a bounded history (each revision is a Secret in
 * the release's namespace) and a timeout. A release that waits for its pods is `atomic`: a failed
 * install is uninstalled and a failed upgrade rolled back, so the helm provider (which does not
 * save a release whose first install failed, hashicorp/terraform-provider-helm#1665) never leaves
 * an orphan that makes the next deploy fail with "cannot re-use a name that is still in use".
 */
function releaseSettings(group: GroupSpec, wait: boolean): Pick<ReleaseConfig, 'wait' | 'atomic' | 'upgradeInstall' | 'timeout' | 'maxHistory'> {
  const timeout = typeof group.releaseTimeoutSeconds === 'number' ? group.releaseTimeoutSeconds : DEFAULT_RELEASE_TIMEOUT_SECONDS;
  // Helm's atomic implies waiting; a release with nothing to wait for heals by upgrading over a failed install instead.
  return wait ? { wait, atomic: true, timeout, maxHistory: RELEASE_MAX_HISTORY } : { wait, upgradeInstall: true, timeout, maxHistory: RELEASE_MAX_HISTORY };
}

function chartRelease(scope: Construct, id: string, address: string, group: GroupSpec, chart: ChartRef, namespace: NamespaceV1, provider: HelmProvider, values: object): Release {
  const release = new Release(scope, id, {
    provider,
    name: chart.chart,
    repository: chart.repository,
    chart: chart.chart,
    version: chart.version,
    namespace: namespace.metadata.name,
    ...releaseSettings(group, true),
    values: [literal(toYaml(values as Record<string, unknown>))],
  });
  release.overrideLogicalId(address);
  return release;
}

function namespace(scope: Construct, id: string, address: string, name: string, labels: Record<string, string>, provider: KubernetesProvider): NamespaceV1 {
  const resource = new NamespaceV1(scope, id, { provider, metadata: { name, labels: { ...MANAGED_BY, ...labels } } });
  resource.overrideLogicalId(address);
  return resource;
}

/**
 * Everything one host gets: its provider pair (alias from its name), what serves its
 * endpoint (MetalLB and its configuration, or ingress-nginx), and its virtual clusters as
 * one `for_each` namespace and one `for_each` release keyed by virtual-cluster name, so
 * that adding or removing one never changes the address of another.
 */
export function emitHost(
  scope: Construct,
  registry: ClusterGroupsRegistry,
  group: GroupSpec,
  host: HostSpec,
  connection: Connection | undefined,
  own: HostProviders | undefined,
  bgpPasswords: ReadonlyMap<string, string> = new Map(),
): HostProviders {
  const alias = terraformName(String(host.name));
  const providers = own ?? providerPair(scope, registry, alias, connection);
  const endpoint = host.endpoint;
  const dependencies: Release[] = [];
  if (endpoint.kind === 'metallb') {
    const ns = namespace(scope, 'MetallbNamespace', `metallb_${alias}`, METALLB_NAMESPACE, PRIVILEGED_NAMESPACE, providers.kubernetes);
    // The user's values under ours, as Helm merges them (HC-7 has checked them).
    const metallb = chartRelease(scope, 'Metallb', `metallb_${alias}`, group, group.charts.metallb, ns, providers.helm, mergeValues(userPlatformValues(group, endpoint), metallbValues()));
    // The secrets MetalLB reads for BGP passwords exist before the BGPPeers that name them.
    // (A peer name given twice is an HC-3 finding; the map holds it once.)
    const passwords = [...bgpPasswords].map(([peer, password]) => {
      const secret = new SecretV1(scope, `BgpPassword${peer}`, {
        provider: providers.kubernetes,
        metadata: { name: bgpPasswordSecret(peer), namespace: ns.metadata.name, labels: MANAGED_BY },
        type: 'kubernetes.io/basic-auth',
        data: { password },
      });
      secret.overrideLogicalId(`bgppassword_${alias}_${terraformName(String(peer))}`);
      return secret;
    });
    const config = new Release(scope, 'MetallbConfig', {
      provider: providers.helm,
      name: 'metallb-config',
      chart: `./${metallbConfigChart(scope).path}`,
      namespace: METALLB_NAMESPACE,
      // Custom resources only: Helm has nothing to wait for.
      ...releaseSettings(group, false),
      values: [literal(toYaml({ objects: metallbObjects(endpoint.pools as string[], endpoint.bgpPeers) }))],
      // The objects are custom resources validated by MetalLB's webhooks: both must be up first.
      dependsOn: [metallb, ...passwords],
    });
    config.overrideLogicalId(`metallbconfig_${alias}`);
    dependencies.push(config);
  }
  if (endpoint.kind === 'ingress-nginx') {
    const service = ingressNginxServiceOf(host.kind, endpoint.service);
    // The baseline pod-security level refuses host ports.
    const ns = namespace(scope, 'IngressNginxNamespace', `ingress_nginx_${alias}`, INGRESS_NGINX_NAMESPACE, service === 'HostPort' ? PRIVILEGED_NAMESPACE : {}, providers.kubernetes);
    const values = mergeValues(userPlatformValues(group, endpoint), ingressNginxValues(endpoint.className, service));
    dependencies.push(chartRelease(scope, 'IngressNginx', `ingress_nginx_${alias}`, group, group.charts.ingressNginx, ns, providers.helm, values));
  }
  const namespaces = new NamespaceV1(scope, 'VirtualClusterNamespaces', {
    provider: providers.kubernetes,
    metadata: { name: '${each.key}', labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', 'cluster-groups/group': '${each.value}' } },
  });
  namespaces.addOverride('for_each', Lazy.anyValue({ produce: () => registry.namespacesOn(host.path) }));
  namespaces.overrideLogicalId(`vcluster_${alias}`);
  const vcluster = group.charts.vcluster;
  const releases = new Release(scope, 'VirtualClusters', {
    provider: providers.helm,
    name: '${each.key}',
    namespace: '${each.key}',
    repository: vcluster.repository,
    chart: vcluster.chart,
    version: vcluster.version,
    values: ['${each.value.values}'],
    ...releaseSettings(group, true),
    dependsOn: [namespaces, ...dependencies],
  });
  releases.addOverride('for_each', Lazy.anyValue({ produce: () => registry.releasesOn(host.path) }));
  releases.overrideLogicalId(`vcluster_${alias}`);
  return providers;
}
