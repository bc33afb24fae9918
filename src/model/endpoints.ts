/**
 * The endpoint kinds of a host, and every property of each, in one place. The table and the
 * switches below are exhaustive: a new kind added to `HostEndpoint` (types.ts) fails to compile
 * until each of them says what the kind is.
 */
import { DEFAULT_INGRESS_CLASS } from './defaults';
import { HOST_KINDS, hostKindOf } from './host-kinds';
import { IpRange, parseIpRange } from './ip-range';
import { oneOf } from './text';
import { EndpointType, HostEndpoint, IngressNginxSpec } from './types';

export type EndpointKind = Exclude<HostEndpoint['kind'], 'none'>;

/** How ingress-nginx is reached on a host: a LoadBalancer service, or ports 80 and 443 of every node. */
export type IngressNginxService = 'LoadBalancer' | 'HostPort';

export const INGRESS_NGINX_SERVICES: readonly IngressNginxService[] = ['LoadBalancer', 'HostPort'];

/** The Gateway API implementations we install (their facts: src/charts/gateway-facts.ts); the first is the default. */
export const GATEWAY_IMPLEMENTATION_NAMES = ['envoy-gateway', 'nginx-gateway-fabric'] as const;
export type GatewayImplementation = (typeof GATEWAY_IMPLEMENTATION_NAMES)[number];

/** How the review names each implementation. */
const GATEWAY_IMPLEMENTATION_TITLES: { readonly [I in GatewayImplementation]: string } = { 'envoy-gateway': 'Envoy Gateway', 'nginx-gateway-fabric': 'NGINX Gateway Fabric' };

/** How a Gateway's data plane is reached: a LoadBalancer service, or port 443 of every node (edge: no load balancer to wait for). */
export type GatewayService = IngressNginxService;

/** Whether we install the Gateway API CRDs of the standard channel on the host, or it has them already; the first is the default. */
export const GATEWAY_API_CRDS = ['install', 'present'] as const;
export type GatewayApiCrds = (typeof GATEWAY_API_CRDS)[number];

interface EndpointTraits {
  /** The group endpoint type a host with this endpoint serves (CG-6). */
  readonly serves: EndpointType;
  /** How a user declares it, for fixes that name it. */
  readonly factory: string;
}

export const ENDPOINT_KINDS: { readonly [K in EndpointKind]: EndpointTraits } = {
  metallb: { serves: 'LoadBalancer', factory: 'HostEndpoint.metallb(...)' },
  'cloud-load-balancer': { serves: 'LoadBalancer', factory: 'HostEndpoint.cloudLoadBalancer()' },
  'ingress-nginx': { serves: 'Ingress', factory: 'HostEndpoint.ingressNginx()' },
  'existing-ingress': { serves: 'Ingress', factory: 'HostEndpoint.existingIngress(...)' },
  gateway: { serves: 'Ingress', factory: 'HostEndpoint.gateway()' },
  'existing-gateway': { serves: 'Ingress', factory: 'HostEndpoint.existingGateway(...)' },
};

/** A host's endpoint with its defaults applied and its pools parsed: what placement, the values and emission read. */
export type Endpoint =
  | { readonly kind: 'metallb'; readonly pools: readonly unknown[]; readonly ranges: readonly IpRange[]; readonly bgpPeers: Extract<HostEndpoint, { kind: 'metallb' }>['bgpPeers'] }
  | { readonly kind: 'cloud-load-balancer' }
  | ResolvedIngressNginx
  | { readonly kind: 'existing-ingress'; readonly className: unknown; readonly sslPassthrough: unknown }
  | {
      readonly kind: 'gateway';
      readonly implementation: GatewayImplementation;
      readonly service: GatewayService;
      readonly crds: GatewayApiCrds;
      readonly bundle: unknown;
      /** During a move from ingress-nginx: the one we installed, kept beside the Gateway. */
      readonly keep?: ResolvedIngressNginx;
    }
  | Extract<HostEndpoint, { kind: 'existing-gateway' }>
  | { readonly kind: 'none' };

type ResolvedIngressNginx = { readonly kind: 'ingress-nginx'; readonly className: string; readonly service: IngressNginxService };

function resolveIngressNginx(endpoint: IngressNginxSpec, hostKind: unknown): ResolvedIngressNginx {
  return { kind: 'ingress-nginx', className: endpoint.className ?? DEFAULT_INGRESS_CLASS, service: serviceFor(hostKind, endpoint.service) };
}

/** For a switch that handles every case: a new case is a compile error here. */
export function unreachable(value: never): never {
  throw new Error(`cdktf-cluster-groups: unexpected ${JSON.stringify(value)}`);
}

