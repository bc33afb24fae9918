import { Construct } from 'constructs';
import { GroupSpec } from '../src/model/types';
import { listChildrenAsAdded } from './cdktf-adapter';
import { brand, BRANDS, hasBrand } from './brand';
import { HostClusterMembership, HostClusterOptions } from './host-cluster-membership';
import { Distribution, EndpointType, MoveAcknowledgement, Scope } from './options';
import { ClusterGroupsRegistry } from './registry';
import { flagOf, specOf } from './require';
import { checkValuesInput } from './values-input';
import { VirtualCluster, VirtualClusterOptions } from './virtual-cluster';

/** The most one virtual cluster of a group may request, as Kubernetes quantities. */
export interface ResourceLimits {
  /** The most CPU one virtual cluster may request, in cores. @default "6" (at least 4) */
  readonly cpu?: string;
  /** The most memory one virtual cluster may request. @default "8Gi" (at least 4Gi) */
  readonly memory?: string;
  /** The most storage (its data volume) one virtual cluster may request. @default "10Gi" (at least 2Gi) */
  readonly storage?: string;
}

/** Helm repositories of the charts, for a mirror. */
export interface ChartRepositories {
  /** Helm repository of the vcluster chart. @default "https://charts.loft.sh" */
  readonly vcluster?: string;
  /** Helm repository of the MetalLB chart. @default "https://metallb.github.io/metallb" */
  readonly metallb?: string;
  /** Helm repository of the ingress-nginx chart. @default "https://kubernetes.github.io/ingress-nginx" */
  readonly ingressNginx?: string;
  /**
   * OCI repository of Envoy Gateway's controller chart `gateway-helm`. The Gateway API CRDs release
   * still takes Envoy's `gateway-crds-helm` from `oci://docker.io/envoyproxy`: where that registry is
   * out of reach, install the CRDs yourself (`gatewayApiCrds: GatewayApiCrds.PRESENT`).
   * @default "oci://docker.io/envoyproxy"
   */
  readonly envoyGateway?: string;
  /** OCI repository of NGINX Gateway Fabric's chart `nginx-gateway-fabric` (the CRDs: as for `envoyGateway`). @default "oci://ghcr.io/nginx/charts" */
  readonly nginxGatewayFabric?: string;
}

/** What one owner's virtual clusters may take of a group, all together. */
export interface OwnerQuota {
  /** How many virtual clusters the owner may have in the group. @default no limit */
  readonly virtualClusters?: number;
  /** CPU the owner's virtual clusters may request together, in cores. @default no limit */
  readonly cpu?: string;
  /** Memory the owner's virtual clusters may request together. @default no limit */
  readonly memory?: string;
  /** Storage the owner's virtual clusters may request together. @default no limit */
  readonly storage?: string;
}

/**
 * A risky key of per-virtual-cluster values that the group allows anyway (VC-7), the way a
 * cdk-nag suppression names a rule and a reason. Every use is still a warning at synth and in
 * the review, with the reason.
 */
export interface TenantValuesAllowance {
  /** A key of the table of risky values (README "Safety", `cdktf-cluster-groups explain VC-7`), e.g. `rbac.role.extraRules`. */
  readonly key: string;
  /** Why this is acceptable here, for the reviewer: at least 10 characters. */
  readonly reason: string;
  /** Names of the virtual clusters it applies to. @default every virtual cluster of the group */
  readonly virtualClusters?: string[];
}

/** Object counts of each virtual cluster's namespace quota (CG-20); each at least what a virtual cluster itself runs with. */
export interface ObjectQuota {
  /** Pods in the namespace. @default 20 (at least 2: the control plane and CoreDNS) */
  readonly pods?: number;
  /** Services in the namespace. @default 20 (at least 2: the control plane's Service and headless Service) */
  readonly services?: number;
  /** Persistent volume claims in the namespace. @default 20 (at least 1: the control plane's data volume) */
  readonly persistentVolumeClaims?: number;
  /** Secrets in the namespace. @default 100 (at least 6: the control plane's config and Helm's history of 5) */
  readonly secrets?: number;
  /** Config maps in the namespace. @default 100 (at least 1: Kubernetes' kube-root-ca.crt) */
  readonly configMaps?: number;
  /** The workloads' LoadBalancer services, beyond the control plane's own in a LoadBalancer group. @default 0 */
  readonly loadBalancers?: number;
}

