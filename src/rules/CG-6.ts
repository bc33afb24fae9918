import { endpointTypeOf, factoriesServing } from '../model/endpoints';
import { HostEndpoint } from '../model/types';
import { finding, Rule } from './rule';
import { wrongOptionClass } from './wrong-prop';

function received(endpoint: { readonly kind: HostEndpoint['kind'] }): string {
  const type = endpointTypeOf(endpoint);
  return type ? `a host set up for ${type} (${endpoint.kind})` : 'a host with no endpoint';
}

export const CG6: Rule = {
  id: 'CG-6',
  severities: ['error'],
  title: "Every host supports the group's endpoint type.",
  rationale: 'A virtual cluster is exposed the same way on every host of its group; a host set up for the other type could not expose it.',
  remedy:
    "Give the host an endpoint of the group's type: HostEndpoint.metallb/cloudLoadBalancer for LoadBalancer, HostEndpoint.gateway/existingGateway/ingressNginx/existingIngress for Ingress; or move it to a group of the other type.",
  checkInput: (input) => wrongOptionClass(input, 'endpoint', 'HostEndpoint.metallb(...), .cloudLoadBalancer(), .gateway(), .existingGateway(...), .ingressNginx() or .existingIngress(...)'),
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) => {
      const type = group.endpointType;
      if (type === undefined) return [];
      return group.hosts
        .filter((host) => endpointTypeOf(host.endpoint) !== type)
        .map((host) =>
          finding({
            severity: 'error',
            path: host.spec.path,
            received: received(host.endpoint),
            expected: `a host set up for ${type}, the endpoint type of ${group.spec.path}`,
            fix: `give the host a ${factoriesServing(type)} endpoint${endpointTypeOf(host.endpoint) ? `, or move it to a ${endpointTypeOf(host.endpoint)} group` : ''}`,
          }),
        );
    }),
};
