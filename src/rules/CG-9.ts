import { finding, Rule } from './rule';

export const CG9: Rule = {
  id: 'CG-9',
  title: 'Edge: the endpoint comes from MetalLB (LoadBalancer) or nginx (Ingress) installed on that host.',
  rationale: 'An edge site has no cloud load balancer, and a controller we do not install cannot be relied on to pass TLS through.',
  remedy: 'On an edge host, let us install MetalLB (HostEndpoint.metallb) or ingress-nginx (HostEndpoint.ingressNginx).',
  check: ({ fleet }) =>
    fleet.model.hosts
      .filter((host) => host.kind === 'edge' && host.endpoint.kind !== 'metallb' && host.endpoint.kind !== 'ingress-nginx')
      .map((host) =>
        finding(
          'CG-9',
          'error',
          host.path,
          `an edge host with endpoint ${host.endpoint.kind}`,
          'HostEndpoint.metallb(...) or HostEndpoint.ingressNginx()',
          'let us install MetalLB or ingress-nginx on the edge host',
        ),
      ),
};
