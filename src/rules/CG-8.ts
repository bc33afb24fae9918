import { finding, Rule, RuleFinding } from './rule';

export const CG8: Rule = {
  id: 'CG-8',
  severities: ['error'],
  title: 'Edge: if any host is edge, every host is edge, and there is exactly one host.',
  rationale: 'An edge group is one edge cluster serving its own site; it cannot be spread over other clusters.',
  remedy: 'Put each edge host in a group of its own, with no other host.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const edge = group.hosts.filter((host) => host.spec.kind === 'edge');
      if (edge.length === 0) continue;
      if (edge.length !== group.hosts.length) {
        const others = group.hosts.filter((host) => host.spec.kind !== 'edge').map((host) => host.name);
        findings.push(
          finding({
            severity: 'error',
            path: group.spec.path,
            received: `edge host ${edge[0].name} beside non-edge hosts ${others.join(', ')}`,
            expected: 'only edge hosts in a group that has one',
            fix: 'put the edge host in a group of its own',
          }),
        );
      } else if (edge.length > 1) {
        findings.push(
          finding({
            severity: 'error',
            path: group.spec.path,
            received: `${edge.length} edge hosts (${edge.map((host) => host.name).join(', ')})`,
            expected: 'exactly one edge host',
            fix: 'make one group per edge host',
          }),
        );
      }
    }
    return findings;
  },
};
