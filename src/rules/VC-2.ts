import { Group } from '../model/fleet';
import { DISTRIBUTION_MINIMUM } from '../model/defaults';
import { formatAmount, parseQuantity, unitOf } from '../model/quantity';
import { RESOURCE_NAMES, ResourceName } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

function bounds(group: Group, resource: ResourceName): { min: number; max: number | undefined } {
  const minimum = DISTRIBUTION_MINIMUM[group.distribution === 'k3s' ? 'k3s' : 'k8s'][resource];
  return { min: parseQuantity(minimum) as number, max: parseQuantity(group.spec.maxPerVirtualCluster[resource]) };
}

export const VC2: Rule = {
  id: 'VC-2',
  title: 'Requested CPU, memory and storage are at least the distribution’s minimum (k8s: 4 / 4Gi / 2Gi; k3s: 4 / 3Gi / 0) and at most the group’s per-virtual-cluster maximums.',
  rationale: 'Below the minimum the control plane does not start; above the maximum one virtual cluster takes what the group promised to others.',
  remedy: "Request at least the distribution's minimum and at most the group's maxPerVirtualCluster, as Kubernetes quantities.",
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const resource of RESOURCE_NAMES) {
        const { min, max } = bounds(group, resource);
        const unit = unitOf(resource);
        for (const vc of group.virtualClusters) {
          const amount = vc.request[resource];
          const range = `between ${formatAmount(min, unit)} and ${max === undefined ? 'the group maximum' : formatAmount(max, unit)}`;
          if (amount === undefined) {
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `${resource} ${show(vc.spec.resources[resource])}, not a Kubernetes quantity`,
                expected: `a Kubernetes quantity ${range}`,
                fix: `write ${resource} as Kubernetes does ("4", "500m", "8Gi")`,
              }),
            );
          } else if (amount < min || (max !== undefined && amount > max)) {
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `${resource} ${show(vc.spec.resources[resource])}`,
                expected: range,
                fix: amount < min ? `request at least ${formatAmount(min, unit)}` : `request at most ${formatAmount(max as number, unit)}, or raise the group's maxPerVirtualCluster.${resource}`,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
