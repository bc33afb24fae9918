import { Host } from '../model/fleet';
import { IpRange, overlaps, parseIpRange } from '../model/ip-range';
import { Finding } from '../model/types';
import { finding, Rule, show } from './rule';

export const HC3: Rule = {
  id: 'HC-3',
  title: 'MetalLB address pools are valid IPv4/IPv6 ranges or CIDRs and do not overlap within a host; overlap between hosts of one group is a warning.',
  rationale: 'MetalLB refuses a bad or overlapping pool at apply time, after the plan was approved; two hosts handing out one address would break both virtual clusters.',
  remedy: 'Write pools as CIDRs (network address, e.g. "10.0.0.0/28") or "first-last" ranges of one family, first before last, without overlaps on a host.',
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const everyPool: Array<{ range: IpRange; host: Host }> = [];
      for (const host of group.hosts) {
        if (host.spec.endpoint.kind !== 'metallb') continue;
        for (const pool of host.spec.endpoint.pools) {
          const parsed = parseIpRange(pool);
          if ('error' in parsed)
            findings.push(
              finding(
                'HC-3',
                'error',
                host.spec.path,
                `address pool ${show(pool)}: ${parsed.error}`,
                'an IPv4 or IPv6 CIDR ("10.0.0.0/28") or range ("10.0.0.10-10.0.0.20", first before last)',
                'correct the pool entry',
              ),
            );
        }
        const own = host.pools.map((range) => ({ range, host }));
        for (const [a, b] of overlaps(own)) {
          findings.push(
            finding(
              'HC-3',
              'error',
              host.spec.path,
              `address pools ${show(a.range.text)} and ${show(b.range.text)}, which overlap`,
              'pools that do not overlap within a host',
              'merge or shrink the two pools',
            ),
          );
        }
        everyPool.push(...own);
      }
      for (const [a, b] of overlaps(everyPool)) {
        if (a.host === b.host) continue;
        findings.push(
          finding(
            'HC-3',
            'warning',
            b.host.spec.path,
            `address pool ${show(b.range.text)}, which overlaps ${show(a.range.text)} of host ${a.host.name}`,
            'address pools unique across the hosts of a group',
            'give each host its own addresses unless they sit in separate L2 domains',
          ),
        );
      }
    }
    return findings;
  },
};
