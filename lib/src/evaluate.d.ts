import { Fleet } from './model/fleet';
import { Finding, Model } from './model/types';
import { Lock } from './placement/lock';
import { Placement } from './placement/place';
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
export declare function evaluate(model: Model, previousLock: Lock, options?: EvaluateOptions): Evaluation;
