import { Construct } from 'constructs';
import { GroupSpec } from '../src/model/types';
import { HostClusterMembership, HostClusterOptions } from './host-cluster-membership';
import { Distribution, EndpointType, Scope } from './options';
import { VirtualCluster, VirtualClusterOptions } from './virtual-cluster';
export interface ResourceLimits {
    /** @default "6" (at least 4) */
    readonly cpu?: string;
    /** @default "8Gi" (at least 4Gi) */
    readonly memory?: string;
    /** @default "10Gi" (at least 2Gi) */
    readonly storage?: string;
}
export interface ChartRepositories {
    /** @default "https://charts.loft.sh" */
    readonly vcluster?: string;
    /** @default "https://metallb.github.io/metallb" */
    readonly metallb?: string;
    /** @default "https://kubernetes.github.io/ingress-nginx" */
    readonly ingressNginx?: string;
}
export interface ClusterGroupProps {
    /** DNS-1123 label, unique among groups of the same scope (CG-1). */
    readonly name: string;
    /** How virtual clusters are reached; required, no default (CG-3). */
    readonly endpointType: EndpointType;
    /** @default Scope.tenant() */
    readonly scope?: Scope;
    /** The most one virtual cluster may request (CG-14). @default { cpu: "6", memory: "8Gi", storage: "10Gi" } */
    readonly maxPerVirtualCluster?: ResourceLimits;
    /** Whole percentage of host capacity that may be requested (CG-13). @default 120 */
    readonly oversubscriptionPercent?: number;
    /** @default Distribution.K8S */
    readonly distribution?: Distribution;
    /** Exact vcluster chart version for every virtual cluster of the group (CG-16). @default "0.36.1" */
    readonly vclusterChartVersion?: string;
    /** Chart repositories, for mirrors. @default the upstream repositories */
    readonly chartRepositories?: ChartRepositories;
    /** vcluster values for every virtual cluster of the group, as YAML or an object (CG-17). @default none */
    readonly values?: string | Record<string, unknown>;
    /** Host path mapping and the privileged pod security standard, for volume backups (CG-18). @default false */
    readonly diskBackup?: boolean;
    /** @default none */
    readonly description?: string;
    /** @default {} */
    readonly tags?: Record<string, string>;
}
/** A set of host clusters on which virtual clusters are placed and exposed one way. */
export declare class ClusterGroup extends Construct {
    /** Whether x is a ClusterGroup, also across two copies of this package in one app. */
    static isClusterGroup(x: unknown): x is ClusterGroup;
    readonly name: string;
    readonly endpointType: EndpointType;
    /** @internal */
    readonly spec: GroupSpec;
    constructor(scope: Construct, id: string, props: ClusterGroupProps);
    /** Adds a host to this group; same as `new HostClusterMembership(this, id, { group: this, ...options })`. */
    addHost(id: string, options: HostClusterOptions): HostClusterMembership;
    /** Adds a virtual cluster to this group; same as `new VirtualCluster(this, id, { group: this, ...options })`. */
    addVirtualCluster(id: string, options: VirtualClusterOptions): VirtualCluster;
}
