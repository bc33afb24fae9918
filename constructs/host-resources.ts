import { HelmProvider, HelmProviderConfig } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { DataKubernetesResource } from '@cdktf/provider-kubernetes/lib/data-kubernetes-resource';
import { DataKubernetesServiceV1 } from '@cdktf/provider-kubernetes/lib/data-kubernetes-service-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { AssetType, ITerraformDependable, TerraformAsset, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { join } from 'path';
import { GATEWAY_API_VERSION } from '../src/charts/gateway-facts';
import { HostDescription, LocalChart, NamespaceDescription, ReleaseDescription, SecretDescription } from '../src/emit/host';
import { HostAddress } from '../src/emit/host-address';
import { NamespaceOf } from '../src/emit/instances';
import { unreachable } from '../src/model/endpoints';
import { packageRoot } from '../src/package-root';
import type { HostProviders } from './host-cluster-membership';
import { LightNamespace, LightRelease } from './light-resources';
import { MovedBlocks } from './moved-blocks';
import { Connection } from './options';
import { PlainJson } from './plain-json';
import { OrderedHelmProvider, OrderedKubernetesProvider, ProvidersByAlias } from './provider-order';

/** What a host's resources are created with: its stack's provider order, and the lazy maps of its instances (a registry, or a fleet's shard stack). */
export interface HostEmitter {
  readonly kubernetesProviders: ProvidersByAlias;
  readonly helmProviders: ProvidersByAlias;
  namespacesOn(hostPath: string): Record<string, NamespaceOf> | string;
  releasesOn(hostPath: string): Record<string, { values: string }> | string;
}

/** One of our local charts (assets/<chart>), shipped once per stack as an asset. */
function localChart(scope: Construct, chart: LocalChart): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const id = `${chart}-chart`;
  return (stack.node.tryFindChild(id) as TerraformAsset | undefined) ?? new TerraformAsset(stack, id, { path: join(packageRoot(), 'assets', chart), type: AssetType.DIRECTORY });
}

function providerPair(scope: Construct, registry: HostEmitter, alias: string, connection: Connection | undefined): HostProviders {
  const { exec, ...rest } = connection?._attributes ?? {};
  const kubernetes = registry.kubernetesProviders.add(new OrderedKubernetesProvider(scope, 'Kubernetes', { alias, ...rest, exec: exec ? [exec] : undefined }));
  const helmConfig: HelmProviderConfig = { alias, kubernetes: { ...rest, exec } };
  const helm = registry.helmProviders.add(new OrderedHelmProvider(scope, 'Helm', helmConfig));
  return { kubernetes, helm };
}

/**
 * A dependency named by its Terraform address. Given the resource itself, cdktf creates a
 * reference token for it while resolving the stack, and takes a stack trace of the resolver's
 * deep recursion for each: at 200 hosts, half a second.
 */
function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

function namespace(scope: Construct, description: NamespaceDescription, provider: KubernetesProvider): LightNamespace {
  const resource = new LightNamespace(scope, description.id, { provider, name: description.metadata.name, labels: { ...description.metadata.labels } });
  resource.overrideLogicalId(description.name);
  return resource;
}

type Created = ReadonlyMap<string, LightNamespace | LightRelease | SecretV1>;

function secret(scope: Construct, description: SecretDescription, provider: KubernetesProvider, created: Created): SecretV1 {
  const { metadata } = description;
  const resource = new SecretV1(scope, description.id, {
    provider,
    metadata: { name: metadata.name, namespace: (created.get(metadata.namespace.of) as LightNamespace).nameReference, labels: { ...metadata.labels } },
    type: 'kubernetes.io/basic-auth',
    data: { password: description.password },
  });
  resource.overrideLogicalId(description.name);
  return resource;
}

function release(scope: Construct, description: ReleaseDescription, provider: HelmProvider, created: Created): LightRelease {
  const chart = description.chart;
  const resource = new LightRelease(scope, description.id, {
    provider,
    name: description.release,
    ...(chart.kind === 'repository' ? { repository: chart.chart.repository, chart: chart.chart.chart, version: chart.chart.version } : { chart: `./${localChart(scope, chart.chart).path}` }),
    namespace: 'of' in description.namespace ? (created.get(description.namespace.of) as LightNamespace).nameReference : description.namespace.name,
    ...description.settings,
    values: [...description.values],
    dependsOn: description.dependsOn.length ? description.dependsOn.map((id) => addressOf(created.get(id) as TerraformResource)) : undefined,
    dependencyUpdate: description.dependencyUpdate,
    lifecycle: description.preventDestroy ? { preventDestroy: true } : undefined,
  });
  resource.overrideLogicalId(description.name);
  return resource;
}

/**
 * Turns a host's description (src/emit/host.ts) into cdktf objects: its provider pair (ours,
 * unless the user handed in theirs), what serves its endpoint, and the `for_each` namespace and
 * release of its virtual clusters, whose instances the registry produces at synth.
 */
export function emitHost(scope: Construct, registry: HostEmitter, hostPath: string, description: HostDescription, connection: Connection | undefined, own: HostProviders | undefined): HostProviders {
  const providers = own ?? providerPair(scope, registry, description.alias, connection);
  const created = new Map<string, LightNamespace | LightRelease | SecretV1>();
  for (const ns of description.namespaces) created.set(ns.id, namespace(scope, ns, providers.kubernetes));
  for (const sec of description.secrets) created.set(sec.id, secret(scope, sec, providers.kubernetes, created));
  for (const rel of description.releases) created.set(rel.id, release(scope, rel, providers.helm, created));
  const { namespace: vcNamespace, release: vcRelease } = description.virtualClusters;
  const namespaces = namespace(scope, vcNamespace, providers.kubernetes);
  const plain = PlainJson.of(TerraformStack.of(scope));
  namespaces.addOverride(
    'for_each',
    plain.value(() => registry.namespacesOn(hostPath)),
  );
  created.set(vcNamespace.id, namespaces);
  const releases = release(scope, vcRelease, providers.helm, created);
  releases.addOverride(
    'for_each',
    plain.value(() => registry.releasesOn(hostPath)),
  );
  if (description.moved.length > 0) new MovedBlocks(scope, 'Moved', description.moved);
  return providers;
}

/**
 * The data source that reads a host's external address after apply: created once, on the first read,
 * after the release that installs the Service or creates the Gateway (none for an existing Gateway).
 */
export function addressReader(scope: Construct, address: Extract<HostAddress, { kind: 'service' | 'gateway' }>, provider: KubernetesProvider): void {
  const id = 'ExternalAddress';
  if (scope.node.tryFindChild(id)) return;
  const dependsOn = address.after === undefined ? undefined : [{ fqn: address.after }];
  const reader = readerOf(scope, id, address, provider, dependsOn);
  reader.overrideLogicalId(address.name);
}

function readerOf(
  scope: Construct,
  id: string,
  address: Extract<HostAddress, { kind: 'service' | 'gateway' }>,
  provider: KubernetesProvider,
  dependsOn: ITerraformDependable[] | undefined,
): TerraformDataSource {
  switch (address.kind) {
    case 'service':
      return new DataKubernetesServiceV1(scope, id, { provider, metadata: { name: address.service.name, namespace: address.service.namespace }, dependsOn });
    case 'gateway':
      return new DataKubernetesResource(scope, id, {
        provider,
        apiVersion: GATEWAY_API_VERSION,
        kind: 'Gateway',
        metadata: { name: address.gateway.name, namespace: address.gateway.namespace },
        dependsOn,
      });
    default:
      return unreachable(address);
  }
}
