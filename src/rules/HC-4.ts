import { finding, Rule } from './rule';

export const HC4: Rule = {
  id: 'HC-4',
  severities: ['error'],
  title:
    'A MetalLB host has at least as many usable pool addresses as virtual clusters placed on it (each takes one IP; IPv4 addresses ending in .0 or .255 are not used, as MetalLB’s avoidBuggyIPs).',
  rationale: 'A virtual cluster without an address has a pending service and is unreachable.',
  remedy: "Add addresses to the host's pools, or pin some virtual clusters to another host.",
  check: ({ placement }) =>
    [...placement.usage.values()]
      .filter((usage) => usage.host.endpoint.kind === 'metallb' && usage.host.pools.length > 0 && BigInt(usage.virtualClusters) > usage.addresses)
      .map((usage) => {
        const missing = BigInt(usage.virtualClusters) - usage.addresses;
        return finding({
          severity: 'error',
          path: usage.host.spec.path,
          received: `${usage.virtualClusters} virtual clusters on host ${usage.host.name}, whose pools hold ${usage.addresses} usable address${usage.addresses === 1n ? '' : 'es'} (not counting .0 and .255)`,
          expected: `at least ${usage.virtualClusters} pool addresses`,
          fix: `add ${missing} address${missing === 1n ? '' : 'es'} to the host's pools, or pin some virtual clusters to another host`,
        });
      }),
};
