import { Fleet } from '../model/fleet';
import { redact } from '../model/secrets';
import { Finding, Severity } from '../model/types';
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

export interface Rule {
  readonly id: string;
  /** The rule in one sentence, as DOMAIN.md states it. */
  readonly title: string;
  /** Why the rule exists: what goes wrong at apply time or later without it. */
  readonly rationale: string;
  /** How to fix a finding of this rule, in general; each finding's own fix says it for its case. */
  readonly remedy: string;
  /** More reference text for `explain`, where a rule holds a table (VC-7's risky values). */
  readonly details?: () => string;
  readonly check: (context: RuleContext) => Finding[];
}

/** Builds a finding whose message names the rule, the path, what was received and what was expected. */
export function finding(rule: string, severity: Severity, path: string, received: string, expected: string, fix: string): Finding {
  const message = `[${rule}] ${path}: received ${received}; expected ${expected}. Fix: ${fix}`;
  return { rule, severity, path, message, received, expected, fix };
}

/** A value as a user would recognise it in a message; a credential in it is never shown (src/model/secrets.ts). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(redact(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
