import { CAPACITY_WARNING_SHARE } from '../model/defaults';
import { formatAmount } from '../model/quantity';
import { RESOURCE_NAMES } from '../model/types';
import { finding, Rule, RuleFinding } from './rule';
import { wrongProps } from './wrong-prop';

export const VC4: Rule = {
  id: 'VC-4',
  severities: ['error', 'warning'],
  title:
    'On every host, what its virtual clusters request is at most capacity × oversubscription; paused virtual clusters count in full (pausing stops the control plane, not the pods it synced to the host).',
  rationale: 'An over-committed host evicts or starves control planes under load; the plan is the last cheap moment to see it.',
  remedy: "Move or shrink virtual clusters, pause some, add a host, or raise the group's oversubscription.",
  check: ({ placement }) => {
    const findings: RuleFinding[] = [];
    for (const usage of placement.usage.values()) {
      for (const resource of RESOURCE_NAMES) {
        const limit = usage.limit[resource];
        if (limit === undefined || usage.virtualClusters === 0) continue;
        const used = usage.used[resource];
        const share = `${formatAmount(resource, used)} of ${formatAmount(resource, limit)} (${Math.round((used / limit) * 100)}%)`;
        if (used > limit) {
          findings.push(
            finding({
              severity: 'error',
              path: usage.host.spec.path,
              received: `${resource} requests of ${share} on host ${usage.host.name}`,
              expected: `at most capacity × oversubscription, ${formatAmount(resource, limit)}`,
              fix: `free ${formatAmount(resource, used - limit)} of ${resource}: move or shrink virtual clusters, add a host, or raise the group's oversubscription`,
            }),
          );
        } else if (used > limit * CAPACITY_WARNING_SHARE) {
          findings.push(
            finding({
              severity: 'warning',
              path: usage.host.spec.path,
              received: `${resource} requests of ${share} on host ${usage.host.name}`,
              expected: `at most ${CAPACITY_WARNING_SHARE * 100}% of capacity × oversubscription, for headroom`,
              fix: 'add capacity before the next virtual cluster',
            }),
          );
        }
      }
    }
    return findings;
  },
  // "false" is a true value in JavaScript: a flag of the wrong kind is an error, never guessed.
  checkInput: (input) => wrongProps(input, 'paused', ['virtual-cluster'], 'true or false', 'pass paused: true or paused: false, without quotes'),
};
