import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { VirtualClusterReferences } from '../src/emit/references';
import { VirtualClusterSpec } from '../src/model/types';
import { brand, BRANDS, hasBrand } from './brand';
import type { ClusterGroup } from './cluster-group';
import type { HostClusterMembership } from './host-cluster-membership';
import { ExternalTrafficPolicy, MoveAcknowledgement } from './options';
import { ClusterGroupsRegistry } from './registry';
import { flagOf, groupOf, listOf } from './require';
import { readInStackOf } from './stack-reference';
import { checkValuesInput } from './values-input';

/** What a virtual cluster requests, as Kubernetes quantities (VC-2). */
export interface VirtualClusterResources {
  /** CPU, in cores: its namespace's quota and limit range. @default "4" */
  readonly cpu?: string;
  /** Memory: its namespace's quota and limit range. @default "4Gi" */
  readonly memory?: string;
  /** Size of the control plane's data volume. @default "2Gi" */
  readonly storage?: string;
}

/** How a LoadBalancer group's virtual cluster's service is exposed (VC-6). */
export interface LoadBalancerOptions {
  /** The service's external traffic policy. @default the Kubernetes default, Cluster */
  readonly externalTrafficPolicy?: ExternalTrafficPolicy;
  /** CIDRs allowed to reach the API server. @default any */
  readonly sourceRanges?: string[];
  /**
   * On a host behind a cloud load balancer: the address clients reach this virtual cluster at (an
   * IP you reserved, or a DNS name you point at its load balancer), for its kubeconfig server,
   * certificate and output (VC-6). Not with MetalLB, which gives the address itself.
   * @default none: the endpoint is known only after apply (a warning)
   */
  readonly address?: string;
}

/** What describes a virtual cluster: all of {@link VirtualClusterProps} but the group. */
export interface VirtualClusterOptions {
  /** DNS-1035 label (starts with a letter, at most 52), unique within the group: the Helm release and namespace name (VC-1). */
  readonly name: string;
  /** Pin to a member host, by name or membership (VC-3). @default placed automatically */
  readonly host?: string | HostClusterMembership;
  /** What it requests (VC-2). @default { cpu: "4", memory: "4Gi", storage: "2Gi" } */
  readonly resources?: VirtualClusterResources;
  /** Scale the control plane to zero. Its synced pods keep running on the host, so its requests still count (VC-4, OQ-1); storage and IP are kept. @default false */
  readonly paused?: boolean;
  /** vcluster values of this virtual cluster, merged over the group's (CG-17). @default none */
  readonly values?: string | Record<string, unknown>;
  /** LoadBalancer groups only (VC-6). @default none */
  readonly loadBalancer?: LoadBalancerOptions;
  /** Who owns it, for per-owner quotas. @default none */
  readonly owner?: string;
  /** The storage class of its data volume (CG-21). @default the group's `storageClass` */
  readonly storageClass?: string;
  /**
   * Accepts that this virtual cluster moves to another host (destroyed with its data, created
   * empty there), with the reason; same as calling {@link VirtualCluster.acknowledgeMove} (PL-4).
   * @default none: a move is an error
   */
  readonly acknowledgeMove?: MoveAcknowledgement;
  /**
   * **Sensitive.** Puts its kubeconfig (a client certificate and key with full rights in it) into the
   * sensitive Terraform output `kubeconfigs_<group output>`, read from its `vc-<name>` secret once its release
   * exists. The kubeconfig is then stored in Terraform's state and shown by `terraform output -json`
   * (VC-9 warns); without it, fetch the kubeconfig after apply (`cdktf-cluster-groups kubeconfig`).
   * @default false
   */
  readonly kubeconfigOutput?: boolean;
}

/** Props of a {@link VirtualCluster}. */
export interface VirtualClusterProps extends VirtualClusterOptions {
  /** The group the virtual cluster belongs to (VC-1). */
  readonly group: ClusterGroup;
}

/**
 * A virtual cluster of a group. It holds no Terraform resource of its own: its namespace
 * and release are instances of its host's `for_each` resources, keyed by its name.
 */
export class VirtualCluster extends Construct {
  /** Whether x is a VirtualCluster, also across two copies of this package in one app. */
  static isVirtualCluster(x: unknown): x is VirtualCluster {
    return hasBrand(x, BRANDS.virtualCluster);
  }

  /** The virtual cluster's name, as given. */
  readonly name: string;
  /** The group, as given. */
  readonly group: ClusterGroup;

