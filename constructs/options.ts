import { TerraformVariable, Token } from 'cdktf';
import { BgpPeerSpec, ConnectionSpec, HostEndpoint as HostEndpointSpec, IngressNginxSpec, Scope as ScopeSpec, SecretInput } from '../src/model/types';
import { listOf } from './require';
import { literal } from '../src/emit/terraform-text';

/** How a group's virtual clusters are reached (CG-3): no default, a group states it. */
export enum EndpointType {
  /** One load-balancer IP per virtual cluster (MetalLB or a cloud load balancer). */
  LOAD_BALANCER = 'LoadBalancer',
  /** One hostname per virtual cluster under the host's wildcard DNS, through an ingress controller with TLS passthrough. */
  INGRESS = 'Ingress',
}

export { HostKind } from '../src/model/host-kinds';

/** The Kubernetes distribution of a group's virtual clusters (CG-15). */
export enum Distribution {
  /** Upstream Kubernetes: the default, and the only one of vcluster chart 0.33 and later. */
  K8S = 'k8s',
  /** Deprecated; impossible with vcluster chart 0.33 and later (CG-15). */
  K3S = 'k3s',
}

/** Where a LoadBalancer service's traffic may go: any node, or only nodes running the control plane (keeps the client's source IP). */
export enum ExternalTrafficPolicy {
  /** Any node (the Kubernetes default). */
  CLUSTER = 'Cluster',
  /** Only nodes with a ready control-plane pod. */
  LOCAL = 'Local',
}

/**
 * A move of running virtual clusters, accepted in code (PL-4). Moving a virtual cluster to another
 * host destroys it there with its data and creates it empty on the new host; without this, a synth
 * that would move one fails and names it.
 */
export interface MoveAcknowledgement {
  /** Why losing the running virtual cluster is fine, for whoever reviews the change; required, not blank. */
  readonly reason: string;
}

/** Where a group or a host belongs: the whole tenant or one project (CG-2). */
export class Scope {
  /** The whole tenant: every project's groups may use it. */
  static tenant(): Scope {
    return new Scope({ kind: 'tenant' });
  }

  /** One project, named by a DNS label. */
  static project(name: string): Scope {
    return new Scope({ kind: 'project', project: name });
  }

  /** @internal */
  readonly _spec: ScopeSpec;

  private constructor(spec: ScopeSpec) {
    this._spec = spec;
  }
}

function secret(value: unknown): SecretInput {
  return value instanceof TerraformVariable
    ? { kind: 'variable', name: value.friendlyUniqueId, sensitive: value.sensitive === true, literalDefault: value.default !== undefined }
    : { kind: 'literal' };
}

/** A value that may be a variable: its reference, or the value as typed. */
function reference(value: unknown): unknown {
  return value instanceof TerraformVariable ? value.stringValue : value;
}

/** Text a user typed, as Terraform must read it: literally (`${` and `%{` escaped), unless it is a token of cdktf's (a reference built in code). */
function text<T>(value: T): T {
  return typeof value === 'string' && !Token.isUnresolved(value) ? (literal(value) as T) : value;
}

/** A host reached with a bearer token. */
export interface TokenConnectionOptions {
  /** The API server URL, as text or a Terraform variable. */
  readonly host: string | TerraformVariable;
  /** The cluster's CA certificate (PEM), as text or a Terraform variable. */
  readonly clusterCaCertificate: string | TerraformVariable;
  /** A bearer token: only a Terraform variable declared with `sensitive: true` (HC-5). */
  readonly token: TerraformVariable;
}

/** A host reached through an exec credential plugin. */
export interface ExecConnectionOptions {
  /** The API server URL, as text or a Terraform variable. */
  readonly host: string | TerraformVariable;
  /** The cluster's CA certificate (PEM), as text or a Terraform variable: required unless `trustSystemCaCertificates` (HC-5). @default none */
  readonly clusterCaCertificate?: string | TerraformVariable;
  /**
   * Verify the API server against the system's trust store instead of its own CA: only for an API
   * server whose certificate a public CA signed (HC-5 warns).
   * @default false
   */
  readonly trustSystemCaCertificates?: boolean;
  /** e.g. `client.authentication.k8s.io/v1beta1`. */
  readonly apiVersion: string;
  /** The plugin to run, e.g. `aws` or `kubelogin`. */
  readonly command: string;
  /** Arguments of the plugin. @default [] */
  readonly args?: string[];
}

