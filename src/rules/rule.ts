import { Fleet } from '../model/fleet';
import { isSecretKey, redact } from '../model/secrets';
import { Finding, Severity, UnusableValues, WrongProp } from '../model/types';
import { Lock } from '../placement/lock';
import { Recovered } from '../placement/lost-entries';
import { LockProblem } from '../placement/lock-read';
import { Placement } from '../placement/place';
import { ReshardedHost } from '../placement/reshard';

/** What every rule sees: the indexed model, where each virtual cluster landed, the lock as it was read, and whether it is frozen. */
export interface RuleContext {
  readonly fleet: Fleet;
  readonly placement: Placement;
  readonly previousLock: Lock;
  /** The lock file's path when the lock may not change (CI); undefined otherwise. */
  readonly frozenLock?: string;
  /** Where the lock was read from, as findings name it. @default "cluster-groups.lock.json" */
  readonly lockPath?: string;
  /** Virtual clusters the lock lacked, kept where the last synth placed them. @default none */
  readonly recovered?: readonly Recovered[];
  /** Hosts whose virtual clusters the lock records in other stacks. @default none */
  readonly otherStacks?: ReadonlyMap<string, readonly ReshardedHost[]>;
}

/** What a rule found, as data: the evaluator adds the rule's ID and the message. */
export interface RuleFinding {
  readonly severity: Severity;
  readonly path: string;
  readonly received: string;
  readonly expected: string;
  readonly fix: string;
}

/** What the constructs received as it was, before any model was built: props of the wrong kind, and what reading the lock file found wrong. */
export interface RuleInput {
  readonly wrongProps: readonly WrongProp[];
  readonly unusableValues: readonly UnusableValues[];
  /** What reading the lock file found wrong (PL-2, PL-3). @default none */
  readonly lockProblems?: readonly LockProblem[];
  /** Where the lock was read from, as findings name it. @default "cluster-groups.lock.json" */
  readonly lockPath?: string;
}

export interface Rule {
  readonly id: string;
  /** The severities its findings take: `error`, `warning`, or both (a rule that refuses some cases and warns of others). */
  readonly severities: readonly Severity[];
  /** The rule in one sentence, as DOMAIN.md states it. */
  readonly title: string;
  /** Why the rule exists: what goes wrong at apply time or later without it. */
  readonly rationale: string;
  /** How to fix a finding of this rule, in general; each finding's own fix says it for its case. */
  readonly remedy: string;
  /** More reference text for `explain`, where a rule holds a table (VC-7's risky values). */
  readonly details?: () => string;
  readonly check: (context: RuleContext) => RuleFinding[];
  /** What the rule finds in the input as received, reported before any rule's check of the model. */
  readonly checkInput?: (input: RuleInput) => RuleFinding[];
}

/** One finding of a rule; the rule's own ID is added by the evaluator. */
export function finding(found: RuleFinding): RuleFinding {
  return found;
}

/** The finding with the ID of the rule that produced it, and the message every report prints: rule, path, received, expected, fix. */
export function stamp(rule: Rule, found: RuleFinding): Finding {
  const { severity, path, received, expected, fix } = found;
  const message = `[${rule.id}] ${path}: received ${received}; expected ${expected}. Fix: ${fix}`;
  return { rule: rule.id, severity, path, message, received, expected, fix };
}

/** A value as a user would recognise it in a message; a credential in it is never shown (src/model/secrets.ts). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(redact(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  // A function's source may hold anything, secrets included.
  if (typeof value === 'function') return 'a function';
  try {
    // An object a user put in the wrong place may hold a credential (a plain `{ host, token }` for a connection).
    return JSON.stringify(value, (key, inner) => (typeof inner !== 'string' ? inner : isSecretKey(key) ? '(not shown)' : redact(inner))) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
