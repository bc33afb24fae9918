import { isWildcardDns } from '../model/names';
import { Finding } from '../model/types';
import { finding, Rule, show } from './rule';

export const CG10: Rule = {
  id: 'CG-10',
  title: "Ingress group: every host has a wildcard DNS pattern (*.apps.example.com), valid and unique across the group's hosts; in a LoadBalancer group it is unused (warning).",
  rationale: 'Each virtual cluster of an Ingress group is reached at <name>.<host DNS>; without a wildcard record, or with two hosts sharing one, its hostname would not resolve to its host.',
  remedy: 'Give every host of an Ingress group its own wildcard record (wildcardDns: "*.apps.<host>.example.com"); remove wildcardDns from hosts of a LoadBalancer group.',
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const seen = new Map<string, string>();
      for (const host of group.hosts) {
        const dns = host.spec.wildcardDns;
        if (group.endpointType === 'LoadBalancer' && dns !== undefined) {
          findings.push(
            finding(
              'CG-10',
              'warning',
              host.spec.path,
              `wildcardDns ${show(dns)} in a LoadBalancer group`,
              'no wildcard DNS: virtual clusters of a LoadBalancer group are reached by IP',
              'remove wildcardDns from the host',
            ),
          );
        }
        if (group.endpointType !== 'Ingress') continue;
        if (!isWildcardDns(dns)) {
          findings.push(
            finding(
              'CG-10',
              'error',
              host.spec.path,
              `wildcardDns ${show(dns)}`,
              'a wildcard DNS pattern such as "*.apps.example.com"',
              'set wildcardDns to the wildcard record that points at this host’s ingress controller',
            ),
          );
          continue;
        }
        const other = seen.get(dns.toLowerCase());
        if (other)
          findings.push(
            finding(
              'CG-10',
              'error',
              host.spec.path,
              `wildcardDns ${show(dns)}, also used by ${other}`,
              'a wildcard DNS pattern unique across the group’s hosts',
              'give each host its own wildcard record',
            ),
          );
        else seen.set(dns.toLowerCase(), host.spec.path);
      }
    }
    return findings;
  },
};