/** How the providers of a host reach its API server (HC-5). */
export class Connection {
  /** A kubeconfig file and, optionally, one of its contexts (the current one otherwise). */
  static kubeconfig(path: string, context?: string): Connection {
    return new Connection({ kind: 'kubeconfig', path, context }, { configPath: text(path), configContext: text(context) });
  }

  /** API server, CA and a bearer token from sensitive Terraform variables. */
  static token(options: TokenConnectionOptions): Connection {
    const token = secret(options.token);
    return new Connection(
      { kind: 'token', host: reference(options.host), clusterCaCertificate: reference(options.clusterCaCertificate), token },
      // A literal token is never written, whatever the rules say later.
      {
        host: text(reference(options.host)) as string,
        clusterCaCertificate: text(reference(options.clusterCaCertificate)) as string,
        token: token.kind === 'variable' ? (reference(options.token) as string) : undefined,
      },
    );
  }

  /** An exec credential plugin (e.g. `aws eks get-token`, `kubelogin`). */
  static exec(options: ExecConnectionOptions): Connection {
    const args = options.args ?? [];
    const exec = { apiVersion: text(options.apiVersion), command: text(options.command), args: args.map(text) };
    return new Connection(
      {
        kind: 'exec',
        host: reference(options.host),
        clusterCaCertificate: reference(options.clusterCaCertificate),
        trustSystemCaCertificates: options.trustSystemCaCertificates,
        apiVersion: options.apiVersion,
        command: options.command,
        args,
      },
      { host: text(reference(options.host)) as string, clusterCaCertificate: text(reference(options.clusterCaCertificate)) as string | undefined, exec },
    );
  }

  private constructor(
    /** @internal */ readonly _spec: ConnectionSpec,
    /** @internal The attributes both providers share. */ readonly _attributes: ProviderConnection,
  ) {}
}

/** @internal */
export interface ProviderConnection {
  readonly configPath?: string;
  readonly configContext?: string;
  readonly host?: string;
  readonly clusterCaCertificate?: string;
  readonly token?: string;
  readonly exec?: { apiVersion: string; command: string; args: string[] };
}

/** MetalLB as we install it on a host. */
export interface MetallbOptions {
  /** Address ranges MetalLB may give virtual clusters of this host: CIDRs or `first-last` ranges (HC-3). */
  readonly addressPools: string[];
  /**
   * BGP peers to announce the pool to; L2 announcement when empty.
   * @default []
   */
  readonly bgpPeers?: BgpPeer[];
  /**
   * Values of the MetalLB chart (0.16.1) for this host, over the group's `platformValues.metallb`
   * and under ours (HC-7): registry mirrors, tolerations, node selectors, `frrk8s.enabled: false`
   * on an L2-only host, `speaker.ignoreExcludeLB: true` on a single-node host.
   * @default none
   */
  readonly values?: Record<string, unknown>;
}

/** A BGP router MetalLB announces the host's pool to. */
export interface BgpPeer {
  /** Name of the BGPPeer object. */
  readonly name: string;
  /** The host's AS number. */
  readonly myAsn: number;
  /** The router's AS number. */
  readonly peerAsn: number;
  /** The router's address. */
  readonly peerAddress: string;
  /** A `kubernetes.io/basic-auth` secret in MetalLB's namespace holding the session password, created by you before the deploy. @default none */
  readonly passwordSecret?: string;
  /**
   * The session password, as a TerraformVariable declared with `sensitive: true` (HC-6): we create
   * the `kubernetes.io/basic-auth` secret MetalLB reads, before its configuration. Not with `passwordSecret`.
   * @default none
   */
  readonly password?: TerraformVariable;
}

/** An ingress controller already running on a host. */
export interface ExistingIngressOptions {
  /** The IngressClass of the controller already on the host. */
  readonly className: string;
  /** That the controller runs with SSL passthrough on (CG-11): must be stated as true. */
  readonly sslPassthrough: boolean;
}

