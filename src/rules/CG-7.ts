import { HOST_KINDS, hostKindConstant, hostKindOf, HOSTING_KINDS } from '../model/host-kinds';
import { oneOf } from '../model/text';
import { finding, Rule, show } from './rule';

export const CG7: Rule = {
  id: 'CG-7',
  severities: ['error'],
  title: 'Host kinds allowed: public cloud, private cloud / data center, edge; refused: a virtual cluster, a private-cloud gateway, an imported read-only cluster.',
  rationale: 'Only clusters we can install into, and that run workloads, can host virtual clusters.',
  remedy: 'Use a public-cloud, private-cloud or edge cluster as host; virtual clusters, private-cloud gateways and read-only imported clusters cannot host.',
  check: ({ fleet }) =>
    fleet.model.hosts.flatMap((host) => {
      const kind = hostKindOf(host.kind);
      if (kind && HOSTING_KINDS.includes(kind)) return [];
      const refused = kind && HOST_KINDS[kind].refused;
      return [
        finding({
          severity: 'error',
          path: host.path,
          received: `kind ${show(host.kind)}${refused ? ` (${refused})` : ''}`,
          expected: oneOf(HOSTING_KINDS.map(hostKindConstant)),
          fix: 'use another cluster as host',
        }),
      ];
    }),
};
