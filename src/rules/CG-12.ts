import { finding, Rule } from './rule';

export const CG12: Rule = {
  id: 'CG-12',
  severities: ['error'],
  title: 'LoadBalancer group: every host has a load-balancer provider: MetalLB installed by us with address pools, or a declared cloud load balancer.',
  rationale: 'Without a load-balancer provider a virtual cluster’s LoadBalancer service stays pending and the cluster is unreachable.',
  remedy: 'Give HostEndpoint.metallb at least one address pool, or declare HostEndpoint.cloudLoadBalancer().',
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) =>
      group.endpointType !== 'LoadBalancer'
        ? []
        : group.hosts
            .filter((host) => host.endpoint.kind === 'metallb' && host.endpoint.pools.length === 0)
            .map((host) =>
              finding({
                severity: 'error',
                path: host.spec.path,
                received: 'MetalLB with no address pool',
                expected: 'MetalLB with at least one address pool',
                fix: 'give HostEndpoint.metallb({ addressPools: ["10.0.0.10-10.0.0.50"] }) the addresses MetalLB may hand out',
              }),
            ),
    ),
};