/** How traffic reaches the ingress-nginx controller we install. */
export enum IngressNginxService {
  /** A LoadBalancer service: the host must have a load balancer (a cloud's, or MetalLB you run). */
  LOAD_BALANCER = 'LoadBalancer',
  /** Ports 80 and 443 of every node (a DaemonSet): for hosts without a load balancer; point the wildcard DNS at the nodes. */
  HOST_PORT = 'HostPort',
}

/** ingress-nginx as we install it on a host. */
export interface IngressNginxOptions {
  /**
   * The IngressClass name of the controller we install.
   * @default "nginx"
   */
  readonly className?: string;
  /**
   * How traffic reaches the controller (CG-11).
   * @default IngressNginxService.HOST_PORT on an edge host (no load balancer there), IngressNginxService.LOAD_BALANCER elsewhere
   */
  readonly service?: IngressNginxService;
  /**
   * Values of the ingress-nginx chart (4.15.1) for this host, over the group's
   * `platformValues.ingressNginx` and under ours (HC-7): registry mirrors, tolerations, node selectors.
   * @default none
   */
  readonly values?: Record<string, unknown>;
}

/** The Gateway API implementations we install on a host. */
export enum GatewayImplementation {
  /** Envoy Gateway (chart 1.9.0, `oci://docker.io/envoyproxy/gateway-helm`). */
  ENVOY_GATEWAY = 'envoy-gateway',
  /** NGINX Gateway Fabric (chart 2.6.7, `oci://ghcr.io/nginx/charts/nginx-gateway-fabric`). */
  NGINX_GATEWAY_FABRIC = 'nginx-gateway-fabric',
}

/** How traffic reaches the Gateway's data plane. */
export enum GatewayService {
  /** A LoadBalancer service: the host must have a load balancer (a cloud's, or MetalLB you run). */
  LOAD_BALANCER = 'LoadBalancer',
  /** Port 443 of every node (a DaemonSet): for hosts without a load balancer; point the wildcard DNS at the nodes. */
  HOST_PORT = 'HostPort',
}

/** Where the Gateway API CRDs (standard channel) of a host come from. */
export enum GatewayApiCrds {
  /** We install them, in a release of their own that Terraform refuses to destroy. */
  INSTALL = 'install',
  /** The host has them already: state their bundle version (`gatewayApiBundle`). */
  PRESENT = 'present',
}

/** A Gateway API implementation as we install it on a host (CG-9, CG-11, CG-23). */
export interface GatewayOptions {
  /**
   * The Gateway API implementation we install: Envoy Gateway, or NGINX Gateway Fabric.
   * @default GatewayImplementation.ENVOY_GATEWAY
   */
  readonly implementation?: GatewayImplementation;
  /**
   * How traffic reaches the Gateway.
   * @default GatewayService.HOST_PORT on an edge host (no load balancer there), GatewayService.LOAD_BALANCER elsewhere
   */
  readonly service?: GatewayService;
  /**
   * Whether we install the Gateway API CRDs of the standard channel, or the host has them already (then say which bundle in `gatewayApiBundle`).
   * @default GatewayApiCrds.INSTALL
   */
  readonly gatewayApiCrds?: GatewayApiCrds;
  /**
   * With GatewayApiCrds.PRESENT: the bundle version of the CRDs the host has (their
   * `gateway.networking.k8s.io/bundle-version` annotation, e.g. "v1.5.1"); v1.5 or later serves TLSRoute v1.
   * @default none
   */
  readonly gatewayApiBundle?: string;
  /**
   * During a move from the ingress-nginx we installed (README, "Moving from ingress-nginx to a
   * Gateway"): its options as they were, so that it stays as it is, and the virtual clusters keep
   * their Ingress beside their TLSRoute until the wildcard DNS points at the Gateway.
   * @default none
   */
  readonly keepIngressNginx?: IngressNginxOptions;
  /**
   * Values of the controller's chart (Envoy Gateway's `gateway-helm` v1.9.0, or NGINX Gateway
   * Fabric 2.6.7) for this host, over the group's `platformValues` and under ours (HC-7): registry
   * mirrors, tolerations, node selectors.
   * @default none
   */
  readonly values?: Record<string, unknown>;
}

