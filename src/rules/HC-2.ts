import { RESOURCE_NAMES } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

export const HC2: Rule = {
  id: 'HC-2',
  severities: ['error'],
  title: 'A host declares its capacity (CPU, memory, storage) as Kubernetes quantities (64, 500m, 256Gi, 2Ti).',
  rationale: 'Capacity accounting (VC-4) and placement need numbers; "8GB" or "-1" would silently count as nothing.',
  remedy: 'Write capacity as Kubernetes quantities: "64" or "500m" for CPU, "256Gi" or "2Ti" for memory and storage ("GB" is not a Kubernetes suffix).',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        for (const resource of RESOURCE_NAMES) {
          const amount = host.capacity[resource];
          if (amount === undefined || amount <= 0) {
            findings.push(
              finding({
                severity: 'error',
                path: host.spec.path,
                received: `capacity.${resource} ${show(host.spec.capacity[resource])}`,
                expected: `a positive Kubernetes quantity such as ${resource === 'cpu' ? '"64" or "500m"' : '"256Gi" or "2Ti"'}`,
                fix: `write capacity.${resource} as Kubernetes does (binary suffixes Ki, Mi, Gi, Ti; "GB" is not one)`,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
