import { TerraformVariable } from 'cdktf';
import { ConnectionSpec, HostEndpoint as HostEndpointSpec, Scope as ScopeSpec } from '../src/model/types';
/** How a group's virtual clusters are reached (CG-3): no default, a group states it. */
export declare enum EndpointType {
    /** One load-balancer IP per virtual cluster (MetalLB or a cloud load balancer). */
    LOAD_BALANCER = "LoadBalancer",
    /** One hostname per virtual cluster under the host's wildcard DNS, through an ingress controller with TLS passthrough. */
    INGRESS = "Ingress"
}
/** What kind of cluster a host is (CG-7). */
export declare enum HostKind {
    PUBLIC_CLOUD = "public-cloud",
    PRIVATE_CLOUD = "private-cloud",
    EDGE = "edge",
    /** Refused as a host (CG-7); listed so that the refusal is a clear finding. */
    VIRTUAL_CLUSTER = "virtual-cluster",
    /** Refused as a host (CG-7). */
    PRIVATE_CLOUD_GATEWAY = "private-cloud-gateway",
    /** Refused as a host (CG-7). */
    IMPORTED_READ_ONLY = "imported-read-only"
}
export declare enum Distribution {
    K8S = "k8s",
    /** Deprecated; impossible with vcluster chart 0.33 and later (CG-15). */
    K3S = "k3s"
}
export declare enum ExternalTrafficPolicy {
    CLUSTER = "Cluster",
    LOCAL = "Local"
}
/** Where a group or a host belongs: the whole tenant or one project (CG-2). */
export declare class Scope {
    readonly spec: ScopeSpec;
    static tenant(): Scope;
    static project(name: string): Scope;
    private constructor();
}
export interface TokenConnectionOptions {
    /** The API server URL, as text or a Terraform variable. */
    readonly host: string | TerraformVariable;
    /** The cluster's CA certificate (PEM), as text or a Terraform variable. */
    readonly clusterCaCertificate: string | TerraformVariable;
    /** A bearer token: only a Terraform variable declared with `sensitive: true` (HC-5). */
    readonly token: TerraformVariable;
}
export interface ExecConnectionOptions {
    readonly host: string | TerraformVariable;
    readonly clusterCaCertificate?: string | TerraformVariable;
    /** e.g. `client.authentication.k8s.io/v1beta1`. */
    readonly apiVersion: string;
    readonly command: string;
    /** @default [] */
    readonly args?: string[];
}
/** How the providers of a host reach its API server (HC-5). */
export declare class Connection {
    /** @internal */ readonly spec: ConnectionSpec;
    /** @internal The attributes both providers share. */ readonly attributes: ProviderConnection;
    /** A kubeconfig file and, optionally, one of its contexts (the current one otherwise). */
    static kubeconfig(path: string, context?: string): Connection;
    /** API server, CA and a bearer token from sensitive Terraform variables. */
    static token(options: TokenConnectionOptions): Connection;
    /** An exec credential plugin (e.g. `aws eks get-token`, `kubelogin`). */
    static exec(options: ExecConnectionOptions): Connection;
    private constructor();
}
/** @internal */
export interface ProviderConnection {
    readonly configPath?: string;
    readonly configContext?: string;
    readonly host?: string;
    readonly clusterCaCertificate?: string;
    readonly token?: string;
    readonly exec?: {
        apiVersion: string;
        command: string;
        args: string[];
    };
}
export interface MetallbOptions {
    /** Address ranges MetalLB may give virtual clusters of this host: CIDRs or `first-last` ranges (HC-3). */
    readonly addressPools: string[];
    /**
     * BGP peers to announce the pool to; L2 announcement when empty.
     * @default []
     */
    readonly bgpPeers?: BgpPeer[];
}
export interface BgpPeer {
    /** Name of the BGPPeer object. */
    readonly name: string;
    readonly myAsn: number;
    readonly peerAsn: number;
    readonly peerAddress: string;
    /** A `kubernetes.io/basic-auth` secret in MetalLB's namespace holding the session password; the password itself is never passed here. */
    readonly passwordSecret?: string;
}
export interface ExistingIngressOptions {
    /** The IngressClass of the controller already on the host. */
    readonly className: string;
    /** That the controller runs with SSL passthrough on (CG-11): must be stated as true. */
    readonly sslPassthrough: boolean;
}
export interface IngressNginxOptions {
    /**
     * The IngressClass name of the controller we install.
     * @default "nginx"
     */
    readonly className?: string;
}
/** What gives a host's virtual clusters their endpoints (CG-6, CG-9, CG-11, CG-12). */
export declare class HostEndpoint {
    readonly spec: HostEndpointSpec;
    /** MetalLB installed by us, with the given address pools. */
    static metallb(options: MetallbOptions): HostEndpoint;
    /** A load balancer the cloud provides for LoadBalancer services. */
    static cloudLoadBalancer(): HostEndpoint;
    /** ingress-nginx installed by us with SSL passthrough on. */
    static ingressNginx(options?: IngressNginxOptions): HostEndpoint;
    /** An ingress controller already on the host, declared by its class, with passthrough asserted. */
    static existingIngress(options: ExistingIngressOptions): HostEndpoint;
    private constructor();
}
