import { unreachable } from '../model/endpoints';
import { isNonBlank } from '../model/names';
import { HostSpec } from '../model/types';
import { finding, Rule } from './rule';

/** MetalLB or nginx on the host itself; an existing controller counts once it is named (its class), as nginx on that host. */
function servesOnTheHost(endpoint: HostSpec['endpoint']): boolean {
  switch (endpoint.kind) {
    case 'metallb':
    case 'ingress-nginx':
    case 'gateway':
      return true;
    case 'existing-ingress':
      return isNonBlank(endpoint.className);
    case 'existing-gateway':
      return isNonBlank(endpoint.name);
    case 'cloud-load-balancer':
    case 'none':
      return false;
    default:
      return unreachable(endpoint);
  }
}

/** A Gateway we install on an edge host and that was told to use a LoadBalancer service: its address would never come. */
function gatewayWaitsForLoadBalancer(host: HostSpec): boolean {
  return host.kind === 'edge' && host.endpoint.kind === 'gateway' && host.endpoint.service === 'LoadBalancer';
}

export const CG9: Rule = {
  id: 'CG-9',
  severities: ['error'],
  title:
    'Edge: the endpoint comes from MetalLB (LoadBalancer), or ingress-nginx or a Gateway API implementation (Ingress), installed on that host; a cloud load balancer or an unnamed existing controller or Gateway does not count, and a Gateway we install there takes port 443 of the nodes, never a load balancer.',
  rationale: 'An edge site has no cloud load balancer, and a controller we do not install cannot be relied on to pass TLS through.',
  remedy:
    'On an edge host, let us install MetalLB (HostEndpoint.metallb), ingress-nginx (HostEndpoint.ingressNginx) or a Gateway (HostEndpoint.gateway, on host ports), or name the controller or Gateway the host runs (HostEndpoint.existingIngress, HostEndpoint.existingGateway).',
  check: ({ fleet }) => [
    ...fleet.model.hosts
      .filter((host) => host.kind === 'edge' && !servesOnTheHost(host.endpoint))
      .map((host) =>
        finding({
          severity: 'error',
          path: host.path,
          received: `an edge host with endpoint ${host.endpoint.kind}`,
          expected: 'HostEndpoint.metallb(...), HostEndpoint.ingressNginx(), HostEndpoint.gateway(), or a named HostEndpoint.existingIngress(...) or HostEndpoint.existingGateway(...)',
          fix: 'let us install MetalLB, ingress-nginx or a Gateway on the edge host, or name the controller or Gateway it runs',
        }),
      ),
    ...fleet.model.hosts.filter(gatewayWaitsForLoadBalancer).map((host) =>
      finding({
        severity: 'error',
        path: host.path,
        received: 'a Gateway with a LoadBalancer service on an edge host',
        expected: 'GatewayService.HOST_PORT (the default on an edge host): an edge site has no load balancer, and nothing would give the Gateway an address',
        fix: 'leave the service out, or set service: GatewayService.HOST_PORT and point the wildcard DNS at the nodes',
      }),
    ),
  ],
};
