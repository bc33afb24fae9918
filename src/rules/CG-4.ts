import { finding, Rule, RuleFinding, show } from './rule';
import { wrongGroup } from './wrong-prop';

export const CG4: Rule = {
  id: 'CG-4',
  severities: ['error'],
  title: 'A group has at least one host; the same host is not listed twice.',
  rationale: 'Virtual clusters of a group without hosts have nowhere to run; a host listed twice would get two provider pairs of one alias.',
  remedy: 'Add at least one host to the group (group.addHost). Give two clusters two names; declare one cluster once.',
  checkInput: (input) => wrongGroup(input, 'host'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      if (group.hosts.length === 0) {
        findings.push(
          finding({
            severity: 'error',
            path: group.spec.path,
            received: 'a group with no host',
            expected: 'at least one host',
            fix: 'add a host with new HostClusterMembership(scope, id, { group, ... }) or group.addHost(...)',
          }),
        );
      }
      const seen = new Map<string, string>();
      for (const host of group.hosts) {
        const other = seen.get(host.name);
        if (other)
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `a second host named ${show(host.name)} (the first is ${other})`,
              expected: 'a name of its own for each host of the group: two memberships are two clusters, not one listed twice',
              fix: 'give each cluster its own name (the name is its provider alias, the suffix of its Terraform addresses and its key in the lock); if both are the same cluster, keep one membership',
            }),
          );
        else seen.set(host.name, host.spec.path);
      }
    }
    return findings;
  },
};
