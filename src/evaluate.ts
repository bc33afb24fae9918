import { Fleet, indexFleet } from './model/fleet';
import { Finding, Model, UnreadableLock } from './model/types';
import { Lock } from './placement/lock';
import { place, Placement } from './placement/place';
import { RULES } from './rules/registry';
import { stamp } from './rules/rule';

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
  /** The lock file could not be read by this release: `previousLock` is then empty, and PL-1 reports it. */
  readonly unreadableLock?: UnreadableLock;
}

/** Runs every rule once over the whole model: the one place where the product decides. Each finding gets the ID of the rule that produced it. */
export function evaluate(model: Model, previousLock: Lock, options: EvaluateOptions = {}): Evaluation {
  const fleet = indexFleet(model);
  const placement = place(fleet, previousLock);
  const input = { wrongProps: model.wrongProps ?? [], unreadableLock: options.unreadableLock };
  const context = { fleet, placement, previousLock, frozenLock: options.frozenLock };
  // What was received as it was comes first: a prop of the wrong kind explains the model findings it causes.
  const all = [...RULES.flatMap((rule) => (rule.checkInput?.(input) ?? []).map((found) => stamp(rule, found))), ...RULES.flatMap((rule) => rule.check(context).map((found) => stamp(rule, found)))];
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
