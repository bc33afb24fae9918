import { Fleet, indexFleet } from './model/fleet';
import { Finding, Model } from './model/types';
import { Lock } from './placement/lock';
import { LockProblem } from './placement/lock-read';
import { ReshardedHost } from './placement/reshard';
import { withLostEntries } from './placement/lost-entries';
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
  /** Where the lock was read from, as findings name it. @default "cluster-groups.lock.json" */
  readonly lockPath?: string;
  /** What reading the lock file found wrong (PL-2, PL-3): `previousLock` then holds only what could be read. */
  readonly lockProblems?: readonly LockProblem[];
  /** This stack's lock as a synth last wrote it (the copy in the output folder): fills entries the lock lost. */
  readonly lastWritten?: Lock;
  /** Hosts whose virtual clusters the lock records in other stacks (another Terraform state): host name → where. */
  readonly otherStacks?: ReadonlyMap<string, readonly ReshardedHost[]>;
  /** A fleet's: the stack each host is sharded into, recorded in the lock it writes. */
  readonly hostStacks?: Readonly<Record<string, string>>;
}

/** Runs every rule once over the whole model: the one place where the product decides. Each finding gets the ID of the rule that produced it. */
export function evaluate(model: Model, previousLock: Lock, options: EvaluateOptions = {}): Evaluation {
  const fleet = indexFleet(model);
  const { lock: placedFrom, recovered } = withLostEntries(previousLock, options.lastWritten);
  const placed = place(fleet, placedFrom);
  const placement = options.hostStacks === undefined ? placed : { ...placed, lock: { ...placed.lock, hosts: options.hostStacks } };
  const input = { wrongProps: model.wrongProps ?? [], unusableValues: model.unusableValues ?? [], lockProblems: options.lockProblems, lockPath: options.lockPath };
  const context = { fleet, placement, previousLock, frozenLock: options.frozenLock, lockPath: options.lockPath, recovered, otherStacks: options.otherStacks };
  // What was received as it was comes first: a prop of the wrong kind explains the model findings it causes.
  const all = [...RULES.flatMap((rule) => (rule.checkInput?.(input) ?? []).map((found) => stamp(rule, found))), ...RULES.flatMap((rule) => rule.check(context).map((found) => stamp(rule, found)))];
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
