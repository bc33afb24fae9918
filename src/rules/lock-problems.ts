import { RuleFinding, RuleInput } from './rule';
import { DEFAULT_LOCK_PATH } from '../placement/lock-location';

/** The problems of one rule that reading the lock file found, each named by the lock's path. */
export function lockProblemsOf(rule: 'PL-2' | 'PL-3', { lockProblems = [], lockPath = DEFAULT_LOCK_PATH }: RuleInput): RuleFinding[] {
  return lockProblems.filter((p) => p.rule === rule).map((p) => ({ severity: 'error', path: lockPath, received: p.received, expected: p.expected, fix: p.fix }));
}
