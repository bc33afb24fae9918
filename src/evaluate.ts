import { Fleet, indexFleet } from './model/fleet';
import { Finding, Model } from './model/types';
import { Lock } from './placement/lock';
import { LockProblem } from './placement/lock-read';
import { ReshardedHost } from './placement/reshard';
import { withLostEntries } from './placement/lost-entries';
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
  /** Where the lock was read from, as findings name it. @default "cluster-groups.lock.json" */
  readonly lockPath?: string;
  /** What reading the lock file found wrong (PL-2, PL-3). */
  readonly lockProblems?: readonly LockProblem[];
  /** This stack's lock as a synth last wrote it (the copy in the output folder): fills entries the lock lost. */
  readonly lastWritten?: Lock;
  /** Hosts whose virtual clusters the lock records in other stacks (another Terraform state): host name → where. */
  readonly otherStacks?: ReadonlyMap<string, readonly ReshardedHost[]>;
}

/** Runs every rule once over the whole model: the one place where the product decides. */
export function evaluate(model: Model, previousLock: Lock, options: EvaluateOptions = {}): Evaluation {
  const fleet = indexFleet(model);
  const { lock: placedFrom, recovered } = withLostEntries(previousLock, options.lastWritten);
  const placement = place(fleet, placedFrom);
  const context = { fleet, placement, previousLock, frozenLock: options.frozenLock, lockPath: options.lockPath, lockProblems: options.lockProblems, recovered, otherStacks: options.otherStacks };
  const all = [...(model.inputFindings ?? []), ...RULES.flatMap((rule) => rule.check(context))];
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
