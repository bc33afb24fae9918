import { amounts } from '../model/fleet';
import { DEFAULT_MAX_PER_VIRTUAL_CLUSTER, MIN_OF_MAX_PER_VIRTUAL_CLUSTER } from '../model/defaults';
import { RESOURCE_NAMES } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';

const DEFAULT = DEFAULT_MAX_PER_VIRTUAL_CLUSTER;
const FLOOR = MIN_OF_MAX_PER_VIRTUAL_CLUSTER;
/** The floors in whole units, read once. */
const FLOOR_AMOUNTS = amounts(FLOOR);

export const CG14: Rule = {
  id: 'CG-14',
  severities: ['error'],
  title: `Per-virtual-cluster maximums of the group: CPU default ${DEFAULT.cpu} (at least ${FLOOR.cpu}), memory default ${DEFAULT.memory} (at least ${FLOOR.memory}), storage default ${DEFAULT.storage} (at least ${FLOOR.storage}).`,
  rationale: 'A maximum below what a virtual cluster needs to run would refuse every virtual cluster of the group.',
  remedy: `Raise maxPerVirtualCluster to at least ${FLOOR.cpu} CPU, ${FLOOR.memory} memory and ${FLOOR.storage} storage, written as Kubernetes quantities, or leave it out for ${DEFAULT.cpu} / ${DEFAULT.memory} / ${DEFAULT.storage}.`,
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const resource of RESOURCE_NAMES) {
        const amount = group.maxAmounts[resource];
        if (amount === undefined || amount < (FLOOR_AMOUNTS[resource] as number)) {
          findings.push(
            finding({
              severity: 'error',
              path: group.spec.path,
              received: `maxPerVirtualCluster.${resource} ${show(group.maxPerVirtualCluster[resource])}`,
              expected: `a Kubernetes quantity of at least ${FLOOR[resource]}`,
              fix: `raise maxPerVirtualCluster.${resource} to ${FLOOR[resource]} or more, or leave it out for the default`,
            }),
          );
        }
      }
    }
    return findings;
  },
};
