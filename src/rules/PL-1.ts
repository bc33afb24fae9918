import { lockChanges } from '../placement/lock-diff';
import { finding, Rule } from './rule';

export const PL1: Rule = {
  id: 'PL-1',
  severities: ['error'],
  title: 'In frozen mode (CI set to true, 1 or yes in any case, or context cluster-groups:frozen), the placement lock is read and never changed; a missing lock is a change.',
  rationale:
    'The lock records where each virtual cluster runs and which IP it holds; a CI synth that silently rewrote it would plan moves (destroying clusters) nobody reviewed, like npm ci refusing a stale package-lock.',
  remedy: 'Run the synth locally without CI=true (cdktf synth), review the lock changes it makes, and commit cluster-groups.lock.json.',
  check: ({ placement, previousLock, frozenLock }) => {
    if (frozenLock === undefined) return [];
    const changes = lockChanges(previousLock, placement.lock);
    if (changes.length === 0) return [];
    return [
      finding({
        severity: 'error',
        path: frozenLock,
        received: `a lock that would change: ${changes.join('; ')}`,
        expected: 'a lock that matches the app (frozen: CI=true or context cluster-groups:frozen)',
        fix: 'run the synth without CI=true (cdktf synth) and commit cluster-groups.lock.json',
      }),
    ];
  },
};
