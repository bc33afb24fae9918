import { finding, Rule, show } from './rule';

export const VC3: Rule = {
  id: 'VC-3',
  severities: ['error'],
  title: 'A pinned host must be a member of the same group.',
  rationale: 'A host outside the group has no provider pair in it and may not serve its endpoint type.',
  remedy: 'Pin the virtual cluster to a host of its own group, or leave host out for automatic placement.',
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) => {
      const members = new Set(group.hosts.map((host) => host.name));
      return group.virtualClusters
        .filter((vc) => vc.spec.host !== undefined && !members.has(vc.spec.host as string))
        .map((vc) =>
          finding({
            severity: 'error',
            path: vc.spec.path,
            received: `pinned to host ${show(vc.spec.host)}`,
            expected: `one of the hosts of ${group.spec.path}: ${[...members].sort().join(', ') || '(none)'}`,
            fix: 'pin it to a member host, add that host to the group, or leave host out for automatic placement',
          }),
        );
    }),
};
