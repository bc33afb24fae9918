import { formatAmount, parseQuantity, unitOf } from '../model/quantity';
import { Finding, RESOURCE_NAMES } from '../model/types';
import { finding, Rule, show } from './rule';
import { compareText } from '../model/order';

export const OQ1: Rule = {
  id: 'OQ-1',
  title:
    'Per-owner quotas of a group: an owner’s virtual clusters stay within its quota of count, CPU, memory and storage (paused ones count in full: their synced pods keep running); a quota is a whole count and Kubernetes quantities.',
  rationale: 'A shared group must not let one team take what was promised to the others; the pull request is where that is cheapest to see.',
  remedy: "Remove or shrink the owner's virtual clusters, pause some, or raise the owner's quota; write quotas as a count and Kubernetes quantities.",
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const quotas = group.spec.ownerQuotas ?? {};
      const path = group.spec.path;
      for (const [owner, quota] of Object.entries(quotas)) {
        if (quota.virtualClusters !== undefined && !(Number.isInteger(quota.virtualClusters) && (quota.virtualClusters as number) >= 0)) {
          findings.push(finding('OQ-1', 'error', path, `ownerQuotas[${show(owner)}].virtualClusters ${show(quota.virtualClusters)}`, 'a whole number of at least 0', 'give the quota as a count'));
        }
        for (const resource of RESOURCE_NAMES) {
          if (quota[resource] !== undefined && parseQuantity(quota[resource]) === undefined) {
            findings.push(
              finding('OQ-1', 'error', path, `ownerQuotas[${show(owner)}].${resource} ${show(quota[resource])}`, 'a Kubernetes quantity', `write ${resource} as Kubernetes does ("16", "64Gi")`),
            );
          }
        }
      }
      const usage = new Map<string, { count: number; cpu: number; memory: number; storage: number }>();
      for (const vc of group.virtualClusters) {
        const owner = vc.spec.owner;
        if (owner === undefined) continue;
        // Own keys only: an owner named "constructor" or "toString" is not a quota every object inherits.
        if (!Object.prototype.hasOwnProperty.call(quotas, owner)) {
          if (group.spec.ownerQuotas !== undefined)
            findings.push(
              finding(
                'OQ-1',
                'error',
                vc.spec.path,
                `owner ${show(owner)}, which no quota of the group names`,
                `an owner of the group's ownerQuotas (${
                  Object.keys(quotas)
                    .map((name) => show(name))
                    .join(', ') || 'none'
                })`,
                'correct the owner, or give it a quota: an owner without one would escape the quotas',
              ),
            );
          continue;
        }
        const used = usage.get(owner) ?? { count: 0, cpu: 0, memory: 0, storage: 0 };
        used.count += 1;
        used.cpu += vc.request.cpu ?? 0;
        used.memory += vc.request.memory ?? 0;
        used.storage += vc.request.storage ?? 0;
        usage.set(owner, used);
      }
      for (const [owner, used] of [...usage.entries()].sort(([a], [b]) => compareText(a, b))) {
        const quota = quotas[owner];
        const count = quota.virtualClusters;
        if (typeof count === 'number' && used.count > count) {
          findings.push(
            finding('OQ-1', 'error', path, `${used.count} virtual clusters of owner ${show(owner)}`, `at most ${count}`, `remove ${used.count - count} of them, or raise the owner's quota`),
          );
        }
        for (const resource of RESOURCE_NAMES) {
          const limit = parseQuantity(quota[resource]);
          const unit = unitOf(resource);
          if (limit !== undefined && used[resource] > limit) {
            findings.push(
              finding(
                'OQ-1',
                'error',
                path,
                `${resource} requests of ${formatAmount(used[resource], unit)} by owner ${show(owner)}`,
                `at most ${formatAmount(limit, unit)}`,
                `free ${formatAmount(used[resource] - limit, unit)} of ${resource} among the owner's virtual clusters, or raise the quota`,
              ),
            );
          }
        }
      }
    }
    return findings;
  },
};