  /** Its spec as registered: reading {@link endpoint} marks it (VC-6). */
  private readonly spec?: VirtualClusterSpec;

  /**
   * Its namespace on its host, as a Terraform expression reading its Helm release
   * (`${helm_release.vcluster_<host alias>["<name>"].namespace}`): a resource that uses it is
   * created after the release. Also the namespace of its kubeconfig secret. It names the release, so
   * only the stack of its host's resources may read it: in a Fleet, the host's shard stack.
   */
  get namespace(): string {
    return this.reference((refs) => refs.namespace, true);
  }

  /**
   * The name of the secret vcluster writes its kubeconfig to (key `config`), `vc-<name>`, read from its
   * Helm release like {@link namespace}; the secret is in {@link kubeconfigSecretNamespace}.
   */
  get kubeconfigSecretName(): string {
    return this.reference((refs) => refs.kubeconfigSecretName, true);
  }

  /** The namespace of its kubeconfig secret: the same expression as {@link namespace}. */
  get kubeconfigSecretNamespace(): string {
    return this.namespace;
  }

  /** The name of the host it is placed on (placement happens at synth: the value is known then, and is plain text). */
  get hostName(): string {
    return this.reference((refs) => refs.host);
  }

  /**
   * The URL of its API server (`https://<IP>:443`, `https://<address>:443` or `https://<name>.<wildcard>`),
   * known at synth: MetalLB's IP, the `loadBalancer.address` behind a cloud load balancer, or its
   * ingress hostname. Behind a cloud load balancer without `loadBalancer.address` it is known only
   * after apply, so reading it there makes VC-6 an error.
   */
  get endpoint(): string {
    if (this.spec) this.spec.endpointRead = true;
    return this.reference((refs) => refs.endpoint ?? `cdktf-cluster-groups: ${this.node.path} has no endpoint known at synth (VC-6)`);
  }

  /**
   * A string token that reads the virtual cluster's references at synth, once it is placed. Those
   * naming its release resolve only in the stack of its host's resources (a Fleet's shard stack).
   */
  private reference(pick: (refs: VirtualClusterReferences) => string, namesRelease = false): string {
    const value = () => {
      const refs = ClusterGroupsRegistry.of(this).referencesOf(this.node.path);
      return typeof refs === 'string' ? refs : pick(refs);
    };
    if (!namesRelease) return Lazy.stringValue({ produce: value });
    return readInStackOf(() => ClusterGroupsRegistry.of(this).hostScopeOf(this.node.path), `the release of ${this.node.path}`, value);
  }

  /**
   * Accepts that this virtual cluster moves to another host, with the reason (PL-4): the running
   * one is destroyed with its data and an empty one created. A synth that would move it fails
   * without this; with it, the move is a warning. Remove it once the move is applied.
   */
  acknowledgeMove(acknowledgement: MoveAcknowledgement): void {
    ClusterGroupsRegistry.of(this).acknowledgeMove({ path: this.node.path, reason: acknowledgement?.reason });
  }

  constructor(scope: Construct, id: string, given: VirtualClusterProps) {
    super(scope, id);
    brand(this, BRANDS.virtualCluster);
    const props = given ?? ({} as VirtualClusterProps);
    this.group = props.group;
    this.name = props.name;
    const group = groupOf(this, props.group, 'virtual-cluster');
    if (!group) return;
    const host = props.host;
    const spec: VirtualClusterSpec = {
      path: this.node.path,
      name: props.name,
      group: group._spec.path,
      host: hasBrand(host, BRANDS.host) ? (host as HostClusterMembership).name : host,
      resources: props.resources,
      paused: flagOf(this, 'virtual-cluster', 'paused', props.paused),
      values: props.values,
      loadBalancer: props.loadBalancer && { ...props.loadBalancer, sourceRanges: props.loadBalancer.sourceRanges && listOf(props.loadBalancer.sourceRanges) },
      owner: props.owner,
      storageClass: props.storageClass,
      kubeconfigOutput: flagOf(this, 'virtual-cluster', 'kubeconfigOutput', props.kubeconfigOutput),
    };
    checkValuesInput(this, props.values);
    this.spec = spec;
    ClusterGroupsRegistry.of(this).addVirtualCluster(spec);
    if (props.acknowledgeMove !== undefined) this.acknowledgeMove(props.acknowledgeMove);
  }
}
