import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { describeHost } from '../src/emit/host';
import { addressExpression, HostAddress, hostAddressOf } from '../src/emit/host-address';
import { chartsOf, resolveHost } from '../src/model/fleet';
import { HostSpec } from '../src/model/types';
import { brand, BRANDS, hasBrand } from './brand';
import type { ClusterGroup } from './cluster-group';
import { addressReader, emitHost } from './host-resources';
import { readInStackOf } from './stack-reference';
import { Connection, HostEndpoint, HostKind, Scope } from './options';
import { ClusterGroupsRegistry } from './registry';
import { groupOf, specOf } from './require';

/** What a host offers to virtual clusters, before oversubscription. */
export interface HostCapacity {
  /** Kubernetes quantity, e.g. "64" or "64000m" (HC-2). */
  readonly cpu: string;
  /** Kubernetes quantity, e.g. "256Gi". */
  readonly memory: string;
  /** Kubernetes quantity, e.g. "2Ti". */
  readonly storage: string;
}

/** Providers a user already has for this host, when composing into a larger stack. */
export interface HostProviders {
  /** A kubernetes provider configured for this host. */
  readonly kubernetes: KubernetesProvider;
  /** A helm provider configured for this host. */
  readonly helm: HelmProvider;
}

/** What describes a host in a group: all of {@link HostClusterMembershipProps} but the group. */
export interface HostClusterOptions {
  /** DNS-1123 label; the providers' alias is derived from it (HC-1). */
  readonly name: string;
  /** What kind of cluster the host is (CG-7). */
  readonly kind: HostKind;
  /** Whose the host is: the tenant's, or one project's (CG-2). @default Scope.tenant() */
  readonly scope?: Scope;
  /** CPU, memory and storage the host offers (HC-2). */
  readonly capacity: HostCapacity;
  /** How to reach the host; give this or `providers` (HC-5). @default none: `providers` must be given */
  readonly connection?: Connection;
  /** Your own provider pair for this host instead of a connection. @default a pair created with the host's alias */
  readonly providers?: HostProviders;
  /** What serves the virtual clusters' endpoints on this host (CG-6, CG-9, CG-11, CG-12). */
  readonly endpoint: HostEndpoint;
  /** Wildcard DNS record pointing at the host's ingress controller, e.g. "*.apps.dc1.example.com"; Ingress groups only (CG-10). @default none (required in an Ingress group) */
  readonly wildcardDns?: string;
  /**
   * The name the host had before a rename. Its virtual clusters stay on it (the lock knows them
   * by that name), and Terraform `moved` blocks carry its resources from the old addresses
   * (`helm_release.vcluster_<old>` …) to the new ones, so nothing is destroyed (PL-4). Keep it
   * until every state that had the old name has been applied.
   * @default none
   */
  readonly formerName?: string;
}

/** Props of a {@link HostClusterMembership}. */
export interface HostClusterMembershipProps extends HostClusterOptions {
  /** The group the host joins. */
  readonly group: ClusterGroup;
}

/** The construct path of a provider of the given type, or undefined for anything else (checked by type name: two copies of a provider package may meet in one app). */
function providerPath(value: unknown, type: 'kubernetes' | 'helm'): string | undefined {
  return value instanceof Construct && (value as Partial<TerraformProvider>).terraformResourceType === type ? value.node.path : undefined;
}

/** A host cluster's membership in a group: its provider pair and what we install on it. */
export class HostClusterMembership extends Construct {
  /** Whether x is a HostClusterMembership, also across two copies of this package in one app. */
  static isHostClusterMembership(x: unknown): x is HostClusterMembership {
    return hasBrand(x, BRANDS.host);
  }

  /** The host's name, as given. */
  readonly name: string;
  /** The group, as given. */
  readonly group: ClusterGroup;
  /** The kubernetes provider every resource of this host uses: yours, or the one created with the host's alias. */
  readonly kubernetesProvider!: KubernetesProvider;
  /** The helm provider every release of this host uses. */
  readonly helmProvider!: HelmProvider;

  /** How it is reached from outside, as far as known here; undefined for a host in no group. */
  private readonly address?: HostAddress;
  /** Where its resources are: under itself, or in a Fleet under its shard's stack. */
  private readonly emitScope?: Construct;

