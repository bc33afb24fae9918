import { finding, Rule, show } from './rule';

export const CG3: Rule = {
  id: 'CG-3',
  severities: ['error'],
  title: 'Endpoint type is LoadBalancer or Ingress, stated explicitly (no silent default).',
  rationale: 'The endpoint type decides what is installed on every host and how every virtual cluster is reached; guessing it would install the wrong thing.',
  remedy: 'Set endpointType to EndpointType.LOAD_BALANCER or EndpointType.INGRESS on the group.',
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => group.endpointType === undefined)
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: show(group.spec.endpointType),
          expected: '"LoadBalancer" or "Ingress"',
          fix: 'set endpointType: EndpointType.LOAD_BALANCER or EndpointType.INGRESS on the group',
        }),
      ),
};
