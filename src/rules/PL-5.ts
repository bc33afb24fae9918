import { Rule } from './rule';

export const PL5: Rule = {
  id: 'PL-5',
  severities: ['error'],
  title: 'The placement lock file is written whole or not at all, by one synth at a time: a temporary file, flushed, then renamed over it, under a guard file beside it.',
  rationale:
    'A lock left empty or half-written by a crash or a full disk, or one that lost the entries another synth wrote at the same time, would place running virtual clusters anew on the next synth.',
  remedy: 'Make room on the disk or fix the permissions of the folder, or wait for the other synth to end; delete a guard file (cluster-groups.lock.json.guard) only when no synth runs.',
  // Found while writing, after every rule ran: the registry reports it with this rule's ID.
  check: () => [],
};
