import { gatewayOf } from '../charts/exposure';
import { INGRESS_NGINX_NAMESPACE } from '../model/defaults';
import { unreachable } from '../model/endpoints';
import { Host } from '../model/fleet';
import { ADDRESSES, resourceName } from './addresses';

/** The Service the ingress-nginx chart (release `ingress-nginx`) puts in front of its controller. */
const INGRESS_NGINX_CONTROLLER_SERVICE = 'ingress-nginx-controller';

/**
 * How a host is reached from outside, for a larger stack (a DNS record for its wildcard, a firewall rule):
 * - `service`: read after apply from the Service's load-balancer status, by a `data.kubernetes_service_v1`
 *   that depends on the release installing it (its `name` is the data source's);
 * - `gateway`: read after apply from the Gateway's own status (`status.addresses`), by a
 *   `data.kubernetes_resource` (its `name` is the data source's) that depends on the release creating
 *   the Gateway where we install it (`after`). Every implementation reports its address there, whereas
 *   only the controller names its data plane's Service at run time (Envoy Gateway hashes the Gateway
 *   into it);
 * - `pools`: MetalLB's address pools, as given (each virtual cluster gets its own IP from them);
 * - `unknown`: nothing we install or are told holds it (ingress-nginx or our Gateway on the nodes'
 *   ports: the nodes' addresses; an existing controller of yours; a cloud load balancer: each of its
 *   virtual clusters has its own address).
 */
export type HostAddress =
  | { readonly kind: 'service'; readonly name: string; readonly service: { readonly name: string; readonly namespace: string }; readonly after: string }
  | { readonly kind: 'gateway'; readonly name: string; readonly gateway: { readonly name: string; readonly namespace: string }; readonly after?: string }
  | { readonly kind: 'pools'; readonly pools: readonly string[] }
  | { readonly kind: 'unknown' };

export function hostAddressOf(host: Host): HostAddress {
  const endpoint = host.endpoint;
  switch (endpoint.kind) {
    case 'ingress-nginx': {
      if (endpoint.service === 'HostPort') return { kind: 'unknown' };
      const release = `${ADDRESSES.ingressNginxRelease.type}.${resourceName('ingressNginxRelease', host.alias)}`;
      return { kind: 'service', name: resourceName('ingressNginxRelease', host.alias), service: { name: INGRESS_NGINX_CONTROLLER_SERVICE, namespace: INGRESS_NGINX_NAMESPACE }, after: release };
    }
    case 'metallb':
      return { kind: 'pools', pools: endpoint.pools.filter((pool): pool is string => typeof pool === 'string') };
    case 'gateway': {
      if (endpoint.service === 'HostPort') return { kind: 'unknown' };
      return gatewayAddress(host, `${ADDRESSES.gatewayConfig.type}.${resourceName('gatewayConfig', host.alias)}`);
    }
    case 'existing-gateway':
      return gatewayAddress(host);
    case 'cloud-load-balancer':
    case 'existing-ingress':
    case 'none':
      return { kind: 'unknown' };
    default:
      return unreachable(endpoint);
  }
}

/** The host's Gateway (ours, or the existing one declared), read after `after`, the release creating it where we install it. */
function gatewayAddress(host: Host, after?: string): HostAddress {
  const gateway = gatewayOf(host.endpoint)!;
  const name = resourceName('gatewayRelease', host.alias);
  const reader = { kind: 'gateway' as const, name, gateway: { name: gateway.name, namespace: gateway.namespace } };
  return after === undefined ? reader : { ...reader, after };
}

/**
 * The Terraform expression of a host's address read by its data source: a Service's external address
 * (an IP, or a cloud's DNS name), or the first address in a Gateway's status (an IP or a hostname,
 * whichever its implementation reports first).
 */
export function addressExpression(address: Extract<HostAddress, { kind: 'service' | 'gateway' }>): string {
  switch (address.kind) {
    case 'service': {
      const ingress = `data.kubernetes_service_v1.${address.name}.status[0].load_balancer[0].ingress[0]`;
      return `\${coalesce(${ingress}.ip, ${ingress}.hostname)}`;
    }
    case 'gateway':
      return `\${data.kubernetes_resource.${address.name}.object.status.addresses[0].value}`;
    default:
      return unreachable(address);
  }
}
