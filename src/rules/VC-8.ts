import * as ipaddr from 'ipaddr.js';
import { finding, Rule, RuleFinding } from './rule';
import { ingressHostname } from '../model/names';

/** Dotted decimal without leading zeros: already the one spelling of its address (placement writes every IPv4 address so). */
const CANONICAL_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** An address as the network sees it: `::ffff:10.0.0.1` is `10.0.0.1`, IPv6 in one spelling. */
export function addressKey(ip: string): string {
  if (CANONICAL_IPV4.test(ip)) return ip;
  try {
    return ipaddr.process(ip).toNormalizedString();
  } catch {
    return ip;
  }
}

export const VC8: Rule = {
  id: 'VC-8',
  severities: ['error'],
  title: 'No two virtual clusters of the stack share an address: a load-balancer IP, or an ingress hostname, belongs to one virtual cluster, whatever their groups and hosts.',
  rationale:
    'Two virtual clusters on one IP or one hostname means one tenant’s kubeconfig reaches the other’s API server (or neither works): hosts in different groups may have overlapping pools or the same wildcard DNS, and nothing else compares them.',
  remedy: 'Give the hosts address pools that do not overlap and wildcard DNS records of their own, across every group of the stack.',
  check: ({ fleet, placement }) => {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, string>();
    // Groups and virtual clusters in declaration order: the later one is reported, naming the first.
    for (const group of fleet.groups) {
      for (const vc of group.virtualClusters) {
        const placed = placement.byPath.get(vc.spec.path);
        if (!placed) continue;
        const hostname = group.endpointType === 'Ingress' ? ingressHostname(vc.name, placed.host.spec.wildcardDns)?.toLowerCase() : undefined;
        const addresses = [placed.ip === undefined ? undefined : `IP ${addressKey(placed.ip)}`, hostname === undefined ? undefined : `hostname ${hostname}`];
        for (const address of addresses) {
          if (address === undefined) continue;
          const first = seen.get(address);
          if (first === undefined) seen.set(address, vc.spec.path);
          else
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `${address}, also that of ${first}`,
                expected: 'an address of its own',
                fix: 'give the hosts pools that do not overlap, or wildcard DNS records of their own, across the groups of the stack',
              }),
            );
        }
      }
    }
    return findings;
  },
};
