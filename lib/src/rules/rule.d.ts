import { Fleet } from '../model/fleet';
import { Finding, Severity } from '../model/types';
import { Lock } from '../placement/lock';
import { Placement } from '../placement/place';
/** What every rule sees: the indexed model, where each virtual cluster landed, and the lock as it was read. */
export interface RuleContext {
    readonly fleet: Fleet;
    readonly placement: Placement;
    readonly previousLock: Lock;
}
export interface Rule {
    readonly id: string;
    /** The rule in one sentence, as DOMAIN.md states it. */
    readonly title: string;
    /** Why the rule exists: what goes wrong at apply time or later without it. */
    readonly rationale: string;
    readonly check: (context: RuleContext) => Finding[];
}
/** Builds a finding whose message names the rule, the path, what was received and what was expected. */
export declare function finding(rule: string, severity: Severity, path: string, received: string, expected: string, fix: string): Finding;
/** A value as a user would recognise it in a message. */
export declare function show(value: unknown): string;