/** Values of the platform charts for every host of a group, under each host's own values and under ours (HC-7). */
export interface PlatformValues {
  /** Values of the MetalLB chart. @default none */
  readonly metallb?: Record<string, unknown>;
  /** Values of the ingress-nginx chart. @default none */
  readonly ingressNginx?: Record<string, unknown>;
  /** Values of Envoy Gateway's controller chart, for hosts served by Envoy Gateway. @default none */
  readonly envoyGateway?: Record<string, unknown>;
  /** Values of the NGINX Gateway Fabric chart, for hosts served by it. @default none */
  readonly nginxGatewayFabric?: Record<string, unknown>;
}

/** Props of a {@link ClusterGroup}. */
export interface ClusterGroupProps {
  /** DNS-1123 label, unique among groups of the same scope (CG-1). */
  readonly name: string;
  /** How virtual clusters are reached; required, no default (CG-3). */
  readonly endpointType: EndpointType;
  /** Whose the group is: the tenant's, or one project's (CG-2). @default Scope.tenant() */
  readonly scope?: Scope;
  /** The most one virtual cluster may request (CG-14). @default { cpu: "6", memory: "8Gi", storage: "10Gi" } */
  readonly maxPerVirtualCluster?: ResourceLimits;
  /** Whole percentage of host capacity that may be requested (CG-13). @default 120 */
  readonly oversubscriptionPercent?: number;
  /** The Kubernetes distribution of the virtual clusters (CG-15). @default Distribution.K8S */
  readonly distribution?: Distribution;
  /** Exact vcluster chart version for every virtual cluster of the group (CG-16). @default "0.36.1" */
  readonly vclusterChartVersion?: string;
  /** Chart repositories, for mirrors. @default the upstream repositories */
  readonly chartRepositories?: ChartRepositories;
  /** vcluster values for every virtual cluster of the group, as YAML or an object (CG-17). @default none */
  readonly values?: string | Record<string, unknown>;
  /** Volume backups from the host: refused (CG-18), as it needs vCluster Pro's host path mapper, which is not installed. @default false */
  readonly diskBackup?: boolean;
  /** Risky keys that virtual clusters' own values may set anyway, each with a reason (VC-7). @default none */
  readonly allowTenantValues?: TenantValuesAllowance[];
  /** Limits per owner (the `owner` of a virtual cluster) within the group (OQ-1). @default none */
  readonly ownerQuotas?: Record<string, OwnerQuota>;
  /** What the group is for: the description of its Terraform output, after ours (CG-25). @default none */
  readonly description?: string;
  /**
   * Labels put on every namespace created for the group (its virtual clusters' and its hosts' MetalLB or
   * ingress-nginx namespaces), beside ours: Kubernetes label keys and values, none of ours (CG-25).
   * @default {} (no labels of yours)
   */
  readonly tags?: Record<string, string>;
  /**
   * Object counts of each virtual cluster's namespace quota (CG-20); CPU, memory and storage
   * come from the virtual cluster's request.
   * @default { pods: 20, services: 20, persistentVolumeClaims: 20, secrets: 100, configMaps: 100, loadBalancers: 0 } (the vcluster chart's numbers; loadBalancers: workloads' LoadBalancer services beyond the control plane's)
   */
  readonly objectQuota?: ObjectQuota;
  /**
   * The storage class of the virtual clusters' data volumes (CG-21). Give one on hosts without a
   * default class (many kubeadm, bare-metal and edge hosts): there the volume never binds and the
   * install waits until it times out.
   * @default the host's default storage class
   */
  readonly storageClass?: string;
  /**
   * Values of the platform charts for every host of the group, under each host's own values and
   * under ours (HC-7).
   * @default none
   */
  readonly platformValues?: PlatformValues;
  /**
   * Accept, once, a vcluster chart downgrade or a jump over more than one minor from the version in
   * the lock (CG-22): give the locked version being left (e.g. "0.34.7"), having read the upgrade
   * notes of every minor in between. Remove it once the lock records the new version.
   * @default none: such a move is refused
   */
  readonly acknowledgeChartVersionChange?: string;
  /**
   * Seconds Helm may take for each release of the group's hosts and virtual clusters, image pulls
   * and volume binding included; a release not ready by then is rolled back (CG-19).
   * @default 600
   */
  readonly releaseTimeoutSeconds?: number;
  /**
   * Accepts that any virtual cluster of the group moves to another host (each destroyed with its
   * data, created empty there), with the reason (PL-4); for one virtual cluster, prefer its own
   * `acknowledgeMove`. Remove it once the moves are applied.
   * @default none: a move is an error
   */
  readonly acknowledgeMoves?: MoveAcknowledgement;
}