/** A Gateway already on a host, of any implementation (CG-11, CG-23, CG-24). */
export interface ExistingGatewayOptions {
  /** The Gateway's name (the `name` of our TLSRoutes' parentRefs). */
  readonly name: string;
  /** The Gateway's namespace (the `namespace` of our TLSRoutes' parentRefs). */
  readonly namespace: string;
  /** The name of its TLS listener (the `sectionName` our TLSRoutes attach to). */
  readonly listener: string;
  /**
   * The listener's hostname; it must admit every virtual cluster's hostname (the host's wildcard DNS).
   * @default none: the listener admits every hostname
   */
  readonly listenerHostname?: string;
  /** That the listener is a TLS listener in Passthrough mode that admits routes from the virtual clusters' namespaces: must be stated as true. */
  readonly tlsPassthrough: boolean;
  /** The bundle version of the Gateway API CRDs on the host (e.g. "v1.5.1"); v1.5 or later serves TLSRoute v1. */
  readonly gatewayApiBundle: string;
}

function ingressNginxSpec(options: IngressNginxOptions): IngressNginxSpec {
  return { kind: 'ingress-nginx', className: options.className, service: options.service, values: options.values };
}

/** What gives a host's virtual clusters their endpoints (CG-6, CG-9, CG-11, CG-12). */
export class HostEndpoint {
  /** MetalLB installed by us, with the given address pools. */
  static metallb(options: MetallbOptions): HostEndpoint {
    const given = listOf(options?.bgpPeers) as BgpPeer[];
    // A peer that is not an object is reported by HC-3, not thrown on here.
    const peers: BgpPeerSpec[] = given.map((peer) => ({ ...peer, password: peer?.password === undefined ? undefined : secret(peer.password) }));
    // Only a variable's reference is ever written; HC-6 refuses anything else.
    const passwords = new Map(given.filter((peer) => peer?.password instanceof TerraformVariable).map((peer) => [peer.name, (peer.password as TerraformVariable).stringValue]));
    return new HostEndpoint({ kind: 'metallb', pools: listOf(options?.addressPools), bgpPeers: peers, values: options?.values }, passwords);
  }

  /** A load balancer the cloud provides for LoadBalancer services. */
  static cloudLoadBalancer(): HostEndpoint {
    return new HostEndpoint({ kind: 'cloud-load-balancer' });
  }

  /** ingress-nginx installed by us with SSL passthrough on. */
  static ingressNginx(options: IngressNginxOptions = {}): HostEndpoint {
    return new HostEndpoint(ingressNginxSpec(options));
  }

  /** An ingress controller already on the host, declared by its class, with passthrough asserted. */
  static existingIngress(options: ExistingIngressOptions): HostEndpoint {
    return new HostEndpoint({ kind: 'existing-ingress', className: options.className, sslPassthrough: options.sslPassthrough });
  }

  /** A Gateway API implementation installed by us (Envoy Gateway unless chosen otherwise), with a TLS Passthrough listener for the host's wildcard DNS: the recommended way to serve an Ingress group. */
  static gateway(options: GatewayOptions = {}): HostEndpoint {
    const { implementation, service, gatewayApiCrds, gatewayApiBundle, keepIngressNginx: keep, values } = options;
    return new HostEndpoint({ kind: 'gateway', implementation, service, gatewayApiCrds, gatewayApiBundle, keepIngressNginx: keep && ingressNginxSpec(keep), values });
  }

  /** A Gateway already on the host, declared by name, namespace and listener, with TLS passthrough asserted. */
  static existingGateway(options: ExistingGatewayOptions): HostEndpoint {
    const { name, namespace, listener, listenerHostname, tlsPassthrough, gatewayApiBundle } = options;
    return new HostEndpoint({ kind: 'existing-gateway', name, namespace, listener, listenerHostname, tlsPassthrough, gatewayApiBundle });
  }

  /** @internal */
  readonly _spec: HostEndpointSpec;
  /** @internal Each BGP peer's password variable, by peer name, as Terraform reads it. */
  readonly _bgpPasswords: ReadonlyMap<string, string>;

  private constructor(spec: HostEndpointSpec, bgpPasswords: ReadonlyMap<string, string> = new Map()) {
    this._spec = spec;
    this._bgpPasswords = bgpPasswords;
  }
}
