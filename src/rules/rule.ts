import { Fleet } from '../model/fleet';
import { Finding, Severity, UnreadableLock, WrongProp } from '../model/types';
import { Lock } from '../placement/lock';
import { Placement } from '../placement/place';

/** What every rule sees: the indexed model, where each virtual cluster landed, the lock as it was read, and whether it is frozen. */
export interface RuleContext {
  readonly fleet: Fleet;
  readonly placement: Placement;
  readonly previousLock: Lock;
  /** The lock file's path when the lock may not change (CI); undefined otherwise. */
  readonly frozenLock?: string;
}

/** What a rule found, as data: the evaluator adds the rule's ID and the message. */
export interface RuleFinding {
  readonly severity: Severity;
  readonly path: string;
  readonly received: string;
  readonly expected: string;
  readonly fix: string;
}

/** What the constructs received as it was, before any model was built: props of the wrong kind, and a lock file this release cannot read. */
export interface RuleInput {
  readonly wrongProps: readonly WrongProp[];
  readonly unreadableLock?: UnreadableLock;
}

export interface Rule {
  readonly id: string;
  /** The rule in one sentence, as DOMAIN.md states it. */
  readonly title: string;
  /** Why the rule exists: what goes wrong at apply time or later without it. */
  readonly rationale: string;
  /** How to fix a finding of this rule, in general; each finding's own fix says it for its case. */
  readonly remedy: string;
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

/** A value as a user would recognise it in a message. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
