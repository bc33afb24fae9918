import { IConstruct } from 'constructs';
import { ClusterGroupsRegistry } from './registry';

/** One finding of the group rules, as data: what a synth prints as `[RULE] path: received …; expected …. Fix: …`. */
export interface ClusterGroupFinding {
  /** The rule's ID, e.g. `VC-4` (`cdktf-cluster-groups explain VC-4`). */
  readonly rule: string;
  /** An error fails the synth; a warning is printed and written to the review. */
  readonly severity: 'error' | 'warning';
  /** The construct path it is about (or the lock file's path, for a lock that cannot be read). */
  readonly path: string;
  /** What the rule found. */
  readonly received: string;
  /** What it expects instead. */
  readonly expected: string;
  /** How to fix it. */
  readonly fix: string;
  /** The whole message, as printed. */
  readonly message: string;
}

/**
 * Every finding of the groups, hosts and virtual clusters of the stack that holds `scope`, errors
 * first, as data: evaluates the rules once (placement included) without synthesizing, writing or
 * printing anything. Empty for a stack with none of our constructs. For unit tests and tools that
 * must not parse a failed synth's message.
 */
export function findingsOf(scope: IConstruct): ClusterGroupFinding[] {
  const evaluation = ClusterGroupsRegistry.existing(scope)?.evaluation;
  return (evaluation?.findings ?? []).map(({ rule, severity, path, received, expected, fix, message }) => ({ rule, severity, path, received, expected, fix, message }));
}
