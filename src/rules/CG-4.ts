import { finding, Rule, RuleFinding, show } from './rule';
import { wrongGroup } from './wrong-prop';

export const CG4: Rule = {
  id: 'CG-4',
  title: 'A group has at least one host; the same host is not listed twice.',
  rationale: 'Virtual clusters of a group without hosts have nowhere to run; a host listed twice would get two provider pairs of one alias.',
  remedy: 'Add at least one host to the group (group.addHost), and remove a second membership of the same host.',
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
              received: `host ${show(host.name)}, already listed at ${other}`,
              expected: 'each host once per group',
              fix: 'remove one of the two memberships',
            }),
          );
        else seen.set(host.name, host.spec.path);
      }
    }
    return findings;
  },
};
