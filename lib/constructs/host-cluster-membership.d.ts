import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
import type { ClusterGroup } from './cluster-group';
import { Connection, HostEndpoint, HostKind, Scope } from './options';
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
    readonly kubernetes: KubernetesProvider;
    readonly helm: HelmProvider;
}
export interface HostClusterOptions {
    /** DNS-1123 label; the providers' alias is derived from it (HC-1). */
    readonly name: string;
    readonly kind: HostKind;
    /** @default Scope.tenant() */
    readonly scope?: Scope;
    readonly capacity: HostCapacity;
    /** How to reach the host; give this or `providers` (HC-5). */
    readonly connection?: Connection;
    /** Your own provider pair for this host instead of a connection. @default a pair created with the host's alias */
    readonly providers?: HostProviders;
    readonly endpoint: HostEndpoint;
    /** Wildcard DNS record pointing at the host's ingress controller, e.g. "*.apps.dc1.example.com"; Ingress groups only (CG-10). */
    readonly wildcardDns?: string;
}
export interface HostClusterMembershipProps extends HostClusterOptions {
    readonly group: ClusterGroup;
}
/** A host cluster's membership in a group: its provider pair and what we install on it. */
export declare class HostClusterMembership extends Construct {
    static isHostClusterMembership(x: unknown): x is HostClusterMembership;
    readonly name: string;
    readonly group: ClusterGroup;
    /** The provider pair every resource of this host uses. */
    readonly kubernetesProvider: KubernetesProvider;
    readonly helmProvider: HelmProvider;
    constructor(scope: Construct, id: string, props: HostClusterMembershipProps);
}
