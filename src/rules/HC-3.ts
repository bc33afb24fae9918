import { Host } from '../model/fleet';
import { IpRange, isIpAddress, overlaps, parseIpRange } from '../model/ip-range';
import { isDnsName } from '../model/names';
import { BgpPeerSpec } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

const MAX_ASN = 4294967295;

function isAsn(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ASN;
}

/** What MetalLB's BGPPeer and its webhook would refuse at apply: names, AS numbers, the peer's address, the password secret's name. */
function peerProblems(peer: BgpPeerSpec, seen: Set<unknown>): string[] {
  const problems: string[] = [];
  if (!isDnsName(peer?.name)) problems.push(`name ${show(peer?.name)} is not a DNS-1123 name`);
  else if (seen.has(peer.name)) problems.push(`name ${show(peer.name)} is used by another peer of the host`);
  if (!isAsn(peer?.myAsn)) problems.push(`myAsn ${show(peer?.myAsn)} is not an AS number from 1 to ${MAX_ASN}`);
  if (!isAsn(peer?.peerAsn)) problems.push(`peerAsn ${show(peer?.peerAsn)} is not an AS number from 1 to ${MAX_ASN}`);
  if (!isIpAddress(peer?.peerAddress)) problems.push(`peerAddress ${show(peer?.peerAddress)} is not an IPv4 or IPv6 address`);
  if (peer?.passwordSecret !== undefined && !isDnsName(peer.passwordSecret)) problems.push(`passwordSecret ${show(peer.passwordSecret)} is not a secret name`);
  seen.add(peer?.name);
  return problems;
}

export const HC3: Rule = {
  id: 'HC-3',
  severities: ['error', 'warning'],
  title: 'MetalLB address pools are valid IPv4/IPv6 ranges or CIDRs and do not overlap within a host (overlap between hosts of one group is a warning); BGP peers are valid.',
  rationale: 'MetalLB refuses a bad or overlapping pool at apply time, after the plan was approved; two hosts handing out one address would break both virtual clusters.',
  remedy: `Write pools as CIDRs (network address, e.g. "10.0.0.0/28") or "first-last" ranges of one family, first before last, without overlaps on a host; give each BGP peer a DNS name, AS numbers from 1 to ${MAX_ASN} and an IP address.`,
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const everyPool: Array<{ range: IpRange; host: Host }> = [];
      for (const host of group.hosts) {
        const endpoint = host.endpoint;
        if (endpoint.kind !== 'metallb') continue;
        for (const pool of endpoint.pools) {
          const parsed = parseIpRange(pool);
          if ('error' in parsed)
            findings.push(
              finding({
                severity: 'error',
                path: host.spec.path,
                received: `address pool ${show(pool)}: ${parsed.error}`,
                expected: 'an IPv4 or IPv6 CIDR ("10.0.0.0/28") or range ("10.0.0.10-10.0.0.20", first before last)',
                fix: 'correct the pool entry',
              }),
            );
        }
        const peers = new Set<unknown>();
        for (const peer of endpoint.bgpPeers) {
          const problems = peerProblems(peer, peers);
          if (problems.length)
            findings.push(
              finding({
                severity: 'error',
                path: host.spec.path,
                received: `BGP peer ${show(peer?.name)}: ${problems.join('; ')}`,
                expected: `a peer with a DNS-1123 name unique on the host, myAsn and peerAsn from 1 to ${MAX_ASN}, an IP peerAddress, and a secret name for its password`,
                fix: 'correct the BGP peer',
              }),
            );
        }
        const own = host.pools.map((range) => ({ range, host }));
        for (const [a, b] of overlaps(own)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `address pools ${show(a.range.text)} and ${show(b.range.text)}, which overlap`,
              expected: 'pools that do not overlap within a host',
              fix: 'merge or shrink the two pools',
            }),
          );
        }
        everyPool.push(...own);
      }
      for (const [a, b] of overlaps(everyPool)) {
        if (a.host === b.host) continue;
        findings.push(
          finding({
            severity: 'warning',
            path: b.host.spec.path,
            received: `address pool ${show(b.range.text)}, which overlaps ${show(a.range.text)} of host ${a.host.name}`,
            expected: 'address pools unique across the hosts of a group',
            fix: 'give each host its own addresses unless they sit in separate L2 domains',
          }),
        );
      }
    }
    return findings;
  },
};
