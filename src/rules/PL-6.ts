import { DEFAULT_LOCK_PATH } from '../placement/lock-location';
import { finding, Rule } from './rule';

/** The first items and how many more: a message stays readable for a lock that lost thousands of entries. */
function listed(items: readonly string[], shown = 10): string {
  return items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

export const PL6: Rule = {
  id: 'PL-6',
  title: 'Virtual clusters that the lock lacks but the last synth placed (its review.json in the output folder) stay where that synth put them, with a warning.',
  rationale:
    'A lock deleted, reverted or merged badly would otherwise let placement start afresh and move running virtual clusters. Without a lock and without that output nothing tells where clusters run offline: commit the lock (a frozen synth refuses a missing one).',
  remedy: 'Check the lock the synth wrote back, and commit it.',
  check: ({ recovered = [], lockPath = DEFAULT_LOCK_PATH }) =>
    recovered.length === 0
      ? []
      : [
          finding(
            'PL-6',
            'warning',
            lockPath,
            `a lock without ${listed(recovered.map((r) => `${r.group}/${r.virtualCluster} (on ${r.host})`))}, which the last synth placed`,
            'a lock that holds every virtual cluster the last synth placed',
            'they are kept where the last synth put them and written back to the lock: review and commit it',
          ),
        ],
};
