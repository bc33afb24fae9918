import { isWildcardDns } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG10: Rule = {
  id: 'CG-10',
  severities: ['error', 'warning'],
  title: "Ingress group: every host has a wildcard DNS pattern (*.apps.example.com), valid and unique across the group's hosts; in a LoadBalancer group it is unused (warning).",
  rationale: 'Each virtual cluster of an Ingress group is reached at <name>.<host DNS>; without a wildcard record, or with two hosts sharing one, its hostname would not resolve to its host.',
  remedy: 'Give every host of an Ingress group its own wildcard record (wildcardDns: "*.apps.<host>.example.com"); remove wildcardDns from hosts of a LoadBalancer group.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const seen = new Map<string, string>();
      for (const host of group.hosts) {
        const dns = host.spec.wildcardDns;
        if (group.endpointType === 'LoadBalancer' && dns !== undefined) {
          findings.push(
            finding({
              severity: 'warning',
              path: host.spec.path,
              received: `wildcardDns ${show(dns)} in a LoadBalancer group`,
              expected: 'no wildcard DNS: virtual clusters of a LoadBalancer group are reached by IP',
              fix: 'remove wildcardDns from the host',
            }),
          );
        }
        if (group.endpointType !== 'Ingress') continue;
        if (!isWildcardDns(dns)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `wildcardDns ${show(dns)}`,
              expected: 'a wildcard DNS pattern such as "*.apps.example.com"',
              fix: 'set wildcardDns to the wildcard record that points at this host’s ingress controller',
            }),
          );
          continue;
        }
        const other = seen.get(dns.toLowerCase());
        if (other)
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `wildcardDns ${show(dns)}, also used by ${other}`,
              expected: 'a wildcard DNS pattern unique across the group’s hosts',
              fix: 'give each host its own wildcard record',
            }),
          );
        else seen.set(dns.toLowerCase(), host.spec.path);
      }
    }
    return findings;
  },
};