/** An edge site has no load balancer (CG-9), and Helm would wait for one forever: there the controller takes the nodes' ports. */
function serviceFor(hostKind: unknown, given: unknown): IngressNginxService {
  if (INGRESS_NGINX_SERVICES.includes(given as IngressNginxService)) return given as IngressNginxService;
  const kind = hostKindOf(hostKind);
  return kind && !HOST_KINDS[kind].hasLoadBalancer ? 'HostPort' : 'LoadBalancer';
}

/** The value given when it is one of the list, else the list's first (the default). */
function oneListed<T extends string>(list: readonly T[], given: unknown): T {
  return list.includes(given as T) ? (given as T) : list[0];
}

/** The endpoint as given, resolved once: defaults applied, pools parsed (the entries that parse; the others are HC-3 findings). */
export function resolveEndpoint(endpoint: HostEndpoint, hostKind: unknown): Endpoint {
  switch (endpoint.kind) {
    case 'metallb':
      return { kind: 'metallb', pools: endpoint.pools, ranges: endpoint.pools.map(parseIpRange).flatMap((r) => ('range' in r ? [r.range] : [])), bgpPeers: endpoint.bgpPeers };
    case 'ingress-nginx':
      return resolveIngressNginx(endpoint, hostKind);
    case 'gateway':
      // A choice that is none of the listed ones is CG-11's finding; the default stands in for it meanwhile.
      return {
        kind: 'gateway',
        implementation: oneListed(GATEWAY_IMPLEMENTATION_NAMES, endpoint.implementation),
        service: serviceFor(hostKind, endpoint.service),
        crds: oneListed(GATEWAY_API_CRDS, endpoint.gatewayApiCrds),
        bundle: endpoint.gatewayApiBundle,
        keep: endpoint.keepIngressNginx && resolveIngressNginx(endpoint.keepIngressNginx, hostKind),
      };
    case 'cloud-load-balancer':
    case 'existing-ingress':
    case 'existing-gateway':
    case 'none':
      return endpoint;
    default:
      return unreachable(endpoint);
  }
}

/** The group endpoint type a host's endpoint serves; undefined for none. */
export function endpointTypeOf(endpoint: { readonly kind: HostEndpoint['kind'] }): EndpointType | undefined {
  return endpoint.kind === 'none' ? undefined : ENDPOINT_KINDS[endpoint.kind].serves;
}

/** The endpoint kinds that serve a group endpoint type, as a user declares them: "a or b". */
export function factoriesServing(type: EndpointType): string {
  return oneOf((Object.keys(ENDPOINT_KINDS) as EndpointKind[]).filter((kind) => ENDPOINT_KINDS[kind].serves === type).map((kind) => ENDPOINT_KINDS[kind].factory));
}

/** The IngressClass a virtual cluster's ingress names on this host; undefined where the host has no ingress controller (or, on a Gateway host, none kept during a move). */
export function ingressClassOf(endpoint: Endpoint): string | undefined {
  switch (endpoint.kind) {
    case 'ingress-nginx':
      return endpoint.className;
    case 'existing-ingress':
      return String(endpoint.className);
    case 'gateway':
      return endpoint.keep?.className;
    case 'metallb':
    case 'cloud-load-balancer':
    case 'existing-gateway':
    case 'none':
      return undefined;
    default:
      return unreachable(endpoint);
  }
}

/** The endpoint as the review and the summary show it. */
export function describeEndpoint(endpoint: Endpoint, wildcardDns: unknown): string {
  switch (endpoint.kind) {
    case 'none':
      return 'no endpoint';
    case 'metallb':
      return `MetalLB ${endpoint.pools.join(', ')}`;
    case 'cloud-load-balancer':
      return 'cloud load balancer';
    case 'ingress-nginx':
      return `ingress-nginx (class ${endpoint.className}) at ${String(wildcardDns)}`;
    case 'existing-ingress':
      return `existing ingress (class ${String(endpoint.className)}) at ${String(wildcardDns)}`;
    // What the wildcard DNS record must point at: the nodes, or the Gateway's load balancer, whose address only the cluster gives.
    case 'gateway':
      return `${GATEWAY_IMPLEMENTATION_TITLES[endpoint.implementation]} at ${String(wildcardDns)}: ${endpoint.service === 'HostPort' ? 'port 443 of every node' : 'a load balancer, its address known after apply (the Gateway’s status)'}${endpoint.keep ? `; ingress-nginx (class ${endpoint.keep.className}) kept beside it during the move` : ''}`;
    case 'existing-gateway':
      return `existing Gateway ${String(endpoint.namespace)}/${String(endpoint.name)} (listener ${String(endpoint.listener)}) at ${String(wildcardDns)}`;
    default:
      return unreachable(endpoint);
  }
}
