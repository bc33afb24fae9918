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
 * - `pools`: MetalLB's address pools, as given (each virtual cluster gets its own IP from them);
 * - `unknown`: nothing we install or are told holds it (ingress-nginx on the nodes' ports, an existing
 *   controller or Gateway of yours, a cloud load balancer: each of its virtual clusters has its own
 *   address), or a Service only the Gateway controller names at run time (Envoy Gateway hashes the
 *   Gateway into its data plane's Service name).
 */
export type HostAddress =
  | { readonly kind: 'service'; readonly name: string; readonly service: { readonly name: string; readonly namespace: string }; readonly after: string }
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
    case 'cloud-load-balancer':
    case 'existing-ingress':
    case 'gateway':
    case 'existing-gateway':
    case 'none':
      return { kind: 'unknown' };
    default:
      return unreachable(endpoint);
  }
}

/** The Terraform expression of a Service's external address (an IP, or a cloud's DNS name), read by the data source `name`. */
export function serviceAddressExpression(name: string): string {
  const ingress = `data.kubernetes_service_v1.${name}.status[0].load_balancer[0].ingress[0]`;
  return `\${coalesce(${ingress}.ip, ${ingress}.hostname)}`;
}
