import { Finding } from '../model/types';
import { finding, Rule } from './rule';

export const CG8: Rule = {
  id: 'CG-8',
  title: 'Edge: if any host is edge, every host is edge, and there is exactly one host.',
  rationale: 'An edge group is one edge cluster serving its own site; it cannot be spread over other clusters.',
  remedy: 'Put each edge host in a group of its own, with no other host.',
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const edge = group.hosts.filter((host) => host.spec.kind === 'edge');
      if (edge.length === 0) continue;
      if (edge.length !== group.hosts.length) {
        const others = group.hosts.filter((host) => host.spec.kind !== 'edge').map((host) => host.name);
        findings.push(
          finding(
            'CG-8',
            'error',
            group.spec.path,
            `edge host ${edge[0].name} beside non-edge hosts ${others.join(', ')}`,
            'only edge hosts in a group that has one',
            'put the edge host in a group of its own',
          ),
        );
      } else if (edge.length > 1) {
        findings.push(finding('CG-8', 'error', group.spec.path, `${edge.length} edge hosts (${edge.map((host) => host.name).join(', ')})`, 'exactly one edge host', 'make one group per edge host'));
      }
    }
    return findings;
  },
};
