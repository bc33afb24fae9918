import { amounts, Group } from '../model/fleet';
import { DISTRIBUTION_MINIMUM } from '../model/defaults';
import { formatAmount } from '../model/quantity';
import { RESOURCE_NAMES, ResourceName } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

/** The distributions' minimums in whole units, read once. */
const MINIMUM = { k8s: amounts(DISTRIBUTION_MINIMUM.k8s), k3s: amounts(DISTRIBUTION_MINIMUM.k3s) };

function bounds(group: Group, resource: ResourceName): { min: number; max: number | undefined } {
  return { min: MINIMUM[group.distribution === 'k3s' ? 'k3s' : 'k8s'][resource] as number, max: group.maxAmounts[resource] };
}

const { k8s, k3s } = DISTRIBUTION_MINIMUM;

export const VC2: Rule = {
  id: 'VC-2',
  severities: ['error'],
  title: `Requested CPU, memory and storage are at least the distribution’s minimum (k8s: ${k8s.cpu} / ${k8s.memory} / ${k8s.storage}; k3s: ${k3s.cpu} / ${k3s.memory} / ${k3s.storage}) and at most the group’s per-virtual-cluster maximums.`,
  rationale: 'Below the minimum the control plane does not start; above the maximum one virtual cluster takes what the group promised to others.',
  remedy: "Request at least the distribution's minimum and at most the group's maxPerVirtualCluster, as Kubernetes quantities.",
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const resource of RESOURCE_NAMES) {
        const { min, max } = bounds(group, resource);
        for (const vc of group.virtualClusters) {
          const amount = vc.request[resource];
          const range = `between ${formatAmount(resource, min)} and ${max === undefined ? 'the group maximum' : formatAmount(resource, max)}`;
          if (amount === undefined) {
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `${resource} ${show(vc.resources[resource])}, not a Kubernetes quantity`,
                expected: `a Kubernetes quantity ${range}`,
                fix: `write ${resource} as Kubernetes does ("4", "500m", "8Gi")`,
              }),
            );
          } else if (amount < min || (max !== undefined && amount > max)) {
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `${resource} ${show(vc.resources[resource])}`,
                expected: range,
                fix:
                  amount < min ? `request at least ${formatAmount(resource, min)}` : `request at most ${formatAmount(resource, max as number)}, or raise the group's maxPerVirtualCluster.${resource}`,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
