import { isCidr } from '../model/ip-range';
import { finding, Rule, RuleFinding, show } from './rule';

export const VC6: Rule = {
  id: 'VC-6',
  title: 'LoadBalancer group: optional externalTrafficPolicy (Cluster or Local) and loadBalancerSourceRanges (CIDRs).',
  rationale: 'Kubernetes refuses other values when the service is applied; in an Ingress group the options would be silently unused.',
  remedy: 'Use ExternalTrafficPolicy.CLUSTER or LOCAL and CIDRs for sourceRanges, in a LoadBalancer group only.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const vc of group.virtualClusters) {
        const options = vc.spec.loadBalancer;
        if (!options) continue;
        const path = vc.spec.path;
        if (group.endpointType === 'Ingress') {
          findings.push(
            finding({
              severity: 'warning',
              path,
              received: 'load-balancer options in an Ingress group',
              expected: 'no load-balancer options: the virtual cluster is reached through the ingress',
              fix: 'remove loadBalancer from the virtual cluster',
            }),
          );
          continue;
        }
        const policy = options.externalTrafficPolicy;
        if (policy !== undefined && policy !== 'Cluster' && policy !== 'Local') {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `externalTrafficPolicy ${show(policy)}`,
              expected: '"Cluster" or "Local"',
              fix: 'use ExternalTrafficPolicy.CLUSTER or ExternalTrafficPolicy.LOCAL',
            }),
          );
        }
        for (const range of options.sourceRanges ?? []) {
          if (!isCidr(range))
            findings.push(
              finding({ severity: 'error', path, received: `loadBalancerSourceRanges entry ${show(range)}`, expected: 'a CIDR such as "203.0.113.0/24"', fix: 'write each source range as a CIDR' }),
            );
        }
      }
    }
    return findings;
  },
};
