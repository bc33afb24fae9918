import { HostEndpoint } from '../model/types';
import { finding, Rule } from './rule';
import { wrongOptionClass } from './wrong-prop';

/** The endpoint type a host's endpoint serves. */
export function endpointTypeOf(endpoint: HostEndpoint): 'LoadBalancer' | 'Ingress' | undefined {
  if (endpoint.kind === 'none') return undefined;
  return endpoint.kind === 'metallb' || endpoint.kind === 'cloud-load-balancer' ? 'LoadBalancer' : 'Ingress';
}

function received(endpoint: HostEndpoint): string {
  const type = endpointTypeOf(endpoint);
  return type ? `a host set up for ${type} (${endpoint.kind})` : 'a host with no endpoint';
}

export const CG6: Rule = {
  id: 'CG-6',
  title: "Every host supports the group's endpoint type.",
  rationale: 'A virtual cluster is exposed the same way on every host of its group; a host set up for the other type could not expose it.',
  remedy:
    "Give the host an endpoint of the group's type: HostEndpoint.metallb/cloudLoadBalancer for LoadBalancer, HostEndpoint.ingressNginx/existingIngress for Ingress; or move it to a group of the other type.",
  checkInput: (input) => wrongOptionClass(input, 'endpoint', 'HostEndpoint.metallb(...), .cloudLoadBalancer(), .ingressNginx() or .existingIngress(...)'),
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) =>
      group.endpointType === undefined
        ? []
        : group.hosts
            .filter((host) => endpointTypeOf(host.spec.endpoint) !== group.endpointType)
            .map((host) =>
              finding({
                severity: 'error',
                path: host.spec.path,
                received: received(host.spec.endpoint),
                expected: `a host set up for ${group.endpointType}, the endpoint type of ${group.spec.path}`,
                fix: `give the host a ${group.endpointType === 'LoadBalancer' ? 'HostEndpoint.metallb(...) or HostEndpoint.cloudLoadBalancer()' : 'HostEndpoint.ingressNginx() or HostEndpoint.existingIngress(...)'} endpoint${endpointTypeOf(host.spec.endpoint) ? `, or move it to a ${endpointTypeOf(host.spec.endpoint)} group` : ''}`,
              }),
            ),
    ),
};
