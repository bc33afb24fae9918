import { Construct } from 'constructs';
import type { ClusterGroup } from './cluster-group';
import type { HostClusterMembership } from './host-cluster-membership';
import { ExternalTrafficPolicy } from './options';
export interface VirtualClusterResources {
    /** @default "4" */
    readonly cpu?: string;
    /** @default "4Gi" */
    readonly memory?: string;
    /** Size of the control plane's data volume. @default "2Gi" */
    readonly storage?: string;
}
export interface LoadBalancerOptions {
    /** @default the Kubernetes default, Cluster */
    readonly externalTrafficPolicy?: ExternalTrafficPolicy;
    /** CIDRs allowed to reach the API server. @default any */
    readonly sourceRanges?: string[];
}
export interface VirtualClusterOptions {
    /** DNS-1123 label (at most 53), unique within the group: the Helm release and namespace name (VC-1). */
    readonly name: string;
    /** Pin to a member host, by name or membership (VC-3). @default placed automatically */
    readonly host?: string | HostClusterMembership;
    /** @default { cpu: "4", memory: "4Gi", storage: "2Gi" } */
    readonly resources?: VirtualClusterResources;
    /** Scale the control plane to zero; CPU and memory are freed, storage and IP kept (VC-4). @default false */
    readonly paused?: boolean;
    /** vcluster values of this virtual cluster, merged over the group's (CG-17). @default none */
    readonly values?: string | Record<string, unknown>;
    /** LoadBalancer groups only (VC-6). @default none */
    readonly loadBalancer?: LoadBalancerOptions;
    /** Who owns it, for per-owner quotas. @default none */
    readonly owner?: string;
}
export interface VirtualClusterProps extends VirtualClusterOptions {
    readonly group: ClusterGroup;
}
/**
 * A virtual cluster of a group. It holds no Terraform resource of its own: its namespace
 * and release are instances of its host's `for_each` resources, keyed by its name.
 */
export declare class VirtualCluster extends Construct {
    static isVirtualCluster(x: unknown): x is VirtualCluster;
    readonly name: string;
    readonly group: ClusterGroup;
    constructor(scope: Construct, id: string, props: VirtualClusterProps);
}
