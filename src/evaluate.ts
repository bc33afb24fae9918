import { Fleet, indexFleet } from './model/fleet';
import { Finding, Model } from './model/types';
import { Lock } from './placement/lock';
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

/** Runs every rule once over the whole model: the one place where the product decides. */
export function evaluate(model: Model, previousLock: Lock, options: EvaluateOptions = {}): Evaluation {
  const fleet = indexFleet(model);
  const placement = place(fleet, previousLock);
  const all = [...(model.inputFindings ?? []), ...RULES.flatMap((rule) => rule.check({ fleet, placement, previousLock, frozenLock: options.frozenLock }))];
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