  /**
   * Where this host is reached from outside, for a larger stack (a DNS record for its wildcard, a
   * firewall rule). With ingress-nginx installed behind a LoadBalancer service: that service's
   * external IP or DNS name, read after apply by `data.kubernetes_service_v1.ingress_nginx_<alias>`
   * (created on the first read; it waits for the ingress-nginx release). With our Gateway behind a load
   * balancer, or an existing Gateway: the first address in the Gateway's status, whatever its
   * implementation, read after apply by `data.kubernetes_resource.gateway_<alias>` (created on the
   * first read; for ours it waits for the release creating the Gateway). With MetalLB: its address
   * pools as given, comma-separated (each virtual cluster gets its own IP from them: its
   * {@link VirtualCluster.endpoint}). Undefined where nothing we install holds the address:
   * ingress-nginx or our Gateway on the nodes' ports (the nodes' addresses), an existing controller of
   * yours, a cloud load balancer (each virtual cluster has its own). The data source is in the host's
   * stack (in a Fleet, its shard's), and a stack that reads an address read after apply must be that
   * one: the synth of another stops (another Terraform state cannot name it).
   */
  get externalAddress(): string | undefined {
    const address = this.address;
    switch (address?.kind) {
      case 'service':
      case 'gateway': {
        const scope = this.emitScope!;
        addressReader(scope, address, this.kubernetesProvider);
        return readInStackOf(
          () => scope,
          `the external address of host ${this.name}`,
          () => addressExpression(address),
        );
      }
      case 'pools':
        return address.pools.join(',');
      default:
        return undefined;
    }
  }

  // `parent`, not `scope`: the props have a `scope` (CG-2), and Python's bindings put both in one signature.
  constructor(parent: Construct, id: string, input: HostClusterMembershipProps) {
    super(parent, id);
    brand(this, BRANDS.host);
    const props = input ?? ({} as HostClusterMembershipProps);
    this.group = props.group;
    this.name = props.name;
    const group = groupOf(this, props.group, 'host');
    const connection = props.providers || props.connection === undefined ? undefined : props.connection instanceof Connection ? props.connection : undefined;
    const given = props.providers && { kubernetes: providerPath(props.providers.kubernetes, 'kubernetes'), helm: providerPath(props.providers.helm, 'helm') };
    const connectionSpec = given
      ? { kind: 'providers' as const, ...given }
      : props.connection === undefined
        ? { kind: 'none' as const }
        : specOf(this, 'host', 'connection', props.connection, Connection);
    const spec: HostSpec = {
      path: this.node.path,
      name: props.name,
      group: group?._spec.path ?? '',
      kind: props.kind,
      scope: props.scope === undefined || props.scope === null ? undefined : specOf(this, 'host', 'scope', props.scope, Scope),
      capacity: { cpu: props.capacity?.cpu, memory: props.capacity?.memory, storage: props.capacity?.storage },
      connection: connectionSpec ?? { kind: 'none' },
      endpoint: specOf(this, 'host', 'endpoint', props.endpoint, HostEndpoint) ?? { kind: 'none' },
      wildcardDns: props.wildcardDns,
      formerName: props.formerName,
    };
    if (!group) return;
    // A group made by another copy of this package (brands, constructs/brand.ts) may not know the method.
    group._addMembership?.(this);
    const registry = ClusterGroupsRegistry.of(this);
    registry.addHost(spec);
    // An incomplete pair is an HC-5 finding; a pair of our own then stands in, so that finding is the synth's only complaint.
    const own = given?.kubernetes !== undefined && given.helm !== undefined ? props.providers : undefined;
    const { scope: emitScope, emitter } = registry.emissionOf(this, spec, group._spec);
    this.emitScope = emitScope;
    const host = resolveHost(spec);
    this.address = hostAddressOf(host);
    const providers = emitHost(
      emitScope,
      emitter,
      spec.path,
      describeHost(host, group._spec, chartsOf(group._spec), props.endpoint instanceof HostEndpoint ? props.endpoint._bgpPasswords : undefined),
      connection,
      own,
    );
    this.kubernetesProvider = providers.kubernetes;
    registry.kubeconfigScopes.hosts.set(spec.path, { scope: emitScope, provider: providers.kubernetes });
    this.helmProvider = providers.helm;
  }
}
