import { DEFAULT_LOCK_PATH } from '../placement/lock-location';
import { finding, Rule } from './rule';

export const PL2: Rule = {
  id: 'PL-2',
  title: 'The placement lock file is read strictly: JSON of this format version (a byte-order mark is fine), each key once, only the fields this release writes, each of its type.',
  rationale:
    'The lock is the record of where running virtual clusters are. A reader that kept the last of two duplicate keys, skipped an unknown field or guessed a missing one would place from a record nobody wrote, and could move clusters; so nothing in it is repaired silently.',
  remedy: 'Fix the entry the finding names (version control shows what was committed), or restore the file from version control.',
  check: ({ lockProblems = [], lockPath = DEFAULT_LOCK_PATH }) => lockProblems.filter((p) => p.rule === 'PL-2').map((p) => finding('PL-2', 'error', lockPath, p.received, p.expected, p.fix)),
};
