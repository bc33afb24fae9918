import { MIN_OF_MAX_PER_VIRTUAL_CLUSTER } from '../model/defaults';
import { parseQuantity } from '../model/quantity';
import { RESOURCE_NAMES } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG14: Rule = {
  id: 'CG-14',
  title: 'Per-virtual-cluster maximums of the group: CPU default 6 (at least 4), memory default 8Gi (at least 4Gi), storage default 10Gi (at least 2Gi).',
  rationale: 'A maximum below what a virtual cluster needs to run would refuse every virtual cluster of the group.',
  remedy: 'Raise maxPerVirtualCluster to at least 4 CPU, 4Gi memory and 2Gi storage, written as Kubernetes quantities, or leave it out for 6 / 8Gi / 10Gi.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const resource of RESOURCE_NAMES) {
        const value = group.spec.maxPerVirtualCluster[resource];
        const amount = parseQuantity(value);
        const floor = MIN_OF_MAX_PER_VIRTUAL_CLUSTER[resource];
        if (amount === undefined || amount < (parseQuantity(floor) as number)) {
          findings.push(
            finding({
              severity: 'error',
              path: group.spec.path,
              received: `maxPerVirtualCluster.${resource} ${show(value)}`,
              expected: `a Kubernetes quantity of at least ${floor}`,
              fix: `raise maxPerVirtualCluster.${resource} to ${floor} or more, or leave it out for the default`,
            }),
          );
        }
      }
    }
    return findings;
  },
};
