import { Fleet, indexFleet } from './model/fleet';
import { Finding, Model } from './model/types';
import { Lock } from './placement/lock';
import { lockChanges } from './placement/lock-diff';
import { finding } from './rules/rule';
import { place, Placement } from './placement/place';
import { RULES } from './rules/registry';

export interface Evaluation {
  readonly fleet: Fleet;
  readonly placement: Placement;
  /** Errors first, then warnings; each list in the order of the rules, then of the paths. */
  readonly findings: readonly Finding[];
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

export interface EvaluateOptions {
  /** The lock file's path when the lock may not change (CI): a change is then an error. */
  readonly frozenLock?: string;
}

/** In frozen mode, a placement that differs from the lock: like `npm ci` with a stale package-lock. */
function frozenLockFindings(previous: Lock, placement: Placement, file: string): Finding[] {
  const changes = lockChanges(previous, placement.lock);
  if (changes.length === 0) return [];
  return [
    finding(
      'PL-1',
      'error',
      file,
      `a lock that would change: ${changes.join('; ')}`,
      'a lock that matches the app (frozen: CI=true or context cluster-groups:frozen)',
      'run the synth without CI=true (npm run synth) and commit cluster-groups.lock.json',
    ),
  ];
}

/** Runs every rule once over the whole model: the one place where the product decides. */
export function evaluate(model: Model, previousLock: Lock, options: EvaluateOptions = {}): Evaluation {
  const fleet = indexFleet(model);
  const placement = place(fleet, previousLock);
  const all = [...(model.inputFindings ?? []), ...RULES.flatMap((rule) => rule.check({ fleet, placement, previousLock }))];
  if (options.frozenLock) all.push(...frozenLockFindings(previousLock, placement, options.frozenLock));
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
