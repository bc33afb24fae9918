import { lockProblemsOf } from './lock-problems';
import { Rule } from './rule';

export const PL2: Rule = {
  id: 'PL-2',
  severities: ['error'],
  title: 'The placement lock file is read strictly: JSON of this format version (a byte-order mark is fine), each key once, only the fields this release writes, each of its type.',
  rationale:
    'The lock is the record of where running virtual clusters are. A reader that kept the last of two duplicate keys, skipped an unknown field or guessed a missing one would place from a record nobody wrote, and could move clusters; so nothing in it is repaired silently.',
  remedy: 'Fix the entry the finding names (version control shows what was committed), or restore the file from version control.',
  check: () => [],
  checkInput: (input) => lockProblemsOf('PL-2', input),
};