/** A set of host clusters on which virtual clusters are placed and exposed one way. */
export class ClusterGroup extends Construct {
  /** Whether x is a ClusterGroup, also across two copies of this package in one app. */
  static isClusterGroup(x: unknown): x is ClusterGroup {
    return hasBrand(x, BRANDS.group);
  }

  /** The group's name, as given. */
  readonly name: string;
  /** How the group's virtual clusters are reached, as given. */
  readonly endpointType: EndpointType;
  /** @internal */
  readonly _spec: GroupSpec;
  /** Its hosts, in the order they joined. */
  private readonly memberships: HostClusterMembership[] = [];

  // `parent`, not `scope`: the props have a `scope` (CG-2), and Python's bindings put both in one signature.
  constructor(parent: Construct, id: string, given: ClusterGroupProps) {
    super(parent, id);
    // A group may hold 100,000 virtual clusters, and cdktf lists them at each walk of the tree.
    listChildrenAsAdded(this);
    // JavaScript callers may pass nothing: the rules then say what is missing.
    const props = given ?? ({} as ClusterGroupProps);
    brand(this, BRANDS.group);
    this.name = props.name;
    this.endpointType = props.endpointType;
    const registry = ClusterGroupsRegistry.of(this);
    this._spec = {
      path: this.node.path,
      name: props.name,
      scope: props.scope === undefined || props.scope === null ? undefined : specOf(this, 'group', 'scope', props.scope, Scope),
      endpointType: props.endpointType,
      maxPerVirtualCluster: props.maxPerVirtualCluster,
      oversubscriptionPercent: props.oversubscriptionPercent,
      distribution: props.distribution,
      vclusterChartVersion: props.vclusterChartVersion,
      chartRepositories: props.chartRepositories,
      values: props.values,
      diskBackup: flagOf(this, 'group', 'diskBackup', props.diskBackup),
      allowTenantValues: props.allowTenantValues,
      ownerQuotas: props.ownerQuotas,
      description: props.description,
      tags: props.tags,
      objectQuota: props.objectQuota,
      acknowledgeChartVersionChange: props.acknowledgeChartVersionChange,
      platformValues: props.platformValues,
      storageClass: props.storageClass,
      releaseTimeoutSeconds: props.releaseTimeoutSeconds,
    };
    checkValuesInput(this, props.values);
    registry.addGroup(this._spec);
    if (props.acknowledgeMoves !== undefined) registry.acknowledgeMove({ path: this.node.path, reason: props.acknowledgeMoves?.reason });
    registry.addGroupOutput(this, this._spec);
  }

  /**
   * Where the group's host of that name is reached from outside: its {@link HostClusterMembership.externalAddress}
   * (an ingress controller's load-balancer address or a Gateway's, read after apply, or MetalLB's pools). Undefined where
   * that is not known here, or no host of the group has the name. An address read after apply is read
   * in the host's stack only (in a Fleet, its shard's stack).
   */
  hostAddress(hostName: string): string | undefined {
    return this.memberships.find((host) => host.name === hostName)?.externalAddress;
  }

  /** @internal A host joining the group, wherever it is declared: {@link hostAddress} finds it without a walk of the construct tree (20,000 virtual clusters are in it). */
  _addMembership(host: HostClusterMembership): void {
    this.memberships.push(host);
  }

  /** Adds a host to this group; same as `new HostClusterMembership(this, id, { group: this, ...options })`. */
  addHost(id: string, options: HostClusterOptions): HostClusterMembership {
    return new HostClusterMembership(this, id, { ...options, group: this });
  }

  /** Adds a virtual cluster to this group; same as `new VirtualCluster(this, id, { group: this, ...options })`. */
  addVirtualCluster(id: string, options: VirtualClusterOptions): VirtualCluster {
    return new VirtualCluster(this, id, { ...options, group: this });
  }
}
