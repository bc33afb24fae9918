import { DEFAULT_LOCK_PATH } from '../placement/lock-location';
import { finding, Rule } from './rule';

/** The first items and how many more: a message stays readable for a lock that lost thousands of entries. */
function listed(items: readonly string[], shown = 10): string {
  return items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

export const PL6: Rule = {
  id: 'PL-6',
  severities: ['warning'],
  title: 'Virtual clusters that the lock lacks but the lock last written held (its copy in the output folder, cluster-groups/lock-copy.json) stay where they were, with a warning.',
  rationale:
    'A lock deleted, reverted or merged badly would otherwise let placement start afresh and move running virtual clusters. Without the lock and without that copy nothing tells offline where clusters run: commit the lock (a frozen synth refuses a missing one).',
  remedy: 'Check the lock the synth wrote back, and commit it.',
  check: ({ recovered = [], lockPath = DEFAULT_LOCK_PATH }) =>
    recovered.length === 0
      ? []
      : [
          finding({
            severity: 'warning',
            path: lockPath,
            received: `a lock without ${listed(recovered.map((r) => `${r.group}/${r.virtualCluster} (on ${r.host})`))}, which the lock last written held`,
            expected: 'a lock that holds every virtual cluster the lock last written held',
            fix: 'they are kept where they were and written back to the lock: review it and commit it',
          }),
        ],
};
