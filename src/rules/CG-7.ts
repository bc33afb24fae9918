import { finding, Rule, show } from './rule';

const ALLOWED = ['public-cloud', 'private-cloud', 'edge'];

const REFUSED: Record<string, string> = {
  'virtual-cluster': 'a virtual cluster cannot host virtual clusters',
  'private-cloud-gateway': 'a private-cloud gateway runs infrastructure only',
  'imported-read-only': 'a read-only imported cluster cannot be written to',
};

export const CG7: Rule = {
  id: 'CG-7',
  title: 'Host kinds allowed: public cloud, private cloud / data center, edge; refused: a virtual cluster, a private-cloud gateway, an imported read-only cluster.',
  rationale: 'Only clusters we can install into, and that run workloads, can host virtual clusters.',
  remedy: 'Use a public-cloud, private-cloud or edge cluster as host; virtual clusters, private-cloud gateways and read-only imported clusters cannot host.',
  check: ({ fleet }) =>
    fleet.model.hosts
      .filter((host) => !ALLOWED.includes(host.kind as string))
      .map((host) =>
        finding({
          severity: 'error',
          path: host.path,
          received: `kind ${show(host.kind)}${REFUSED[host.kind as string] ? ` (${REFUSED[host.kind as string]})` : ''}`,
          expected: 'HostKind.PUBLIC_CLOUD, HostKind.PRIVATE_CLOUD or HostKind.EDGE',
          fix: 'use another cluster as host',
        }),
      ),
};
