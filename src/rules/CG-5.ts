import { finding, Rule, RuleFinding, show } from './rule';

export const CG5: Rule = {
  id: 'CG-5',
  severities: ['error'],
  title: 'A host belongs to at most one group.',
  rationale: 'A host holds one group reference; two groups would place virtual clusters on it without seeing each other’s load.',
  remedy: 'Keep each host in one group: remove its membership from the other group.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    const groupOf = new Map<string, { group: string; path: string }>();
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        const other = groupOf.get(host.name);
        if (!other) groupOf.set(host.name, { group: group.spec.path, path: host.spec.path });
        else if (other.group !== group.spec.path) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `host ${show(host.name)}, also a member of ${other.group} (${other.path})`,
              expected: 'a host in one group only',
              fix: 'remove it from one of the two groups',
            }),
          );
        }
      }
    }
    return findings;
  },
};
