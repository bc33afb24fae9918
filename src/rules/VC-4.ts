import { CAPACITY_WARNING_SHARE } from '../model/defaults';
import { formatAmount, unitOf } from '../model/quantity';
import { Finding, RESOURCE_NAMES } from '../model/types';
import { finding, Rule } from './rule';

export const VC4: Rule = {
  id: 'VC-4',
  title:
    'On every host, what its virtual clusters request is at most capacity × oversubscription; paused virtual clusters count in full (pausing stops the control plane, not the pods it synced to the host).',
  rationale: 'An over-committed host evicts or starves control planes under load; the plan is the last cheap moment to see it.',
  remedy: "Move or shrink virtual clusters, pause some, add a host, or raise the group's oversubscription.",
  check: ({ placement }) => {
    const findings: Finding[] = [];
    for (const usage of placement.usage.values()) {
      for (const resource of RESOURCE_NAMES) {
        const limit = usage.limit[resource];
        if (limit === undefined || usage.virtualClusters === 0) continue;
        const used = usage.used[resource];
        const unit = unitOf(resource);
        const share = `${formatAmount(used, unit)} of ${formatAmount(limit, unit)} (${Math.round((used / limit) * 100)}%)`;
        if (used > limit) {
          findings.push(
            finding(
              'VC-4',
              'error',
              usage.host.spec.path,
              `${resource} requests of ${share} on host ${usage.host.name}`,
              `at most capacity × oversubscription, ${formatAmount(limit, unit)}`,
              `free ${formatAmount(used - limit, unit)} of ${resource}: move or shrink virtual clusters, add a host, or raise the group's oversubscription`,
            ),
          );
        } else if (used > limit * CAPACITY_WARNING_SHARE) {
          findings.push(
            finding(
              'VC-4',
              'warning',
              usage.host.spec.path,
              `${resource} requests of ${share} on host ${usage.host.name}`,
              `at most ${CAPACITY_WARNING_SHARE * 100}% of capacity × oversubscription, for headroom`,
              'add capacity before the next virtual cluster',
            ),
          );
        }
      }
    }
    return findings;
  },
};
