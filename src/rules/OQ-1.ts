import { compareText } from '../model/order';
import { formatAmount } from '../model/quantity';
import { RESOURCE_NAMES } from '../model/types';
import { addCharge, chargeOf } from '../placement/accounting';
import { finding, Rule, RuleFinding, show } from './rule';

export const OQ1: Rule = {
  id: 'OQ-1',
  severities: ['error'],
  title:
    'Per-owner quotas of a group: an owner’s virtual clusters stay within its quota of count, CPU, memory and storage (paused ones count in full: their synced pods keep running); a quota is a whole count and Kubernetes quantities.',
  rationale: 'A shared group must not let one team take what was promised to the others; the pull request is where that is cheapest to see.',
  remedy: "Remove or shrink the owner's virtual clusters, pause some, or raise the owner's quota; write quotas as a count and Kubernetes quantities.",
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const path = group.spec.path;
      const quotas = new Map(group.ownerQuotas.map((quota) => [quota.owner, quota]));
      for (const quota of group.ownerQuotas) {
        const owner = quota.owner;
        if (quota.virtualClusters !== undefined && !(Number.isInteger(quota.virtualClusters) && (quota.virtualClusters as number) >= 0)) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `ownerQuotas[${show(owner)}].virtualClusters ${show(quota.virtualClusters)}`,
              expected: 'a whole number of at least 0',
              fix: 'give the quota as a count',
            }),
          );
        }
        for (const resource of RESOURCE_NAMES) {
          if (quota.given[resource] !== undefined && quota.limits[resource] === undefined) {
            findings.push(
              finding({
                severity: 'error',
                path,
                received: `ownerQuotas[${show(owner)}].${resource} ${show(quota.given[resource])}`,
                expected: 'a Kubernetes quantity',
                fix: `write ${resource} as Kubernetes does ("16", "64Gi")`,
              }),
            );
          }
        }
      }
      const usage = new Map<string, { count: number; cpu: number; memory: number; storage: number }>();
      for (const vc of group.virtualClusters) {
        const owner = vc.spec.owner;
        if (owner === undefined) continue;
        // A Map, not an object: an owner named "constructor" or "toString" is not a quota every object inherits.
        if (!quotas.has(owner)) {
          if (group.spec.ownerQuotas !== undefined)
            findings.push(
              finding({
                severity: 'error',
                path: vc.spec.path,
                received: `owner ${show(owner)}, which no quota of the group names`,
                expected: `an owner of the group's ownerQuotas (${[...quotas.keys()].map((name) => show(name)).join(', ') || 'none'})`,
                fix: 'correct the owner, or give it a quota: an owner without one would escape the quotas',
              }),
            );
          continue;
        }
        const used = usage.get(owner) ?? { count: 0, cpu: 0, memory: 0, storage: 0 };
        used.count += 1;
        addCharge(used, chargeOf(vc));
        usage.set(owner, used);
      }
      for (const [owner, used] of [...usage.entries()].sort(([a], [b]) => compareText(a, b))) {
        const quota = quotas.get(owner)!;
        const count = quota.virtualClusters;
        if (typeof count === 'number' && used.count > count) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${used.count} virtual clusters of owner ${show(owner)}`,
              expected: `at most ${count}`,
              fix: `remove ${used.count - count} of them, or raise the owner's quota`,
            }),
          );
        }
        for (const resource of RESOURCE_NAMES) {
          const limit = quota.limits[resource];
          if (limit !== undefined && used[resource] > limit) {
            findings.push(
              finding({
                severity: 'error',
                path,
                received: `${resource} requests of ${formatAmount(resource, used[resource])} by owner ${show(owner)}`,
                expected: `at most ${formatAmount(resource, limit)}`,
                fix: `free ${formatAmount(resource, used[resource] - limit)} of ${resource} among the owner's virtual clusters, or raise the quota`,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};
