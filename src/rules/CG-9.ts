import { unreachable } from '../model/endpoints';
import { isNonBlank } from '../model/names';
import { HostSpec } from '../model/types';
import { finding, Rule } from './rule';

/** MetalLB or nginx on the host itself; an existing controller counts once it is named (its class), as nginx on that host. */
function servesOnTheHost(endpoint: HostSpec['endpoint']): boolean {
  switch (endpoint.kind) {
    case 'metallb':
    case 'ingress-nginx':
      return true;
    case 'existing-ingress':
      return isNonBlank(endpoint.className);
    case 'cloud-load-balancer':
    case 'none':
      return false;
    default:
      return unreachable(endpoint);
  }
}

export const CG9: Rule = {
  id: 'CG-9',
  title: 'Edge: the endpoint comes from MetalLB (LoadBalancer) or nginx (Ingress) installed on that host; a cloud load balancer or an unnamed existing controller does not count.',
  rationale: 'An edge site has no cloud load balancer, and a controller we do not install cannot be relied on to pass TLS through.',
  remedy: 'On an edge host, let us install MetalLB (HostEndpoint.metallb) or ingress-nginx (HostEndpoint.ingressNginx), or name the nginx controller the host runs (HostEndpoint.existingIngress).',
  check: ({ fleet }) =>
    fleet.model.hosts
      .filter((host) => host.kind === 'edge' && !servesOnTheHost(host.endpoint))
      .map((host) =>
        finding({
          severity: 'error',
          path: host.path,
          received: `an edge host with endpoint ${host.endpoint.kind}`,
          expected: 'HostEndpoint.metallb(...), HostEndpoint.ingressNginx() or a named HostEndpoint.existingIngress(...)',
          fix: 'let us install MetalLB or ingress-nginx on the edge host, or name the controller it runs',
        }),
      ),
};
